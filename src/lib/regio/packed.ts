// The region data as the browser downloads it (src/data/regio/regionData.json, written by
// `npm run data` beside the readable files): the same facts as municipalities.json,
// referenceRegions.json and oldMunicipalities.json, in columns instead of objects with repeated
// keys, so the keuzehulp, the overview and /regio/ download about 1.5 KB less (test/budgets.ts).
// A unit test holds the two forms equal.
import type { Municipality, OldMunicipality, ReferenceRegion } from './data';

export interface PackedRegionData {
  /** Today's municipality names, in the order of their NIS codes, joined by NAME_SEPARATOR. */
  names: string;
  /** The NIS codes in ascending order, each as its difference from the one before (the first from 0). */
  nisSteps: number[];
  /** Each municipality's reference region as one letter: "a" is REFREG01, "b" REFREG02, and so on. */
  regions: string;
  /** Inhabitants of each municipality. */
  inhabitants: number[];
  /** The names of the reference regions REFREG01, REFREG02, ... in that order. */
  regionNames: string[];
  /** The municipalities of 2024 whose code or name changed: [old code, name, today's NIS code]. */
  old: [string, string, string][];
}

export interface RegionData {
  municipalities: Municipality[];
  referenceRegions: ReferenceRegion[];
  oldMunicipalities: OldMunicipality[];
}

const NAME_SEPARATOR = '|';
const FIRST_LETTER = 'a'.charCodeAt(0);
const regionCode = (index: number) => `REFREG${String(index + 1).padStart(2, '0')}`;

/** The columns for the readable data; throws on data these columns cannot hold. */
export function packRegionData(data: RegionData): PackedRegionData {
  const { municipalities, referenceRegions, oldMunicipalities } = data;
  referenceRegions.forEach((region, index) => {
    if (region.code !== regionCode(index))
      throw new Error(`reference region ${region.code} is not ${regionCode(index)}`);
  });
  let previous = 0;
  return {
    names: municipalities
      .map(({ name }) => {
        if (name.includes(NAME_SEPARATOR)) throw new Error(`municipality name "${name}" holds "${NAME_SEPARATOR}"`);
        return name;
      })
      .join(NAME_SEPARATOR),
    nisSteps: municipalities.map(({ nis }) => {
      const step = Number(nis) - previous;
      if (!/^\d{5}$/.test(nis) || step <= 0) throw new Error(`NIS code ${nis} is not five digits in ascending order`);
      previous = Number(nis);
      return step;
    }),
    regions: municipalities
      .map(({ region }) => {
        const index = referenceRegions.findIndex(({ code }) => code === region);
        if (index < 0) throw new Error(`unknown reference region ${region}`);
        return String.fromCharCode(FIRST_LETTER + index);
      })
      .join(''),
    inhabitants: municipalities.map(({ inhabitants }) => inhabitants),
    regionNames: referenceRegions.map(({ name }) => name),
    old: oldMunicipalities.map(({ code, name, nis }) => [code, name, nis]),
  };
}

/** The readable data again; each region's size and inhabitants are summed from its municipalities. */
export function unpackRegionData(packed: PackedRegionData): RegionData {
  const names = packed.names.split(NAME_SEPARATOR);
  let nis = 0;
  const municipalities = names.map((name, index) => ({
    nis: String((nis += packed.nisSteps[index]!)),
    name,
    region: regionCode(packed.regions.charCodeAt(index) - FIRST_LETTER),
    inhabitants: packed.inhabitants[index]!,
  }));
  const referenceRegions = packed.regionNames.map((name, index) => {
    const code = regionCode(index);
    const members = municipalities.filter((municipality) => municipality.region === code);
    return {
      code,
      name,
      municipalities: members.length,
      inhabitants: members.reduce((sum, municipality) => sum + municipality.inhabitants, 0),
    };
  });
  const oldMunicipalities = packed.old.map(([code, name, today]) => ({ code, name, nis: today }));
  return { municipalities, referenceRegions, oldMunicipalities };
}
