// The keuzehulp with `gemeenten`: the reference-region answer follows from the data and replaces
// the one in the link (computed where it is read, never written back).
import { describe, expect, it } from 'vitest';
import { referenceRegionAnswer, withRegionAnswers } from '../../src/lib/keuzehulp/regionAnswers';

// Aartselaar and Antwerpen (REFREG01), Boechout (REFREG01); 12002 lies in REFREG02.
const oneRegion = ['11001', '11002', '11004'];
const twoRegions = ['11001', '12002'];

describe('referenceRegionAnswer', () => {
  it('is ja for one reference region, nee for more, nothing without municipalities', () => {
    expect(referenceRegionAnswer(oneRegion)).toBe('ja');
    expect(referenceRegionAnswer(twoRegions)).toBe('nee');
    expect(referenceRegionAnswer([])).toBeUndefined();
    expect(referenceRegionAnswer(['99999'])).toBeUndefined();
  });
});

describe('withRegionAnswers', () => {
  it('overrides the URL’s referentieregio with what the data says', () => {
    expect(withRegionAnswers({ referentieregio: 'onbekend' }, oneRegion).referentieregio).toBe('ja');
    expect(withRegionAnswers({ referentieregio: 'ja' }, twoRegions).referentieregio).toBe('nee');
    expect(withRegionAnswers({ referentieregio: 'onbekend' }, []).referentieregio).toBe('onbekend');
  });
});
