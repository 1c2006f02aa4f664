import { describe, expect, it } from 'vitest';
import { hyphenateDutchText, MIN_WORD_LENGTH } from '../../src/integrations/hyphenateDutch.mjs';
import { hyphenateHtml, SOFT_HYPHEN } from '../../src/integrations/hyphenateHtml.mjs';

const shy = (text: string) => text.replaceAll('\u00AD', '|');

describe('Dutch hyphenation of a built page', () => {
  it('breaks long Dutch compounds at syllables', () => {
    expect(shy(hyphenateDutchText('De samenwerkingsovereenkomst'))).toBe('De sa|men|wer|kings|over|een|komst');
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
