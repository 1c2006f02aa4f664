// The region overview's URL: named cases, then fast-check properties (round-trip, hostile input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES, encodeAnswers } from '../../src/lib/samen/codes';
import {
  LABEL_MAX,
  MAX_SETS,
  displayLabel,
  parseOverview,
  serialiseOverview,
  type AnswerSet,
} from '../../src/lib/samen/codec';
import { QUESTION_IDS, type Answers } from '../../src/lib/keuzehulp/spec';

const g = (label: string, codes: string) => `g=${encodeURIComponent(label)}~${codes}`;

describe('parseOverview', () => {
  it('reads the spec example: regio and two sets in order', () => {
    const parsed = parseOverview('?regio=Regio%20Voorkempen&g=11009~jjjjjjjbtngj&g=11057~jjjjjjjjtngj');
    expect(parsed.regio).toBe('Regio Voorkempen');
    expect(parsed.sets.map((set) => set.label)).toEqual(['11009', '11057']);
    expect(parsed.sets[0]!.answers).toEqual({
      aanbod: 'ja',
      voordelen: 'ja',
      kostendeling: 'ja',
      doelgroep: 'ja',
      trekkers: 'ja',
      communicatie: 'ja',
      groepsaankopen: 'ja',
      doelgroepenwerking: 'bespreken',
      coordinator: 'deeltijds',
      vrijetijdsvisie: 'nee',
      structuur: 'geen',
      referentieregio: 'ja',
    });
    expect(parsed.problems).toEqual([]);
  });

  it('knows every code of every question, and `-` as unanswered', () => {
    for (const [index, question] of QUESTION_IDS.entries()) {
      for (const [code, value] of Object.entries(CODES[question])) {
        const codes = '-'.repeat(index) + code + '-'.repeat(11 - index);
        expect(parseOverview(g('A', codes)).sets[0]!.answers).toEqual({ [question]: value });
      }
    }
    expect(parseOverview(g('A', '------------')).sets[0]!.answers).toEqual({});
  });

  it('takes the label up to the last ~, so a label may hold ~ itself', () => {
    const parsed = parseOverview(g('Zele~Berlare', 'jjjjjjjjvjfj'));
    expect(parsed.sets[0]!.label).toBe('Zele~Berlare');
  });

  it('leaves out a malformed set, names it and keeps the rest', () => {
    const parsed = parseOverview('g=Geel&g=Mol~jjj&g=Dessel~jjjjjjjjvjfj&g=Balen~jjjjjjjjvjfjj');
    expect(parsed.sets.map((set) => set.label)).toEqual(['Dessel']);
    expect(parsed.problems).toEqual([
      { kind: 'malformed', position: 1, value: 'Geel' },
      { kind: 'malformed', position: 2, value: 'Mol~jjj' },
      { kind: 'malformed', position: 4, value: 'Balen~jjjjjjjjvjfjj' },
    ]);
  });

  it('counts an invalid code as unanswered and names municipality and question', () => {
    const parsed = parseOverview(g('Lier', 'jxjjjjjjgjfJ'));
    expect(parsed.sets[0]!.answers).not.toHaveProperty('voordelen');
    expect(parsed.sets[0]!.answers).not.toHaveProperty('referentieregio');
    // `g` is a valid code for coordinator (geen), not for the ja/nee questions.
    expect(parsed.sets[0]!.answers.coordinator).toBe('geen');
    expect(parsed.problems).toEqual([
      { kind: 'code', set: 0, label: 'Lier', question: 'voordelen', code: 'x' },
      { kind: 'code', set: 0, label: 'Lier', question: 'referentieregio', code: 'J' },
    ]);
  });

  it('keeps at most 50 sets and says how many it left out', () => {
    const query = Array.from({ length: 53 }, (_, i) => g(`G${i}`, 'jjjjjjjjvjfj')).join('&');
    const parsed = parseOverview(query);
    expect(parsed.sets).toHaveLength(MAX_SETS);
    expect(parsed.sets.at(-1)!.label).toBe('G49');
    expect(parsed.problems).toEqual([{ kind: 'too-many', dropped: 3 }]);
  });

  it('ignores unknown parameters and repeated regio', () => {
    const parsed = parseOverview('utm=x&aanbod=ja&regio=A&regio=B&' + g('X', 'jjjjjjjjvjfj'));
    expect(parsed.regio).toBe('A');
    expect(parsed.sets).toHaveLength(1);
    expect(parsed.problems).toEqual([]);
  });

  it('shortens regio to 80 characters and says so; keeps a long label whole, shows it shortened', () => {
    const long = 'é'.repeat(100);
    const parsed = parseOverview(`regio=${long}&${g(long, 'jjjjjjjjvjfj')}`);
    expect(Array.from(parsed.regio)).toHaveLength(80);
    expect(parsed.sets[0]!.label).toBe(long);
    expect(Array.from(displayLabel(long)).length).toBeLessThanOrEqual(LABEL_MAX);
    expect(parsed.problems).toEqual([{ kind: 'regio-length' }, { kind: 'label-length', set: 0, label: long }]);
  });

  it('keeps markup in labels as plain text', () => {
    const label = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    expect(parseOverview(g(label, 'jjjjjjjjvjfj')).sets[0]!.label).toBe(label);
    expect(displayLabel(label)).toBe(label);
  });

  it('never throws, on any text', () => {
    const pieces = fc.constantFrom('g=', 'regio=', '~', '&', '%', '%E0%A4%A', '-', 'j', '\ud800', '=');
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.array(pieces).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (value) => {
        parseOverview(value);
        parseOverview(`g=${value}`);
      }),
    );
  });
});

const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.constantFrom(...Object.values(CODES[id]))])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
export const setArb: fc.Arbitrary<AnswerSet> = fc.record({ label: fc.string({ maxLength: 70 }), answers: answersArb });

describe('serialiseOverview', () => {
  it('writes the spec format, with ~ readable', () => {
    expect(
      serialiseOverview({ regio: 'Regio Voorkempen', sets: [{ label: '11009', answers: { aanbod: 'ja' } }] }),
    ).toBe('regio=Regio%20Voorkempen&g=11009~j-----------');
  });

  it('round-trips any overview (labels with any characters)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(setArb, { maxLength: 8 }), (regio, sets) => {
        const wellFormed = sets.map((set) => ({ ...set, label: set.label.replace(/[\ud800-\udfff]/g, '?') }));
        const parsed = parseOverview(serialiseOverview({ regio, sets: wellFormed }));
        expect(parsed.sets).toEqual(wellFormed);
        expect(parsed.problems.filter((problem) => problem.kind !== 'label-length')).toEqual([]);
      }),
    );
  });

  it('is deterministic: the same URL gives the same overview', () => {
    fc.assert(
      fc.property(fc.array(setArb, { maxLength: 5 }), (sets) => {
        const query = serialiseOverview({ regio: 'R', sets });
        expect(parseOverview(query)).toEqual(parseOverview(query));
        expect(encodeAnswers(parseOverview(query).sets[0]?.answers ?? {})).toHaveLength(12);
      }),
    );
  });
});
