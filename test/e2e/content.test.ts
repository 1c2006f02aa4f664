// Trustworthy content, checked on the built site: every page and every fact card names its
// sources, every amount on the cost page has a source beside it, no ten-word run of
// publiq's text or the research notes appears, and the new pages sit in the guide order,
// the sitemap and search. The publisher test lives in publisher.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from '../support/session';
import { htmlSegments, runsOf } from '../support/shingles';
import { htmlFiles, sitemapPaths } from '../support/site';
import { byRegionName } from '../../src/lib/regionFacts';
import { region } from '../../src/lib/schemas';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '../..');
const html = (sitePath: string) => readFileSync(path.join(distDir, sitePath, 'index.html'), 'utf8');
const regions = z.array(region).parse(parse(readFileSync(path.join(root, 'content/regios/regios.yaml'), 'utf8')));

/** External links (http/https) inside a piece of HTML. */
const externalLinks = (fragment: string) =>
  [...fragment.matchAll(/<a [^>]*href="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);

/** The page's "Bronnen" section (SourceList), or "" when it has none. */
const sourceSection = (page: string) => page.match(/<section class="sources"[\s\S]*?<\/section>/)?.[0] ?? '';

const NEW_PAGES = ['wat-kost-een-uitpas-regio/', 'bestaande-regios/', 'van-idee-tot-regio/', 'voorbeelddocumenten/'];

describe('sources', () => {
  const pages = sitemapPaths(distDir);

  it('the sitemap lists every guide page, the new ones included', () => {
    for (const page of NEW_PAGES) expect(pages).toContain(page);
  });

  it.each(pages)('page "/%s" names at least one source under "Bronnen"', (page) => {
    const links = externalLinks(sourceSection(html(page)));
    expect(links.length, `/${page} heeft geen bronnen`).toBeGreaterThan(0);
  });

  it('every region of content/regios has a fact card that lists its own sources', () => {
    const page = html('bestaande-regios/');
    const cards = [...page.matchAll(/<article class="fact-card"[^>]*data-region="([^"]+)"[\s\S]*?<\/article>/g)];
    expect(cards.map((card) => card[1])).toEqual([...regions].sort(byRegionName).map((r) => r.id));
    for (const [card, id] of cards) {
      const sources = card.match(/data-fact-sources[\s\S]*$/)?.[0] ?? '';
      const expected = regions.find((r) => r.id === id)!.sources.map((s) => s.url.replace(/&/g, '&amp;'));
      expect(externalLinks(sources).length, id).toBeGreaterThan(0);
      for (const url of expected) expect(sources, `${id}: ${url}`).toContain(`href="${url}"`);
    }
  });

  it('every amount (EUR or %) on the cost page has a source link in the same section', () => {
    const prose =
      html('wat-kost-een-uitpas-regio/').match(
        /<div class="prose">([\s\S]*?)<\/div>\s*<section class="sources"/,
      )?.[1] ?? '';
    expect(prose.length).toBeGreaterThan(1000);
    // A section runs from one h2 to the next; the lead before the first h2 is one too.
    const sections = prose.split(/(?=<h2[\s>])/);
    const amount = /\d[\d.,]*\s*(?:%|euro\b|€)|€\s*\d/i;
    let withAmounts = 0;
    for (const section of sections) {
      const text = section.replace(/<[^>]+>/g, ' ');
      if (!amount.test(text)) continue;
      withAmounts++;
      const heading = section.match(/<h2[^>]*>([\s\S]*?)<\/h2>/)?.[1] ?? '(inleiding)';
      expect(externalLinks(section).length, `sectie "${heading}" noemt een bedrag zonder bron`).toBeGreaterThan(0);
    }
    expect(withAmounts).toBeGreaterThanOrEqual(4);
  });
});

describe('own words', () => {
  const fingerprint = JSON.parse(readFileSync(path.join(root, 'test/fixtures/source-shingles.json'), 'utf8')) as {
    words: number;
    hashes: string[];
  };
  const copied = new Set(fingerprint.hashes);

  it('the fingerprint holds runs of ten words from both texts', () => {
    expect(fingerprint.words).toBe(10);
    expect(copied.size).toBeGreaterThan(1000);
  });

  it("no page repeats ten words in a row from publiq's text or the research notes", () => {
    const found: string[] = [];
    for (const file of htmlFiles(distDir)) {
      for (const segment of htmlSegments(readFileSync(path.join(distDir, file), 'utf8'))) {
        const run = runsOf(segment).find((r) => copied.has(r.hash));
        if (run) found.push(`${file}: "${run.words.join(' ')}"`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('guide order', () => {
  it('following "Volgende" from the home page passes the new pages in order', () => {
    const visited: string[] = [];
    let current: string | undefined = '';
    while (current !== undefined && visited.length < 40) {
      visited.push(current);
      const nav: string = html(current).match(/<nav[^>]*class="pagination"[\s\S]*?<\/nav>/)?.[0] ?? '';
      const next: RegExpMatchArray | null = nav.match(
        /<a [^>]*href="\/([^"]*)"[^>]*rel="next"|<a [^>]*rel="next"[^>]*href="\/([^"]*)"/,
      );
      current = next ? (next[1] ?? next[2]) : undefined;
    }
    const positions = ['aan-de-slag/', ...NEW_PAGES, 'achtergrond/'].map((page) => visited.indexOf(page));
    expect(
      positions.every((p) => p > 0),
      visited.join(' → '),
    ).toBe(true);
    expect(visited.indexOf('van-idee-tot-regio/')).toBeLessThan(visited.indexOf('aan-de-slag/'));
    expect(visited.indexOf('wat-kost-een-uitpas-regio/')).toBeLessThan(visited.indexOf('bestaande-regios/'));
    expect(visited.indexOf('voorbeelddocumenten/')).toBeLessThan(visited.indexOf('achtergrond/'));
  });

  it('the home page links to every new page', () => {
    const home = html('');
    for (const page of NEW_PAGES) expect(home).toContain(`href="/${page}"`);
  });
});

describe('search finds the new pages first', () => {
  const session = browserSession();

  it.each([
    ['kosten regio', '/wat-kost-een-uitpas-regio/'],
    ["bestaande regio's", '/bestaande-regios/'],
    ['gemeenteraadsbesluit', '/voorbeelddocumenten/'],
    ['tijdlijn', '/van-idee-tot-regio/'],
  ])('"%s" → %s', async (query, expected) => {
    const context = await session.browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(baseURL);
      // Pagefind's own JS API, as the search dialog uses it. A string, so the test runner
      // leaves the browser's dynamic import alone.
      const first = (await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const search = await pagefind.search(${JSON.stringify(query)});
        const data = await search.results[0]?.data();
        return data?.url;
      })()`)) as string | undefined;
      expect(first && new URL(first, baseURL).pathname).toBe(expected);
    } finally {
      await context.close();
    }
  });
});
