// Pure logic of the search UI: ?q= parsing, the shortcuts that open search, and the
// order of a result's sections (sub-results).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, queryFromSearch } from '../../src/lib/searchQuery';
import { isSearchShortcut, type KeyPress } from '../../src/lib/searchShortcut';
import { foldWord, headingMatches, rankSubResults } from '../../src/lib/searchSubResults';

describe('queryFromSearch', () => {
  it.each([
    ['?q=kostendeling', 'kostendeling'],
    ['?q=regio+co%C3%B6rdinator', 'regio coördinator'],
    ['?q=%20%20IGS%20%20', 'IGS'],
    ['?q=a%0A%09b', 'a b'],
    ['?q=', ''],
    ['?x=1', ''],
    ['', ''],
    ['?q=%E0%A4%A', '\uFFFD%A'],
    ['?q=eerste&q=tweede', 'eerste'],
  ])('%s → "%s"', (search, expected) => {
    expect(queryFromSearch(search)).toBe(expected);
  });

  it('never returns more than the maximum, nor surrounding whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const query = queryFromSearch(`?q=${encodeURIComponent(text)}`);
        expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(query).toBe(query.trim());
        expect(query).not.toMatch(/\s{2}/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isSearchShortcut', () => {
  const press = (partial: Partial<KeyPress>): KeyPress => ({
    key: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    inEditable: false,
    ...partial,
  });

  it.each([
    [{ key: 'k', ctrlKey: true }, true],
    [{ key: 'K', ctrlKey: true }, true],
    [{ key: 'k', metaKey: true }, true],
    [{ key: 'k', ctrlKey: true, inEditable: true }, true],
    [{ key: '/' }, true],
    [{ key: '/', inEditable: true }, false],
    [{ key: '/', ctrlKey: true }, false],
    [{ key: 'k' }, false],
    [{ key: 'k', ctrlKey: true, shiftKey: true }, false],
    [{ key: 'k', ctrlKey: true, altKey: true }, false],
    [{ key: 'Escape' }, false],
  ])('%o → %s', (partial, expected) => {
    expect(isSearchShortcut(press(partial))).toBe(expected);
  });
});

describe('sub-results', () => {
  const sub = (title: string, locations: number) => ({
    title,
    url: `/p/#${foldWord(title)}`,
    locations: Array.from({ length: locations }, (_, index) => index),
  });

  it('folds case and diacritics', () => {
    expect(foldWord('Regiocoördinator')).toBe('regiocoordinator');
  });

  it('matches a heading word by its start, without diacritics', () => {
    expect(headingMatches('Wat als een pashouder met kansentarief verhuist?', 'verhuis')).toBe(true);
    expect(headingMatches('Regiocoördinator', 'regiocoordinator')).toBe(true);
    expect(headingMatches('Kansenstatuut', 'kansentarief')).toBe(false);
  });

  it('puts the section whose heading matches first, then the most matches, in page order', () => {
    const subs = [sub('Kansenstatuut', 1), sub('Kansentarief', 1), sub('Onkostennota', 3), sub('Pashouder', 1)];
    expect(rankSubResults(subs, 'kansentarief').map((s) => s.title)).toEqual([
      'Kansentarief',
      'Onkostennota',
      'Kansenstatuut',
    ]);
  });

  it('keeps every input item at most once and respects the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.string(), locations: fc.nat(5) }), { maxLength: 12 }),
        fc.string(),
        fc.nat(5),
        (items, query, limit) => {
          const subs = items.map((item, index) => ({ ...sub(item.title, item.locations), url: `#${index}` }));
          const ranked = rankSubResults(subs, query, limit);
          expect(ranked.length).toBe(Math.min(limit, subs.length));
          expect(new Set(ranked).size).toBe(ranked.length);
        },
      ),
    );
  });
});
