// Checks of the built files themselves: valid HTML (html-validate and the W3C Nu checker), no
// glued words, working links and #fragments,
// security headers in the markup, and the byte budgets.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { budgets, overBudget } from '../budgets';
import { indexablePageProblems, robotsTxtProblems } from '../support/bestPractices';
import { gluedWords } from '../support/gluedWords';
import { nuCheckerErrors } from '../support/nuChecker';
import { htmlFiles, withoutRegionMap } from '../support/site';

const distDir = inject('distDir');
const baseURL = inject('baseURL');
const basePathURL = inject('basePathURL');
const basePathDistDir = inject('basePathDistDir');
const basePath = inject('basePath');

// Astro writes one fixed <style> for its island elements right before the first island
// (withastro/astro#10308); that one element, and only it, may stand in the body.
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
function isAstroIslandStyle(html: string, message: { ruleId: string; offset: number }): boolean {
  return message.ruleId === 'element-permitted-content' && html.startsWith(ASTRO_ISLAND_STYLE, message.offset - 1);
}

describe('HTML validation (html-validate, recommended rules)', () => {
  it.each(htmlFiles(distDir))('%s has no errors', async (file) => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const report = await validator.validateFile(path.join(distDir, file));
    const messages = report.results.flatMap((result) =>
      result.messages
        .filter((message) => !isAstroIslandStyle(html, message))
        .map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});

describe('a quiet build', () => {
  it('prints no warning and no error box, only progress', () => {
    // Strip colour codes, then look for what Astro, Vite and Rolldown print for problems.
    const log = stripVTControlCharacters(inject('buildLog'));
    expect(log).toMatch(/Complete!/);
    expect(log.split('\n').filter((line) => /\[WARN\]|\[ERROR\]|warning|╭─/i.test(line))).toEqual([]);
  });
});

// The W3C Nu HTML Checker itself, on every page of both builds, in one Java process.
describe('the W3C Nu HTML Checker (vnu.jar)', () => {
  const builds = [
    ['/', distDir],
    [basePath, basePathDistDir],
  ] as const;
  it('reports 0 errors on every page of both builds', () => {
    const files = builds.flatMap(([, dir]) => htmlFiles(dir).map((file) => path.join(dir, file)));
    const started = performance.now();
    const errors = nuCheckerErrors(files);
    console.log(
      `[vnu] ${builds.map(([base, dir]) => `${htmlFiles(dir).length} pages under ${base}`).join(', ')}: ${errors.length} errors in ${Math.round(performance.now() - started)} ms`,
    );
    expect(files.length).toBeGreaterThanOrEqual(2 * 20);
    expect(errors).toEqual([]);
  }, 120_000);
});

// Words that run together ("bij|Aansluiten", "15referentieregio's"): Astro drops a line break
// next to a link or an {expression} in an .astro file.
describe('no glued words in the text of any page', () => {
  it.each(htmlFiles(distDir))('%s', (file) => {
    expect(gluedWords(readFileSync(path.join(distDir, file), 'utf8'))).toEqual([]);
  });
});

describe('the breadcrumbs', () => {
  it('start every trail with "Home", as the main navigation names the home page', () => {
    const firsts = htmlFiles(distDir).flatMap((file) => {
      const html = readFileSync(path.join(distDir, file), 'utf8');
      const first = /<nav class="breadcrumbs"[^>]*><ol><li><a [^>]*>([^<]*)<\/a>/.exec(html)?.[1];
      return first === undefined ? [] : [`${file}: ${first}`];
    });
    expect(firsts.length).toBeGreaterThan(10);
    expect(firsts.filter((crumb) => !crumb.endsWith(': Home'))).toEqual([]);
  });
});

async function brokenLinks(startURL: string): Promise<string[]> {
  const checker = new LinkChecker();
  const origin = new URL(startURL).origin;
  const result = await checker.check({
    path: startURL,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    // Only our own site: no request ever leaves the machine.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (status ${link.status ?? '?'}) on ${link.parent ?? '?'}`);
}

describe('link check of the served site, including #fragments', () => {
  it('has no broken internal link at the site root', async () => {
    expect(await brokenLinks(baseURL)).toEqual([]);
  });
  it('has no broken internal link under the base path', async () => {
    expect(await brokenLinks(basePathURL)).toEqual([]);
  });
});

// Lighthouse's SEO and browser-compatibility audits of the document itself
// (docs/decisions/0014-lean-install.md): doctype, charset, indexable, canonical, hreflang, sized images.
describe('search engines can index every page of the sitemap', () => {
  const canonicalURLs = [
    ...readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
  ].map((match) => match[1]);
  it('the sitemap lists pages', () => {
    expect(canonicalURLs.length).toBeGreaterThanOrEqual(10);
  });
  it.each(canonicalURLs)('%s', (canonicalURL) => {
    const file = path.join(distDir, new URL(canonicalURL).pathname, 'index.html');
    expect(indexablePageProblems(readFileSync(file, 'utf8'), canonicalURL)).toEqual([]);
  });
  it('robots.txt is valid, lets crawlers in and names the sitemap', () => {
    const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
    expect(robotsTxtProblems(robots)).toEqual([]);
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('security and privacy in the markup', () => {
  it.each(htmlFiles(distDir))('%s carries a CSP without unsafe-inline scripts', (file) => {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(csp, 'CSP meta tag').toBeTruthy();
    const scriptSrc = csp!.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
    // Nothing is loaded from another origin.
    const loads = [
      ...html.matchAll(
        /<(?:script|img|iframe|source)[^>]+src="([^"]+)"|<link[^>]+rel="(?:stylesheet|icon|preload|modulepreload|manifest)"[^>]*href="([^"]+)"/g,
      ),
    ].map((match) => match[1] ?? match[2]);
    expect(loads.filter((target) => /^(https?:)?\/\//.test(target))).toEqual([]);
  });
});

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files a page's HTML references directly (stylesheets, module scripts). */
function referencedAssets(html: string, kind: 'css' | 'js'): string[] {
  const pattern = kind === 'css' ? /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g : /<script[^>]+src="([^"]+)"/g;
  return [...html.matchAll(pattern)].map((match) => match[1]);
}

describe('byte budgets of the built output (gzip)', () => {
  it.each(htmlFiles(distDir))(`%s: HTML ≤ ${budgets.htmlPerPage} B, CSS ≤ ${budgets.cssPerPage} B`, (file) => {
    const full = path.join(distDir, file);
    const html = readFileSync(full, 'utf8');
    // The map of /regio/ counts towards that page's own budget (regio.test.ts), not this one.
    const htmlBytes = gzipSync(withoutRegionMap(html), { level: 9 }).length;
    expect(overBudget(file, 'htmlPerPage', htmlBytes)).toBeNull();
    const cssBytes = referencedAssets(html, 'css')
      .map((href) => path.join(distDir, new URL(href, 'http://x/').pathname))
      .reduce((sum, asset) => sum + gzip(asset), 0);
    expect(overBudget(file, 'cssPerPage', cssBytes)).toBeNull();
  });

  it('the build has no stray source maps or oversized assets', () => {
    const assets = readdirSync(path.join(distDir, '_astro'));
    expect(assets.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const asset of assets) {
      // The regiodossier's export (the docx library, 226 KB, 70 KB gzip) loads only when a reader
      // asks for the Word document (docs/decisions/0016-regiodossier.md); every other asset stays under 200 KB.
      const limit = asset.startsWith('exportDossier.') ? 256 * 1024 : 200 * 1024;
      expect(statSync(path.join(distDir, '_astro', asset)).size, asset).toBeLessThan(limit);
    }
  });
});
