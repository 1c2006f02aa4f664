// The keuzehulp with `gemeenten`: the reference-region answer follows from the data, replaces the
// one in the link, and is asked again when the last municipality goes.
import { describe, expect, it } from 'vitest';
import {
  answersAfterRegionChange,
  referenceRegionAnswer,
  withRegionAnswers,
} from '../../src/lib/keuzehulp/regionAnswers';
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

describe('answersAfterRegionChange', () => {
  it('follows the new set: one region gives ja, two give nee', () => {
    expect(answersAfterRegionChange({ aanbod: 'ja' }, [], oneRegion)).toEqual({ aanbod: 'ja', referentieregio: 'ja' });
    expect(answersAfterRegionChange({ aanbod: 'ja', referentieregio: 'ja' }, oneRegion, twoRegions)).toEqual({
      aanbod: 'ja',
      referentieregio: 'nee',
    });
  });

  it('drops the answer the data gave when the last municipality is removed, so the question is asked again', () => {
    expect(answersAfterRegionChange({ aanbod: 'ja', referentieregio: 'nee' }, twoRegions, [])).toEqual({
      aanbod: 'ja',
    });
  });

  it('keeps an answer the reader gave when there were no municipalities before or after', () => {
    expect(answersAfterRegionChange({ referentieregio: 'onbekend' }, [], [])).toEqual({ referentieregio: 'onbekend' });
    expect(answersAfterRegionChange({ referentieregio: 'onbekend' }, ['99999'], [])).toEqual({
      referentieregio: 'onbekend',
    });
  });
});
