// The region's shared costs: the link's `kost` and `sleutel`, the split with its rounding rule
// (named cases, then fast-check properties), and the key's sentence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/lib/link/text';
import {
  COST_LABEL_MAX,
  COST_MAX,
  MAX_COST_LINES,
  costKeyParam,
  readCosts,
  writeCosts,
  type CostKey,
} from '../../src/lib/dossier/costs';
import { readAmountInput } from '../../src/lib/dossier/amountInput';
import { costTotal } from '../../src/lib/dossier/summary';
import { keuzehulpQuery, overviewQuery, parseLink } from '../../src/lib/link/link';
import { returnHref } from '../../src/components/samen/ReturnToOverview';
import { appliedKey, splitCosts, type Split } from '../../src/lib/dossier/split';
import { costProblemText, keySentence, missingInhabitantsText } from '../../src/lib/dossier/words';

const read = (query: string) => readCosts(new URLSearchParams(query));
const shares = (split: Split) => {
  if (split.kind !== 'shares') throw new Error(`no shares: ${JSON.stringify(split)}`);
  return split.shares;
};
const INWONERS: CostKey = { kind: 'inwoners' };
const GELIJK: CostKey = { kind: 'gelijk' };
const mix = (equalPercent: number): CostKey => ({ kind: 'mix', equalPercent });

describe('readCosts', () => {
  it('reads the lines in order and the key', () => {
    const parsed = read(
      'regio=X&kost=Regiocoördinator%201%20VTE~65000&g=11009~jjjjjjjbtngj&kost=Communicatie~5000&sleutel=mix-50',
    );
    expect(parsed.lines).toEqual([
      { label: 'Regiocoördinator 1 VTE', amount: 65000 },
      { label: 'Communicatie', amount: 5000 },
    ]);
    expect(parsed.key).toEqual(mix(50));
    expect(parsed.problems).toEqual([]);
    expect(costTotal(parsed.lines)).toBe(70000);
  });

  it('names each malformed line, says why, and keeps the valid ones', () => {
    const parsed = read(
      [
        'kost=Zonder%20bedrag',
        'kost=~500',
        `kost=${'a'.repeat(61)}~500`,
        'kost=Komma~1.500',
        'kost=Nul~0',
        'kost=Te%20veel~10000001',
        'kost=Negatief~-5',
        'kost=Lang~99999999999999999999',
        'kost=Goed~10000000',
        'kost=Ook%20goed~1',
      ].join('&'),
    );
    expect(parsed.lines).toEqual([
      { label: 'Goed', amount: 10_000_000 },
      { label: 'Ook goed', amount: 1 },
    ]);
    expect(parsed.problems.map((problem) => problem.kind === 'line' && [problem.position, problem.reason])).toEqual([
      [1, 'separator'],
      [2, 'label-empty'],
      [3, 'label-length'],
      [4, 'amount-digits'],
      [5, 'amount-range'],
      [6, 'amount-range'],
      [7, 'amount-digits'],
      [8, 'amount-range'],
    ]);
    const texts = parsed.problems.map((problem) => costProblemText(problem, INWONERS));
    expect(texts[0]).toBe(
      'Kostenpost 1 („Zonder bedrag”) laten we weg: we vinden geen bedrag. Schrijf hem als omschrijving~bedrag.',
    );
    expect(texts[4]).toBe(
      'Kostenpost 5 („Nul~0”) laten we weg: het bedrag moet tussen € 1 en € 10.000.000 per jaar liggen.',
    );
    expect(texts[5]).toContain('tussen € 1 en € 10.000.000 per jaar');
  });

  it('takes the last ~ as the separator, so a label may hold one', () => {
    expect(read('kost=A~B~12').lines).toEqual([{ label: 'A~B', amount: 12 }]);
  });

  it('keeps labels as text: markup stays text, bidi and invisible marks are neutralised', () => {
    const parsed = read(
      `kost=${encodeURIComponent('<img src=x onerror=alert(1)>')}~5&kost=${encodeURIComponent('\u202eCommunicatie\u200f\u0007')}~6`,
    );
    expect(parsed.lines.map((line) => line.label)).toEqual(['<img src=x onerror=alert(1)>', 'Communicatie']);
  });

  it(`keeps at most ${MAX_COST_LINES} lines and says how many it left out`, () => {
    const query = Array.from({ length: 23 }, (_, i) => `kost=Post%20${i + 1}~${i + 1}`).join('&');
    const parsed = read(query);
    expect(parsed.lines).toHaveLength(MAX_COST_LINES);
    expect(parsed.lines.at(-1)).toEqual({ label: 'Post 20', amount: 20 });
    expect(parsed.problems).toEqual([{ kind: 'too-many-lines', dropped: 3 }]);
  });

  it('reads every key, and names one it does not understand', () => {
    expect(read('sleutel=inwoners').key).toEqual(INWONERS);
    expect(read('sleutel=gelijk').key).toEqual(GELIJK);
    expect(read('sleutel=mix-0').key).toEqual(mix(0));
    expect(read('sleutel=mix-100').key).toEqual(mix(100));
    expect(read('sleutel=%20Mix-25%20').key).toEqual(mix(25));
    for (const bad of ['mix-101', 'mix-', 'mix-5.5', 'mix--5', 'half', '']) {
      const parsed = read(`sleutel=${bad}`);
      expect(parsed.key, bad).toBeUndefined();
      expect(parsed.problems, bad).toEqual([{ kind: 'key', value: bad }]);
    }
    expect(costProblemText({ kind: 'key', value: 'half' }, GELIJK)).toBe(
      'De verdeelsleutel „half” kennen we niet. We verdelen daarom in gelijke delen.',
    );
    expect(read('sleutel=gelijk&sleutel=inwoners').key).toEqual(GELIJK);
  });

  it('writes what it reads (round trip), through URLSearchParams', () => {
    const params = new URLSearchParams('regio=Regio%20X');
    writeCosts(params, { lines: [{ label: 'Coördinator & co ~ 50/50', amount: 65000 }], key: mix(50) });
    expect(params.toString()).toBe('regio=Regio+X&kost=Co%C3%B6rdinator+%26+co+%7E+50%2F50%7E65000&sleutel=mix-50');
    expect(readCosts(new URLSearchParams(params.toString()))).toEqual({
      lines: [{ label: 'Coördinator & co ~ 50/50', amount: 65000 }],
      key: mix(50),
      problems: [],
    });
  });

  const label = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: COST_LABEL_MAX })
    .filter((text) => cleanText(text) === text && text !== '' && Array.from(text).length <= COST_LABEL_MAX);
  const line = fc.record({ label, amount: fc.integer({ min: 1, max: COST_MAX }) });
  const key: fc.Arbitrary<CostKey> = fc.oneof(
    fc.constant(INWONERS),
    fc.constant(GELIJK),
    fc.integer({ min: 0, max: 100 }).map(mix),
  );

  it('round-trips any valid lines and key (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: MAX_COST_LINES }), fc.option(key, { nil: undefined }), (lines, k) => {
        const params = new URLSearchParams();
        writeCosts(params, { lines, key: k });
        const parsed = readCosts(new URLSearchParams(params.toString()));
        expect(parsed.problems).toEqual([]);
        expect(parsed.lines).toEqual(lines);
        expect(parsed.key).toEqual(k);
      }),
    );
  });

  it('never throws on hostile input and keeps only valid lines (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (query) => {
        const parsed = read(query);
        for (const kept of parsed.lines) {
          expect(kept.label).toBe(cleanText(kept.label));
          expect(kept.label).not.toBe('');
          expect(Number.isInteger(kept.amount) && kept.amount >= 1 && kept.amount <= COST_MAX).toBe(true);
        }
      }),
    );
  });
});

