// Which sections of a page a search result lists, in which order (src/search/subResults.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/search/query';
import { headingMatches, rankSubResults } from '../../../src/search/subResults';

describe('sub-results', () => {
  const sub = (title: string, locations: number) => ({
    title,
    url: `/p/#${foldWord(title)}`,
    locations: Array.from({ length: locations }, (_, index) => index),
    anchor: { id: foldWord(title) },
  });

  it("lists headings only: the page itself (no anchor) is the result's own link", () => {
    const page = { title: 'Begrippen', url: '/begrippen/', locations: [1, 2, 3] };
    expect(rankSubResults([page, sub('Kansentarief', 1)], 'kansentarief').map((s) => s.title)).toEqual([
      'Kansentarief',
    ]);
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
