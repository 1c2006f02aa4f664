// Facts about a built site that several tests need: its pages and their files.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Paths (under the base, e.g. "basis/") of every page listed in the sitemap. */
export function sitemapPaths(distDir: string, basePath = '/'): string[] {
  const xml = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const pathname = new URL(match[1]).pathname;
    return pathname.slice(basePath.length);
  });
}

/**
 * Pages built around an island, each with a JavaScript budget of its own (test/budgets.ts):
 * the keuzehulp, its region overview and the region page. Every other page is a content page.
 */
export const ISLAND_PAGES: readonly string[] = ['keuzehulp/', 'keuzehulp/samen/', 'regio/'];

export function isContentPage(sitePath: string): boolean {
  return !ISLAND_PAGES.includes(sitePath);
}

/** Every HTML file in the build, relative to distDir. */
export function htmlFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/**
 * The HTML without the inline map of /regio/ (the <svg data-region-map>): the map has its own
 * budget (regioExtra), so the per-page HTML budget measures the rest.
 */
export function withoutRegionMap(html: string): string {
  return html.replace(/<svg class="region-map__svg"[\s\S]*?<\/svg>/, '');
}

/** The inline map of /regio/ as served, or '' when the page has none. */
export function regionMapMarkup(html: string): string {
  return html.match(/<svg class="region-map__svg"[\s\S]*?<\/svg>/)?.[0] ?? '';
}
