// The keuzehulp with `gemeenten`: the reference-region answer follows from the data and gives the
// same recommendation and advice as the same answers with that value given by hand.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readFiles';
import { referenceRegionAnswer, withRegionAnswers } from '../../src/lib/keuzehulp/regionAnswers';
import { adviceFor, recommendScenario, withinReachScenario } from '../../src/lib/keuzehulp/rules';
import { QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/lib/keuzehulp/spec';

const { conditions } = readContent().keuzehulp;
// Aartselaar and Antwerpen (REFREG01), Boechout (REFREG01); 12002 lies in REFREG02.
const oneRegion = ['11001', '11002', '11004'];
const twoRegions = ['11001', '12002'];

/** A fixed pseudo-random answer set per seed (held-out cases, not tuned to the rules). */
function answersFor(seed: number): Answers {
  let state = seed * 2654435761;
  const next = () => ((state = (state * 1103515245 + 12345) >>> 0) % 1000) / 1000;
  return Object.fromEntries(
    QUESTION_IDS.map((id) => [id, QUESTION_VALUES[id][Math.floor(next() * QUESTION_VALUES[id].length)]]),
  ) as Answers;
}

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

  it.each(Array.from({ length: 40 }, (_, index) => index + 1))(
    'held-out case %i: same recommendation, reach and advice as by hand',
    (seed) => {
      const answers = answersFor(seed);
      for (const [nis, byHand] of [
        [oneRegion, 'ja'],
        [twoRegions, 'nee'],
      ] as const) {
        const derived = withRegionAnswers(answers, nis);
        const manual: Answers = { ...answers, referentieregio: byHand };
        expect(recommendScenario(derived, conditions)).toBe(recommendScenario(manual, conditions));
        expect(withinReachScenario(derived, conditions)).toBe(withinReachScenario(manual, conditions));
        expect(adviceFor(recommendScenario(derived, conditions), derived)).toEqual(
          adviceFor(recommendScenario(manual, conditions), manual),
        );
      }
    },
  );
});
