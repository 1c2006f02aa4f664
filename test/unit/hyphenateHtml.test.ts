import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenateDutchText, hyphenateWithLibrary, MIN_WORD_LENGTH } from '../../src/integrations/hyphenateDutch.mjs';
import { hyphenateHtml, SOFT_HYPHEN } from '../../src/integrations/hyphenateHtml.mjs';

const shy = (text: string) => text.replaceAll('\u00AD', '|');

describe('Dutch hyphenation of a built page', () => {
  it('breaks long Dutch compounds at syllables', () => {
    expect(shy(hyphenateDutchText('De samenwerkingsovereenkomst'))).toBe('De sa|men|wer|kings|over|een|komst');
  });

  it('gives exactly what the hyphen library gives for the whole text, word by word or not', () => {
    // The build hands only the long words to the library (src/integrations/hyphenateDutch.mjs);
    // any text must come out as the library would make it in one piece. The pieces are the
    // characters where the library's idea of a word starts or ends.
    const pieces = [
      'samenwerkingsovereenkomst',
      'intergemeentelijke',
      'vrijetijdsparticipatie',
      'regio',
      'Kansentarief',
      'é',
      'ë',
      "'",
      '’',
      '–',
      '-',
      '/',
      '0',
      '7',
      ' ',
      '\u00A0',
      '\n',
      '&amp;',
      '&shy;',
      '\u00AD',
      '<',
      '</',
      '>',
      '€',
      '😀',
      '.',
      ',',
      '…',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(shy(hyphenateDutchText(text))).toBe(shy(hyphenateWithLibrary(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves short words alone', () => {
    const short = 'regio'.padEnd(MIN_WORD_LENGTH - 1, 's');
    expect(hyphenateDutchText(`de ${short}`)).toBe(`de ${short}`);
  });

  it('changes only visible text, never tags, attributes, scripts, styles, code or islands', () => {
    const untouched = [
      '<head><title>Samenwerkingsovereenkomst</title><style>.samenwerkingsovereenkomst{}</style></head>',
      '<a href="/samenwerkingsovereenkomst/" title="samenwerkingsovereenkomst">',
      '<script>const samenwerkingsovereenkomst = "samenwerkingsovereenkomst";</script>',
      '<code>samenwerkingsovereenkomst</code><pre>samenwerkingsovereenkomst</pre>',
      '<astro-island><p>samenwerkingsovereenkomst</p></astro-island>',
      '<p data-no-hyphens>samenwerkingsovereenkomst</p>',
    ];
    for (const part of untouched) {
      const html = `<!doctype html><html lang="nl">${part}</html>`;
      expect(hyphenateHtml(html, hyphenateDutchText), part).toBe(html);
    }
    const page =
      '<!doctype html><html lang="nl"><body><h1 class="x">Samenwerkingsovereenkomst</h1><p>Een <b>intergemeentelijke</b> &amp; regionale vrijetijdsvisie.</p><img alt="samenwerkingsovereenkomst"></body></html>';
    const result = hyphenateHtml(page, hyphenateDutchText);
    expect(result).toContain(SOFT_HYPHEN);
    expect(result.replaceAll(SOFT_HYPHEN, '')).toBe(page);
  });
});
