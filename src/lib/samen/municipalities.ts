// Municipalities by NIS code, for labels that are one (docs/contracts/samen-beslissen.md: shown by
// its name where the site knows it). The page passes a compact table built at build time from the region data, so the
// island carries no data file of its own; an empty table knows no label.
import type { ReferenceRegionOf } from './combine';

/** NIS code → [name, reference region code]. */
export type MunicipalityTable = Readonly<Record<string, readonly [name: string, region: string]>>;

export interface MunicipalityLookup {
  /** The municipality's name for a label that is its NIS code; undefined when unknown. */
  nameOf(label: string): string | undefined;
  referenceRegionOf: ReferenceRegionOf;
}

export function municipalityLookup(table: MunicipalityTable): MunicipalityLookup {
  const entry = (label: string) => (Object.prototype.hasOwnProperty.call(table, label) ? table[label] : undefined);
  return {
    nameOf: (label) => entry(label)?.[0],
    referenceRegionOf: (label) => entry(label)?.[1],
  };
}
