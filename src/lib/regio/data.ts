// The committed region data (built by `npm run data` from public sources; see README) with its types.
// Everything else in src/lib/regio reads the data through here. It reads the packed form
// (src/lib/regio/packed.ts), the one the browser downloads; the readable JSON files beside it
// hold the same facts for people and for the tests' oracles.
import packed from '../../data/regio/regionData.json';
import { unpackRegionData, type PackedRegionData } from './packed';

/** A Flemish municipality as it exists since 1 January 2025. */
export interface Municipality {
  /** NIS code (Statbel), five digits. */
  nis: string;
  name: string;
  /** Inhabitants on 1 January 2026 (Statbel). */
  inhabitants: number;
  /** Reference region code, REFREG01..REFREG15. */
  region: string;
}

/** One of the 15 reference regions (decision of the Flemish Government, 4 February 2022). */
export interface ReferenceRegion {
  code: string;
  name: string;
  /** Number of municipalities. */
  municipalities: number;
  inhabitants: number;
}

/** A municipality of 2024 whose code or name changed with the mergers of 1 January 2025. */
export interface OldMunicipality {
  /** NIS code before 2025. */
  code: string;
  name: string;
  /** NIS code of the municipality it belongs to today. */
  nis: string;
}

const data = unpackRegionData(packed as PackedRegionData);
export const municipalities: readonly Municipality[] = data.municipalities;
export const referenceRegions: readonly ReferenceRegion[] = data.referenceRegions;
export const oldMunicipalities: readonly OldMunicipality[] = data.oldMunicipalities;

/**
 * Deelgemeenten before 2025 by today's NIS code (names that are also a municipality's are left
 * out), as in src/data/regio/deelgemeenten.json. About 5 KB gzip, so the browser fetches the file
 * only when the reader starts to type (components/regio/deelgemeenten.ts); search takes it as input.
 */
export type Deelgemeenten = Readonly<Record<string, readonly string[]>>;

const byNis = new Map(municipalities.map((municipality) => [municipality.nis, municipality]));
const regionByCode = new Map(referenceRegions.map((region) => [region.code, region]));
const oldByCode = new Map(oldMunicipalities.map((old) => [old.code, old]));

/** Today's municipality with this NIS code, if any. */
export const municipalityByNis = (nis: string): Municipality | undefined => byNis.get(nis);
/** The reference region with this code (REFREG01..REFREG15), if any. */
export const referenceRegionByCode = (code: string): ReferenceRegion | undefined => regionByCode.get(code);
/** The pre-2025 municipality with this (no longer valid) NIS code, if any. */
export const oldMunicipalityByCode = (code: string): OldMunicipality | undefined =>
  byNis.has(code) ? undefined : oldByCode.get(code);

/** Municipalities of one reference region, by name. */
export function municipalitiesIn(regionCode: string): Municipality[] {
  return municipalities.filter((municipality) => municipality.region === regionCode).sort(byName);
}

/** Sort order for names as a Flemish reader expects ('s-Gravenvoeren among the G's is not needed: plain Dutch collation). */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
