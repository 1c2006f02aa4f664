// The URL codec: named cases, then fast-check properties (round-trip, hostile input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, parseAnswers, serialiseAnswers, type UrlState } from '../../src/lib/keuzehulp/codec';
import { QUESTION_IDS, QUESTION_VALUES, TEXT_MAX, isAnswerValue, type Answers } from '../../src/lib/keuzehulp/spec';

describe('parseAnswers', () => {
  it('reads every known answer, with or without "?"', () => {
    expect(parseAnswers('?aanbod=ja&coordinator=deeltijds').answers).toEqual({
      aanbod: 'ja',
      coordinator: 'deeltijds',
    });
    expect(parseAnswers('aanbod=nee').answers).toEqual({ aanbod: 'nee' });
  });

  it('drops unknown parameters without complaint', () => {
    const parsed = parseAnswers('utm_source=mail&foo=bar&aanbod=ja');
    expect(parsed.answers).toEqual({ aanbod: 'ja' });
    expect(parsed.problems).toEqual([]);
  });

  it('reports a known id with an unknown value, and leaves it unanswered', () => {
    const parsed = parseAnswers('aanbod=misschien&voordelen=ja&coordinator=ja');
    expect(parsed.answers).toEqual({ voordelen: 'ja' });
    expect(parsed.problems).toEqual([
      { kind: 'value', question: 'aanbod' },
      { kind: 'value', question: 'coordinator' },
    ]);
  });

  it('accepts harmless differences in case and spaces', () => {
    expect(parseAnswers('aanbod=%20JA%20').answers).toEqual({ aanbod: 'ja' });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseAnswers('aanbod=ja&aanbod=nee').answers).toEqual({ aanbod: 'ja' });
  });

  it('keeps regio and door as plain text, trimmed to 80 characters, and says so', () => {
    const long = 'é'.repeat(100);
    const parsed = parseAnswers(`regio=${encodeURIComponent('<script>alert(1)</script>')}&door=${long}`);
    expect(parsed.regio).toBe('<script>alert(1)</script>');
    expect(Array.from(parsed.door)).toHaveLength(TEXT_MAX);
    expect(parsed.problems).toEqual([{ kind: 'length', field: 'door' }]);
  });

  it('never throws on broken percent-encoding or a null query', () => {
    expect(() => parseAnswers('%E0%A4%A&aanbod=%')).not.toThrow();
    expect(parseAnswers(null).answers).toEqual({});
  });
});

describe('serialiseAnswers', () => {
  it('writes the answers in the order of the spec, then regio and door', () => {
    expect(serialiseAnswers({ answers: { coordinator: 'geen', aanbod: 'ja' }, regio: 'Dender & co', door: '' })).toBe(
      'aanbod=ja&coordinator=geen&regio=Dender+%26+co',
    );
  });

  it('writes nothing for an empty state', () => {
    expect(serialiseAnswers({ answers: {}, regio: '', door: '' })).toBe('');
  });
});

describe('cleanText', () => {
  it('removes control characters and direction overrides, and collapses white space', () => {
    expect(cleanText(' a\u0000b\n\tc\u202Ed ')).toBe('a b c d');
  });
});

// Arbitraries.
const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.constantFrom(...QUESTION_VALUES[id])])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const hostile = fc.oneof(
  anyText,
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "';alert(String.fromCharCode(88))//",
    '%3Cscript%3E',
    '\u202Egnp.exe',
    '\uD800',
    '%',
    '&&&===',
  ),
);

describe('properties', () => {
  it('round-trip: parse(serialise(state)) gives the same state back', () => {
    fc.assert(
      fc.property(answersArbitrary, anyText, anyText, (answers, regio, door) => {
        const state: UrlState = { answers, regio: cleanText(regio), door: cleanText(door) };
        const parsed = parseAnswers(serialiseAnswers(state));
        expect(parsed.answers).toEqual(answers);
        expect(parsed.regio).toBe(state.regio);
        expect(parsed.door).toBe(state.door);
        expect(parsed.problems).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('cleanText is idempotent and bounded', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = cleanText(text);
        expect(cleanText(clean)).toBe(clean);
        expect(Array.from(clean).length).toBeLessThanOrEqual(TEXT_MAX);
      }),
      { numRuns: 1000 },
    );
  });

  it('hostile queries never throw and never produce an answer outside the allowed values', () => {
    const key = fc.oneof(fc.constantFrom(...QUESTION_IDS, 'regio', 'door'), anyText);
    const query = fc.oneof(
      hostile,
      fc.array(fc.tuple(key, hostile), { maxLength: 20 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
      fc.array(fc.tuple(key, hostile), { maxLength: 20 }).map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(query, (input) => {
        const parsed = parseAnswers(input);
        for (const [id, value] of Object.entries(parsed.answers)) {
          expect(QUESTION_IDS).toContain(id);
          expect(isAnswerValue(id as (typeof QUESTION_IDS)[number], value as string)).toBe(true);
        }
        for (const text of [parsed.regio, parsed.door]) {
          expect(Array.from(text).length).toBeLessThanOrEqual(TEXT_MAX);
          expect(text).not.toMatch(/[\p{Cc}\u202a-\u202e]/u);
        }
        expect(() => serialiseAnswers(parsed)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('huge input is handled quickly and safely', () => {
    const huge = 'aanbod=ja&' + 'regio=' + 'x'.repeat(2_000_000) + '&<script>=1';
    const started = performance.now();
    const parsed = parseAnswers(huge);
    expect(performance.now() - started).toBeLessThan(200);
    expect(parsed.answers).toEqual({ aanbod: 'ja' });
    expect(Array.from(parsed.regio).length).toBeLessThanOrEqual(TEXT_MAX);
  });
});
