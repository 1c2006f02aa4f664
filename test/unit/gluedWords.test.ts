import { describe, expect, it } from 'vitest';
import { gluedWords } from '../support/gluedWords';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`;

describe('gluedWords', () => {
  it.each([
    ['a word against a link', '<p>Lees meer bij<a href="/x/">Aansluiten of zelf starten?</a></p>', 'bij|Aansluiten'],
    ['a link against a word', '<p>Lees de <a href="/x/">keuzehulp</a>in voor jezelf.</p>', 'keuzehulp|in'],
    ['a word against an emphasis', '<p>in het<strong>regio-overzicht</strong>.</p>', 'het|regio'],
    ['a number against a word', '<p>verdeeld over 15referentieregio’s.</p>', '15referentieregio'],
    ['a word against a number', '<p>Op de kaart zie je de15 referentieregio’s.</p>', 'de15'],
    ['soft hyphens do not hide it', '<p>over 15refe\u00adrentie\u00adregio’s</p>', '15referentieregio'],
    ['inside noscript', '<noscript><p>zie je de15 regio’s</p></noscript>', 'de15'],
  ])('finds %s', (_name, body, excerpt) => {
    const found = gluedWords(page(body));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(excerpt);
  });

  it('accepts spaces, punctuation, numbers as written and side-by-side elements', () => {
    const body = [
      '<p>Lees meer bij <a href="/x/">Aansluiten</a>. Of de <em>keuzehulp</em>, of <strong>1.200</strong> euro.</p>',
      '<p>€5 per inwoner, 2025-2026, de 2de en 1ste stap, 3e versie, papier op A4, 1.082.705 inwoners.</p>',
      '<p>Kopie op 9dok.net en TF_SOC_POP_STRUCT_2026.</p>',
      '<nav><a href="/a/"><span>Vorige</span><span>Basis</span></a></nav>',
      '<details><summary><span>Regio Gent</span><span>20 gemeenten</span></summary></details>',
      '<p>Eén<br>twee</p><ul><li>een</li><li>twee</li></ul>',
      '<script>const x = "de15";</script><svg><text>abc1</text></svg>',
    ].join('');
    expect(gluedWords(page(body))).toEqual([]);
  });
});
