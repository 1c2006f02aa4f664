// What follows from a set of municipalities: their reference regions and their inhabitants.
import { municipalityByNis } from './data';

/** One reference region for all (`een`) or more than one (`meerdere`); the values of data-referentieregio-status. */
export type ReferenceRegionStatus = 'een' | 'meerdere';

/** The culture decree asks at least this many inhabitants within one reference region from 2027 (IGS cultuur). */
export const CULTURE_DECREE_MINIMUM = 85_000;

/** The reference region codes of these municipalities, sorted, each once. Unknown codes are ignored. */
export function referenceRegionsOf(nisCodes: readonly string[]): string[] {
  const codes = new Set(nisCodes.map((nis) => municipalityByNis(nis)?.region).filter((code): code is string => !!code));
  return [...codes].sort();
}

/** `een` when all lie in one reference region, `meerdere` when not, null for an empty set. */
export function referenceRegionStatus(nisCodes: readonly string[]): ReferenceRegionStatus | null {
  const count = referenceRegionsOf(nisCodes).length;
  return count === 0 ? null : count === 1 ? 'een' : 'meerdere';
}

/** Inhabitants together on 1 January 2026. Unknown codes count as 0. */
export function inhabitantsOf(nisCodes: readonly string[]): number {
  return [...new Set(nisCodes)].reduce((sum, nis) => sum + (municipalityByNis(nis)?.inhabitants ?? 0), 0);
}

/** Inhabitants per reference region, for sets that span several. */
export function inhabitantsPerRegion(nisCodes: readonly string[]): { code: string; inhabitants: number }[] {
  return referenceRegionsOf(nisCodes).map((code) => ({
    code,
    inhabitants: inhabitantsOf(nisCodes.filter((nis) => municipalityByNis(nis)?.region === code)),
  }));
}

/**
 * Whether the set reaches the culture decree's minimum within one reference region: the status
 * `reaches` only when all lie in one region and together count at least 85,000 inhabitants.
 */
export function cultureDecreeCheck(nisCodes: readonly string[]): {
  inhabitants: number;
  oneRegion: boolean;
  reaches: boolean;
  /** Inhabitants still missing within one region (0 when reached). */
  shortBy: number;
} {
  const inhabitants = inhabitantsOf(nisCodes);
  const oneRegion = referenceRegionStatus(nisCodes) === 'een';
  const largestRegion = Math.max(0, ...inhabitantsPerRegion(nisCodes).map((region) => region.inhabitants));
  return {
    inhabitants,
    oneRegion,
    reaches: oneRegion && inhabitants >= CULTURE_DECREE_MINIMUM,
    shortBy: Math.max(0, CULTURE_DECREE_MINIMUM - largestRegion),
  };
}
