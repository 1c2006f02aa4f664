import { describe, expect, it } from 'vitest';
import { MIN_SECTIONS_FOR_TOC, tableOfContents, wantsTableOfContents } from '../../src/lib/tableOfContents';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and skips deeper headings', () => {
    const toc = tableOfContents([h(2, 'A'), h(3, 'A1'), h(4, 'A1x'), h(2, 'B')]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('ignores an h3 before the first h2', () => {
    expect(tableOfContents([h(3, 'Los'), h(2, 'A')])).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });
  it('appears on long pages only, unless the page says otherwise', () => {
    const long = Array.from({ length: MIN_SECTIONS_FOR_TOC }, (_, i) => h(2, `S${i}`));
    expect(wantsTableOfContents(long)).toBe(true);
    expect(wantsTableOfContents(long.slice(1))).toBe(false);
    expect(wantsTableOfContents(long, false)).toBe(false);
    expect(wantsTableOfContents([], true)).toBe(true);
  });
});