describe('splitCosts', () => {
  it('by inhabitants: rounded down, the euro left to the largest remainder', () => {
    // Exact: 1666.67, 3333.33, 5000.
    expect(shares(splitCosts(10_000, [10_000, 20_000, 30_000], INWONERS))).toEqual([1667, 3333, 5000]);
  });

  it('in equal shares: the euros left go to the municipalities listed first (ties)', () => {
    expect(shares(splitCosts(100, [undefined, undefined, undefined], GELIJK))).toEqual([34, 33, 33]);
    expect(shares(splitCosts(101, [5, 1, 9], GELIJK))).toEqual([34, 34, 33]);
  });

  it('mixed: P % equal, the rest by inhabitants', () => {
    // Exact: 1000 × (0.25 + 0.5 × 1/3) = 416.67 and 583.33.
    expect(shares(splitCosts(1000, [1, 2], mix(50)))).toEqual([417, 583]);
    // mix-0 is inwoners, mix-100 is gelijk.
    expect(shares(splitCosts(10_000, [10_000, 20_000, 30_000], mix(0)))).toEqual([1667, 3333, 5000]);
    expect(shares(splitCosts(100, [1, 1000, 1], mix(100)))).toEqual([34, 33, 33]);
  });

  it('ties on remainders go to the one listed first, whatever the order of the others', () => {
    // Two equal municipalities after a larger one: exact 500, 250, 250 of 1000 + 1 euro.
    expect(shares(splitCosts(1001, [2, 1, 1], INWONERS))).toEqual([501, 250, 250]);
    expect(shares(splitCosts(1, [1, 1], INWONERS))).toEqual([1, 0]);
  });

  it('one municipality pays everything', () => {
    for (const k of [INWONERS, GELIJK, mix(30)]) expect(shares(splitCosts(65_432, [12_345], k))).toEqual([65_432]);
  });

  it('fifty municipalities: every share, adding up to the euro', () => {
    const inhabitants = Array.from({ length: 50 }, (_, i) => 1000 + i * 997);
    const split = shares(splitCosts(1_234_567, inhabitants, mix(20)));
    expect(split).toHaveLength(50);
    expect(split.reduce((a, b) => a + b, 0)).toBe(1_234_567);
    const sum = inhabitants.reduce((a, b) => a + b, 0);
    split.forEach((share, i) => {
      const exact = 1_234_567 * (0.2 / 50 + (0.8 * inhabitants[i]!) / sum);
      expect(share - exact).toBeGreaterThan(-1);
      expect(share - exact).toBeLessThan(1);
    });
  });

  it('refuses missing, zero or broken inhabitant numbers for a key that needs them, and names them', () => {
    expect(splitCosts(100, [10, 0, undefined, -3, 2.5, 7], INWONERS)).toEqual({
      kind: 'needs-inhabitants',
      key: INWONERS,
      missing: [1, 2, 3, 4],
    });
    expect(splitCosts(100, [10, 0], mix(99)).kind).toBe('needs-inhabitants');
    expect(shares(splitCosts(100, [10, 0], GELIJK))).toEqual([50, 50]);
    expect(missingInhabitantsText(['Geel', 'Regio-gemeente X', 'Mol'])).toContain(
      'voor Geel, Regio-gemeente X en Mol.',
    );
  });

  it('a total of 0 gives 0 each; a broken total is a programming error', () => {
    expect(shares(splitCosts(0, [5, 6], INWONERS))).toEqual([0, 0]);
    expect(() => splitCosts(1.5, [5], INWONERS)).toThrow(RangeError);
    expect(() => splitCosts(-1, [5], INWONERS)).toThrow(RangeError);
  });

  it('defaults to inwoners when every inhabitant number is known, else to gelijk', () => {
    expect(appliedKey(undefined, true)).toEqual(INWONERS);
    expect(appliedKey(undefined, false)).toEqual(GELIJK);
    expect(appliedKey(mix(40), false)).toEqual(mix(40));
  });

  const inhabitants = fc.array(fc.integer({ min: 1, max: 8_000_000 }), { minLength: 1, maxLength: 50 });
  const total = fc.integer({ min: 0, max: MAX_COST_LINES * COST_MAX });
  const anyKey: fc.Arbitrary<CostKey> = fc.oneof(
    fc.constant(INWONERS),
    fc.constant(GELIJK),
    fc.integer({ min: 0, max: 100 }).map(mix),
  );

  it('always adds up to the total, each share within a euro of its exact share (property)', () => {
    fc.assert(
      fc.property(total, inhabitants, anyKey, (t, people, k) => {
        const split = shares(splitCosts(t, people, k));
        expect(split.reduce((a, b) => a + b, 0)).toBe(t);
        const sum = people.reduce((a, b) => a + b, 0);
        const p = k.kind === 'gelijk' ? 1 : k.kind === 'inwoners' ? 0 : k.equalPercent / 100;
        split.forEach((share, i) => {
          expect(Number.isInteger(share) && share >= 0).toBe(true);
          const exact = t * (p / people.length + ((1 - p) * people[i]!) / sum);
          expect(Math.abs(share - exact)).toBeLessThan(1 + 1e-6 * t);
        });
      }),
    );
  });

  it('more inhabitants never pay less; equal shares differ by at most a euro, extras first (property)', () => {
    fc.assert(
      fc.property(total, inhabitants, (t, people) => {
        const split = shares(splitCosts(t, people, INWONERS));
        for (let a = 0; a < people.length; a++) {
          for (let b = 0; b < people.length; b++) {
            if (people[a]! > people[b]!) expect(split[a]).toBeGreaterThanOrEqual(split[b]!);
            if (people[a] === people[b] && a < b) expect(split[a]).toBeGreaterThanOrEqual(split[b]!);
          }
        }
        const equal = shares(splitCosts(t, people, GELIJK));
        const base = Math.floor(t / people.length);
        expect(equal).toEqual(people.map((_, i) => (i < t - base * people.length ? base + 1 : base)));
      }),
    );
  });
});

