import { describe, expect, it } from 'vitest';
import { htmlSegments, markdownSegments, runsOf, wordsOf } from '../support/shingles';

describe('ten-word runs', () => {
  it('words ignore case, punctuation and typographic apostrophes', () => {
    expect(wordsOf("De regio’s, de Regio's!")).toEqual(['de', "regio's", 'de', "regio's"]);
  });

  it('a text of n words has n - 9 runs; shorter texts none', () => {
    expect(runsOf('een twee drie vier vijf zes zeven acht negen tien elf')).toHaveLength(2);
    expect(runsOf('een twee drie')).toHaveLength(0);
  });

  it('the same words give the same hash, whatever the markup', () => {
    const text = 'Jullie bakenen de doelgroep mensen in armoede overal in de regio gelijk af.';
    const [fromMarkdown] = markdownSegments(`- ${text}`).map(runsOf);
    const [fromHtml] = htmlSegments(
      `<main><p>${text.replace('doelgroep', '<a href="/x">doelgroep</a>')}</p></main>`,
    ).map(runsOf);
    expect(fromHtml.map((r) => r.hash)).toEqual(fromMarkdown.map((r) => r.hash));
  });

  it('list items and table cells are separate segments, and URLs are not prose', () => {
    expect(htmlSegments('<main><ul><li>Aalst</li><li>Lede</li></ul></main>')).toEqual(['Aalst', 'Lede']);
    expect(markdownSegments('| a b | c |\nzie https://x.be/een/twee')).toEqual(['a b', 'c', 'zie']);
  });
});
