// What a reader types becomes a query: ?q= parsing, and question and filler words dropped
// before Pagefind searches (src/search/query.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, MAX_QUERY_LENGTH, queryFromSearch, searchTerms, STOPWORDS } from '../../../src/search/query';

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
