// The rule that combines the municipalities' answers: every question type, unanswered answers
// (waiting, not holding back), one set, fifty sets; who holds back, the scenario without a set, disagreements, completeness;
// and fast-check properties (adding answers to questions already answered never raises the
// region; one set is that set).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, type Answers, type QuestionId } from '../../src/lib/keuzehulp/spec';
import { parseLink, type AnswerSet } from '../../src/lib/link/link';
import { referenceRegionOfLabel } from '../../src/lib/link/municipality';
import {
  combineAnswers,
  disagreements,
  holdsBack,
  isComplete,
  rank,
  unansweredOf,
  withoutScenario,
} from '../../src/lib/samen/combine';
import { decisionOf } from '../../src/lib/samen/decision';
import { readContent } from '../../src/lib/content/readFiles';

const { recommendScenario, withinReach } = decisionOf(readContent().keuzehulp);
const sets = (...items: [string, string][]): AnswerSet[] =>
  parseLink(items.map(([label, codes]) => `g=${label}~${codes}`).join('&')).sets;

// A lookup standing in for the municipality data: 5-digit labels, region = first digit.
const byFirstDigit = (label: string) => (/^\d{5}$/.test(label) ? `REFREG0${label[0]}` : undefined);

describe('combineAnswers', () => {
  it('gives nothing for no sets', () => {
    expect(combineAnswers([])).toEqual({});
  });

  it.each([
    ['aanbod', 0, 'n', 'b', 'nee'],
    ['aanbod', 0, 'b', 'j', 'bespreken'],
    ['aanbod', 0, 'j', 'j', 'ja'],
    ['communicatie', 5, 'j', 'b', 'bespreken'],
    ['vrijetijdsvisie', 9, 'n', 'j', 'nee'],
    ['coordinator', 8, 'v', 't', 'deeltijds'],
    ['coordinator', 8, 'g', 'v', 'geen'],
    ['structuur', 10, 'f', 'i', 'informeel'],
    ['structuur', 10, 'g', 'f', 'geen'],
    ['referentieregio', 11, 'j', 'o', 'onbekend'],
    ['referentieregio', 11, 'o', 'n', 'nee'],
  ])('%s: the lowest answer (%s: %s and %s → %s)', (question, index, a, b, expected) => {
    const codes = (code: string) => '-'.repeat(index) + code + '-'.repeat(11 - index);
    expect(combineAnswers(sets(['A', codes(a)], ['B', codes(b)]))[question as QuestionId]).toBe(expected);
  });

  it('a question a set has not answered takes no part: the others decide', () => {
    expect(combineAnswers(sets(['A', 'jjjjjjjjvjfj'], ['B', '-jjjjjjjvjf-']))).toEqual({
      aanbod: 'ja',
      voordelen: 'ja',
      kostendeling: 'ja',
      doelgroep: 'ja',
      trekkers: 'ja',
      communicatie: 'ja',
      groepsaankopen: 'ja',
      doelgroepenwerking: 'ja',
      coordinator: 'voltijds',
      vrijetijdsvisie: 'ja',
      structuur: 'formeel',
      referentieregio: 'ja',
    });
    expect(combineAnswers(sets(['A', '------------'], ['B', '------------']))).toEqual({});
  });

  it.each([
    [['j', 'j', 'j'], 'ja'],
    [['n', 'n'], 'nee'],
    [['d', 'd'], 'deels'],
    [['j', 'n'], 'deels'],
    [['j', 'd'], 'deels'],
    [['n', 'd', 'j'], 'deels'],
    [['j', '-'], 'ja'],
    [['n', '-', 'n'], 'nee'],
    [['-', '-'], undefined],
  ])('trekkers %j → %s', (codes, expected) => {
    const combined = combineAnswers(sets(...codes.map((code, i): [string, string] => [`G${i}`, `jjjj${code}jjjvjfj`])));
    expect(combined.trekkers).toBe(expected);
  });

  it('referentieregio follows the data when every label is a known NIS code', () => {
    expect(
      combineAnswers(sets(['11009', '-----------n'], ['11057', '-----------o']), byFirstDigit).referentieregio,
    ).toBe('ja');
    expect(
      combineAnswers(sets(['11009', '-----------j'], ['21004', '-----------j']), byFirstDigit).referentieregio,
    ).toBe('nee');
    expect(combineAnswers(sets(['11009', '------------']), byFirstDigit).referentieregio).toBe('ja');
    // One label that is not a known code: the answers decide, lowest first.
    expect(
      combineAnswers(sets(['11009', '-----------j'], ['Lier', '-----------o']), byFirstDigit).referentieregio,
    ).toBe('onbekend');
    expect(combineAnswers(sets(['11009', '-----------j'], ['11057', '-----------n'])).referentieregio).toBe('nee');
  });

  it('fifty sets: one nee anywhere makes the region nee', () => {
    const many: [string, string][] = Array.from({ length: 50 }, (_, i) => [`G${i}`, 'jjjjjjjjvjfj']);
    many[37] = ['G37', 'jjnjjjjjvjfj'];
    const all = sets(...many);
    expect(all).toHaveLength(50);
    expect(combineAnswers(all).kostendeling).toBe('nee');
    expect(recommendScenario(combineAnswers(all))).toBe('geen');
    expect(holdsBack(all, 37)).toEqual(['kostendeling']);
    expect(holdsBack(all, 3)).toEqual([]);
    expect(withoutScenario(all, 37, recommendScenario)).toBe(3);
    expect(withoutScenario(all, 3, recommendScenario)).toBe('geen');
  });
});

