// With the municipalities known (docs/contracts/regio.md), the keuzehulp no longer asks whether they lie
// in one reference region: the data answers it. Loaded only with the region data (never in the
// island's first bundle).
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

/**
 * The answers after the reader changes the chosen municipalities from `before` to `after`: the
 * referentieregio follows the new set; when the last one is removed, an answer the data gave is
 * dropped, so the question is asked again (an answer the reader gave stays).
 */
export function answersAfterRegionChange(
  answers: Answers,
  before: readonly string[],
  after: readonly string[],
): Answers {
  if (referenceRegionAnswer(after) !== undefined) return withRegionAnswers(answers, after);
  if (referenceRegionAnswer(before) === undefined) return answers;
  const rest = { ...answers };
  delete rest.referentieregio;
  return rest;
}
