// The packed region data the pages download (src/lib/regio/packed.ts) holds exactly the readable
// files' facts, and packing refuses data its columns cannot hold.
import { describe, expect, it } from 'vitest';
import municipalities from '../../src/data/regio/municipalities.json';
import oldMunicipalities from '../../src/data/regio/oldMunicipalities.json';
import packed from '../../src/data/regio/regionData.json';
import referenceRegions from '../../src/data/regio/referenceRegions.json';
import { packRegionData, unpackRegionData, type PackedRegionData } from '../../src/lib/regio/packed';

const readable = { municipalities, referenceRegions, oldMunicipalities };

describe('the packed region data', () => {
  it('unpacks to the readable files, each municipality, region and old name as written there', () => {
    expect(unpackRegionData(packed as PackedRegionData)).toEqual(readable);
  });

  it('is what packing the readable files gives (the committed file is up to date)', () => {
    expect(packRegionData(readable)).toEqual(packed);
  });

  it('refuses data its columns cannot hold', () => {
    const [first, second] = municipalities as [(typeof municipalities)[number], (typeof municipalities)[number]];
    const pack = (changed: Partial<typeof readable>) => () => packRegionData({ ...readable, ...changed });
    expect(pack({ municipalities: [second, first] })).toThrow(/ascending/);
    expect(pack({ municipalities: [{ ...first, nis: '1101' }] })).toThrow(/five digits/);
    expect(pack({ municipalities: [{ ...first, name: 'A|B' }] })).toThrow(/holds/);
    expect(pack({ municipalities: [{ ...first, region: 'REFREG99' }] })).toThrow(/unknown reference region/);
    expect(pack({ referenceRegions: referenceRegions.slice(1) })).toThrow(/is not REFREG01/);
  });
});
