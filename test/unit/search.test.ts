// Pure logic of search: ?q= parsing, question words dropped from a query, the shortcuts
// that open search, the order of a result's sections (sub-results), the Dutch texts and
// what of a page Pagefind indexes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexableHtml } from '../../src/search/indexableHtml.mjs';
import { foldWord, MAX_QUERY_LENGTH, queryFromSearch, searchTerms, STOPWORDS } from '../../src/search/query';
import { isSearchShortcut, type KeyPress } from '../../src/search/shortcut';
import { headingMatches, rankSubResults } from '../../src/search/subResults';
import { resultSummary } from '../../src/search/texts';

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

describe('searchTerms: a question becomes the words Pagefind must find', () => {
  it.each([
    ['hoeveel kost een regio', 'kost regio'],
    ['Wat kost het?', 'kost'],
    ['wie betaalt de korting', 'betaalt korting'],
    ['hoeveel personeel', 'personeel'],
    ['Hebben we een coördinator nodig?', 'coördinator nodig'],
    ['Wat als een pashouder verhuist?', 'pashouder verhuist'],
    ['kostendeling', 'kostendeling'],
    ['  regio   coördinator ', 'regio coördinator'],
  ])('"%s" → "%s"', (query, expected) => {
    expect(searchTerms(query)).toBe(expected);
  });

  it('keeps the words when every word is a question or filler word', () => {
    expect(searchTerms('wie')).toBe('wie');
    expect(searchTerms('Wat is dat?')).toBe('Wat is dat');
  });

  it('compares without case or diacritics, and gives "" for nothing', () => {
    expect(searchTerms('HOEVEEL Kost')).toBe('Kost');
    expect(searchTerms('')).toBe('');
    expect(searchTerms(' ?! ')).toBe('');
  });

  it('never drops a word that can be the subject of a page', () => {
    for (const word of ['kost', 'kosten', 'regio', 'nodig', 'niet', 'geen', 'personeel', 'betaalt', 'scenario']) {
      expect(STOPWORDS.has(word), word).toBe(false);
    }
  });

  it('keeps every word that is not a stopword, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zäëéèïöü]{1,8}$/), { maxLength: 8 }), (words) => {
        const kept = words.filter((word) => !STOPWORDS.has(foldWord(word)));
        if (kept.length) expect(searchTerms(words.join(' '))).toBe(kept.join(' '));
      }),
    );
  });
});

describe('resultSummary', () => {
  it.each([
    [0, 'xyz', '', 'Niets gevonden voor "xyz".'],
    [1, 'retributie', '', '1 resultaat voor "retributie".'],
    [3, 'regio', 'Scenario', '3 resultaten voor "regio" in Scenario.'],
  ])('%i for "%s" %s', (count, query, section, expected) => {
    expect(resultSummary(count, query, section)).toBe(expected);
  });
});

describe('indexableHtml', () => {
  it('puts a space between neighbouring elements, so their words stay apart', () => {
    expect(indexableHtml('<a>Start de keuzehulp</a><a>Vergelijk</a>')).toBe('<a>Start de keuzehulp</a> <a>Vergelijk</a>');
    expect(indexableHtml('<th>regio</th><td>Overal</td>')).toBe('<th>regio</th> <td>Overal</td>');
  });

  it('adds nothing before an end tag, so Pagefind still ends a block with a full stop', () => {
    expect(indexableHtml('<li><span>regio</span></li><li>Overal</li>')).toBe('<li><span>regio</span></li> <li>Overal</li>');
  });

  it('leaves text inside an element as it is', () => {
    expect(indexableHtml('<p>UiTPAS-<em>regio</em> en <strong>kost</strong>en</p>')).toBe(
      '<p>UiTPAS-<em>regio</em> en <strong>kost</strong>en</p>',
    );
  });

  it('keeps what screen readers skip (aria-hidden) out of the index', () => {
    expect(indexableHtml('<td><span class="mark" aria-hidden="true">✓</span><span class="visually-hidden">ja</span></td>')).toBe(
      '<td><span data-pagefind-ignore class="mark" aria-hidden="true">✓</span> <span class="visually-hidden">ja</span></td>',
    );
    expect(indexableHtml('<span aria-hidden="false">x</span>')).toBe('<span aria-hidden="false">x</span>');
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
    anchor: { id: foldWord(title) },
  });

  it('lists headings only: the page itself (no anchor) is the result\'s own link', () => {
    const page = { title: 'Begrippen', url: '/begrippen/', locations: [1, 2, 3] };
    expect(rankSubResults([page, sub('Kansentarief', 1)], 'kansentarief').map((s) => s.title)).toEqual(['Kansentarief']);
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