describe('holdsBack and withoutScenario', () => {
  const region = sets(['Geel', 'jjjjjjjjvjfj'], ['Mol', 'jjjjjjjjtbfj'], ['Dessel', 'jbjjnjjjvjfj']);

  it('names the questions a set holds back, in question order', () => {
    expect(holdsBack(region, 0)).toEqual([]);
    expect(holdsBack(region, 1)).toEqual(['coordinator', 'vrijetijdsvisie']);
    expect(holdsBack(region, 2)).toEqual(['voordelen', 'trekkers']);
  });

  it('gives the scenario of the others', () => {
    expect(recommendScenario(combineAnswers(region))).toBe('geen');
    expect(withinReach(combineAnswers(region))).toBe(2);
    expect(withoutScenario(region, 0, recommendScenario)).toBe('geen');
    expect(withoutScenario(region, 1, recommendScenario)).toBe('geen');
    expect(withoutScenario(region, 2, recommendScenario)).toBe(2);
  });

  it('is empty, and has no "without", for a single set', () => {
    const one = sets(['Geel', 'nnnnnnnngngn']);
    expect(holdsBack(one, 0)).toEqual([]);
    expect(withoutScenario(one, 0, recommendScenario)).toBeUndefined();
  });

  it('never holds back a question the set has not answered (it is waiting)', () => {
    expect(holdsBack(sets(['A', 'jjjjjjjjvjfj'], ['B', 'j-jj-jjjvjf-']), 1)).toEqual([]);
    expect(holdsBack(sets(['A', 'jjjjjjjjvjfj'], ['B', 'n-jj-jjjvjf-']), 1)).toEqual(['aanbod']);
  });

  it('never names referentieregio', () => {
    expect(holdsBack(sets(['A', 'jjjjjjjjvjfj'], ['B', 'jjjjjjjjvjfn']), 1)).toEqual([]);
  });
});

describe('disagreements and completeness', () => {
  it('lists the questions with at least two different answers, unanswered ones not counted', () => {
    expect(disagreements(sets(['A', 'jjjjjjjjvjfj'], ['B', 'jb-jjjjjtjfo'], ['C', '-jjjjjjjvjfj']))).toEqual([
      'voordelen',
      'coordinator',
      'referentieregio',
    ]);
    expect(disagreements(sets(['A', 'jjjjjjjjvjfj']))).toEqual([]);
  });

  it('is complete only when every set answers all twelve', () => {
    expect(isComplete([])).toBe(false);
    expect(isComplete(sets(['A', 'jjjjjjjjvjfj'], ['B', 'nnnnnnnngngn']))).toBe(true);
    const partial = sets(['A', 'jjjjjjjjvjfj'], ['B', 'nn-nnnnngng-']);
    expect(isComplete(partial)).toBe(false);
    expect(unansweredOf(partial[1]!)).toEqual(['kostendeling', 'referentieregio']);
  });
});

