// The benchmark's synthetic pages (scripts/bench/synth.ts) must stay valid guide pages, or
// `npm run bench` fails at its 10x build. Checked here against the real schema.
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { guidePage } from '../../src/lib/schemas';
import { generatePages } from '../../scripts/bench/synth.ts';

const pages = generatePages(300, 20261125, 1000);

it('writes frontmatter that the guidePage schema accepts, with unique orders and file names', () => {
  const orders = new Set<number>();
  const files = new Set<string>();
  for (const page of pages) {
    const frontmatter = page.source.match(/^---\n([\s\S]*?)\n---\n/)?.[1];
    expect(frontmatter, page.file).toBeDefined();
    const result = guidePage.safeParse(parse(frontmatter!));
    expect(
      result.success
        ? []
        : result.error.issues.map((issue) => `${page.file} ${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
    if (result.success) orders.add(result.data.order);
    files.add(page.file);
  }
  expect(orders.size).toBe(pages.length);
  expect(files.size).toBe(pages.length);
});

it('is reproducible and has headings, links and a varied vocabulary', () => {
  expect(generatePages(5, 7, 1000)).toEqual(generatePages(5, 7, 1000));
  expect(pages.every((page) => /^## \S/m.test(page.source))).toBe(true);
  expect(pages.some((page) => /\]\(\/[^)]*\)/.test(page.source))).toBe(true);
  const words = new Set(pages.flatMap((page) => page.source.toLowerCase().match(/\p{L}+/gu) ?? []));
  expect(words.size).toBeGreaterThan(3000);
});
