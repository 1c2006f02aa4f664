// Municipalities by NIS code, for labels that are one. Until the site has its municipality
// data, no label is known: labels show as written and question 12 follows the answers.
import type { ReferenceRegionOf } from './combine';

/** The municipality's name for a label that is its NIS code; undefined when unknown. */
export function municipalityName(_label: string): string | undefined {
  return undefined;
}

export const referenceRegionOf: ReferenceRegionOf = () => undefined;