const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.constantFrom(...QUESTION_VALUES[id])])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
const labelArb = fc.oneof(fc.string({ maxLength: 10 }), fc.stringMatching(/^\d{5}$/));
const setArb = fc.record({ label: labelArb, answers: answersArb });
const nisSetArb = fc.record({ label: fc.stringMatching(/^\d{5}$/), answers: answersArb });
const level = (outcome: unknown) => (outcome === 'geen' ? 0 : Number(outcome));

describe('properties', () => {
  it('answers to questions the region already answered never raise it: no answer (trekkers never becomes ja), no scenario, nothing within reach', () => {
    const check = (before: AnswerSet[], added: AnswerSet, lookup?: typeof byFirstDigit) => {
      const old = combineAnswers(before, lookup);
      const given = Object.fromEntries(Object.entries(added.answers).filter(([id]) => id in old));
      const extra = { label: added.label, answers: given };
      const now = combineAnswers([...before, extra], lookup);
      for (const question of QUESTION_IDS) {
        if (question === 'trekkers') {
          if (now.trekkers === 'ja') expect(old.trekkers).toBe('ja');
          if (now.trekkers === undefined) continue;
          expect(old.trekkers).toBeDefined();
        } else {
          expect(rank(question, now[question])).toBeLessThanOrEqual(rank(question, old[question]));
        }
      }
      expect(level(recommendScenario(now))).toBeLessThanOrEqual(level(recommendScenario(old)));
      expect(level(withinReach(now))).toBeLessThanOrEqual(level(withinReach(old)));
    };
    fc.assert(
      fc.property(fc.array(setArb, { minLength: 1, maxLength: 6 }), setArb, (before, extra) => check(before, extra)),
    );
    fc.assert(
      fc.property(fc.array(nisSetArb, { minLength: 1, maxLength: 6 }), nisSetArb, (before, extra) =>
        check(before, extra, byFirstDigit),
      ),
    );
  });

  it('with one set, the region answers exactly as that set (referentieregio from the data for a NIS label)', () => {
    fc.assert(
      fc.property(setArb, (set) => {
        expect(combineAnswers([set])).toEqual(set.answers);
        const withData = combineAnswers([set], byFirstDigit);
        if (byFirstDigit(set.label)) expect(withData).toEqual({ ...set.answers, referentieregio: 'ja' });
        else expect(withData).toEqual(set.answers);
      }),
    );
  });

  it('a set holds back only questions where it answered below the others', () => {
    fc.assert(
      fc.property(fc.array(setArb, { minLength: 2, maxLength: 6 }), fc.nat(), (all, pick) => {
        const index = pick % all.length;
        for (const question of holdsBack(all, index)) {
          const others = all
            .filter((_, i) => i !== index)
            .filter((set) => set.answers[question] !== undefined)
            .map((set) => rank(question, set.answers[question]));
          expect(all[index]!.answers[question]).toBeDefined();
          if (question !== 'trekkers')
            expect(rank(question, all[index]!.answers[question])).toBeLessThan(Math.min(...others));
        }
      }),
    );
  });

  it('the order tables are the spec’s', () => {
    expect(QUESTION_VALUES.coordinator).toEqual(['geen', 'deeltijds', 'voltijds']);
    expect(QUESTION_VALUES.referentieregio).toEqual(['nee', 'onbekend', 'ja']);
    expect(QUESTION_VALUES.trekkers).toEqual(['nee', 'deels', 'ja']);
  });
});

describe('reference regions from labels that are NIS codes (the region data)', () => {
  it('knows today’s and pre-2025 codes, and no other label, not even inherited object keys', () => {
    expect(referenceRegionOfLabel('11009')).toMatch(/^REFREG\d\d$/);
    expect(referenceRegionOfLabel('46013')).toBe(referenceRegionOfLabel('46030'));
    expect(referenceRegionOfLabel('Geel')).toBeUndefined();
    expect(referenceRegionOfLabel('constructor')).toBeUndefined();
    expect(referenceRegionOfLabel('__proto__')).toBeUndefined();
  });
  it('drives the reference-region rule', () => {
    // Brecht (province of Antwerp) and Eeklo (East Flanders) lie in different reference regions.
    expect(
      combineAnswers(sets(['11009', '-----------o'], ['43005', '-----------j']), referenceRegionOfLabel)
        .referentieregio,
    ).toBe('nee');
  });
});
