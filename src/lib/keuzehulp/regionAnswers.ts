// With the municipalities known (specs/regio.md), the keuzehulp no longer asks whether they lie
// in one reference region: the data answers it. Computed where it is read (the keuzehulp, a
// pasted result link), never written back into the link.
import { referenceRegionStatus } from '../regio/regions';
import type { Answers } from './spec';

/** The `referentieregio` answer that follows from valid NIS codes, or undefined for none. */
export function referenceRegionAnswer(nisCodes: readonly string[]): 'ja' | 'nee' | undefined {
  const status = referenceRegionStatus(nisCodes);
  return status === null ? undefined : status === 'een' ? 'ja' : 'nee';
}

/** The answers with `referentieregio` taken from the data when any municipality is known (the URL's value is ignored). */
export function withRegionAnswers(answers: Answers, nisCodes: readonly string[]): Answers {
  const derived = referenceRegionAnswer(nisCodes);
  return derived === undefined ? answers : { ...answers, referentieregio: derived };
}