describe('keySentence', () => {
  it('explains every key in one sentence', () => {
    const keys: CostKey[] = [INWONERS, GELIJK, mix(0), mix(50), mix(30), mix(100)];
    const sentences = keys.map(keySentence);
    expect(sentences[0]).toBe(
      'Elke gemeente betaalt naar haar aantal inwoners: een gemeente met twee keer zoveel inwoners betaalt twee keer zoveel.',
    );
    expect(sentences[1]).toBe('Elke gemeente betaalt hetzelfde bedrag, of ze nu groot of klein is.');
    expect(sentences[2]).toBe(sentences[0]);
    expect(sentences[3]).toContain('De helft van de kosten');
    expect(sentences[4]).toBe(
      '30 % van de kosten delen de gemeenten in gelijke delen, de andere 70 % betaalt elke gemeente naar haar aantal inwoners.',
    );
    expect(sentences[5]).toBe(sentences[1]);
    for (const sentence of sentences) expect(sentence.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(keys.map(costKeyParam)).toEqual(['inwoners', 'gelijk', 'mix-0', 'mix-50', 'mix-30', 'mix-100']);
  });
});

describe('readAmountInput', () => {
  it('reads what a person types, and refuses cents and amounts outside the range', () => {
    expect(readAmountInput('65000')).toBe(65000);
    expect(readAmountInput(' € 65.000 ')).toBe(65000);
    expect(readAmountInput('65 000')).toBe(65000);
    expect(readAmountInput('10.000.000')).toBe(10_000_000);
    expect(readAmountInput('10.000.001')).toBe('range');
    expect(readAmountInput('0')).toBe('range');
    expect(readAmountInput('65000,50')).toBe('format');
    expect(readAmountInput('65.00')).toBe('format');
    expect(readAmountInput('')).toBe('format');
    expect(readAmountInput('-5')).toBe('format');
  });
});

describe('in the one model of the link', () => {
  it('parseLink reads the costs beside regio and g, names bad lines, and the overview link keeps them', () => {
    const link = parseLink('regio=R&g=11009~jjjjjjjjvjfj&kost=A~100&kost=B~0&sleutel=mix-25&kost=C%20~%201.000');
    expect(link.costs).toEqual({ lines: [{ label: 'A', amount: 100 }], key: mix(25) });
    expect(link.problems).toEqual([
      { kind: 'cost', problem: { kind: 'line', position: 2, value: 'B~0', reason: 'amount-range' } },
      { kind: 'cost', problem: { kind: 'line', position: 3, value: 'C ~ 1.000', reason: 'amount-digits' } },
    ]);
    const query = overviewQuery(link);
    expect(query).toBe('regio=R&g=11009~jjjjjjjjvjfj&kost=A~100&sleutel=mix-25');
    expect(parseLink(query).costs).toEqual(link.costs);
    // The keuzehulp's own link carries no costs.
    expect(keuzehulpQuery(link)).not.toContain('kost');
  });
});

describe('the way back from a municipality’s keuzehulp', () => {
  it('keeps the overview’s costs and key', () => {
    const overview = 'regio=R&g=11009~-----------j&kost=Co%C3%B6rdinatie~65000&sleutel=gelijk';
    const keuzehulp = parseLink(keuzehulpQuery({ answers: { aanbod: 'ja' }, door: '11009', terug: overview }));
    const back = parseLink(new URL(returnHref(keuzehulp), 'https://example.org').search);
    expect(back.costs).toEqual({ lines: [{ label: 'Coördinatie', amount: 65000 }], key: GELIJK });
    expect(back.regio).toBe('R');
  });

  it('keeps the overview’s query as it came, with only this keuzehulp’s answers in place of any it held', () => {
    const overview = 'regio=R&g=11009~-----------j&antwoord=aanbod%3Dnee&kost=A~100&sleutel=mix-25';
    const keuzehulp = parseLink(keuzehulpQuery({ answers: { aanbod: 'ja' }, door: '11009', terug: overview }));
    const href = returnHref(keuzehulp);
    expect(href).toBe(
      '/keuzehulp/samen/?regio=R&g=11009~-----------j&kost=A~100&sleutel=mix-25&antwoord=aanbod%3Dja%26door%3D11009',
    );
    // `terug` is a query, never an address: the way back stays on this site's overview.
    const elsewhere = returnHref(parseLink(keuzehulpQuery({ terug: 'https://example.com/x?regio=R' })));
    expect(new URL(elsewhere, 'https://uitpas.example').origin).toBe('https://uitpas.example');
    expect(new URL(elsewhere, 'https://uitpas.example').pathname).toBe('/keuzehulp/samen/');
  });
});
