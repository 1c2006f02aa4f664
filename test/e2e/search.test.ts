// Search: what Pagefind indexes, how results rank for Dutch queries, the dialog's keyboard
// use and accessibility, what search costs on the network, the /zoeken/ page, the
// OpenSearch description and the base path. Runs against the built site in Chromium.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgets, KB, overBudget } from '../budgets';
import { expectNoAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { visit, type LoadedResource } from '../support/pageChecks';
import { sitemapPaths } from '../support/site';

const baseURL = inject('baseURL');
const basePathURL = inject('basePathURL');
const distDir = inject('distDir');
const pagefindDir = path.join(distDir, 'pagefind');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------
// Helpers

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}

/** Every page Pagefind indexed, read from its fragments (gzip, "pagefind_dcd" + JSON). */
function indexedPages(): Fragment[] {
  const dir = path.join(pagefindDir, 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

const exists = (sitePath: string) => existsSync(path.join(distDir, sitePath, 'index.html'));

const dialogInput = 'pagefind-modal input';
const resultLink = '.pf-result-link';

/** Opens search with Ctrl+K, types a query and waits for the first result. */
async function searchInDialog(page: Page, query: string, open = 'Control+k'): Promise<void> {
  await page.keyboard.press(open);
  await page.locator(dialogInput).waitFor({ state: 'visible' });
  await page.keyboard.type(query);
  await page.locator(resultLink).first().waitFor();
}

interface TopResult {
  page: string;
  anchors: string[];
}

/** The first result of /zoeken/?q=query: its page path and the anchors of its sub-results. */
async function topResult(query: string): Promise<TopResult> {
  const { page, close } = await visit(browser, `${baseURL}zoeken/?q=${encodeURIComponent(query)}`);
  try {
    const first = page.locator('.pf-result').first();
    await first.locator(resultLink).waitFor();
    const href = (await first.locator(resultLink).getAttribute('href')) ?? '';
    const anchors = await first
      .locator('.pf-heading-link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
    return { page: new URL(href, baseURL).pathname, anchors };
  } finally {
    await close();
  }
}

/**
 * Bytes a reader downloads for the given responses. The test server does not compress,
 * so: Pagefind's index files (.pagefind, .pf_*) are stored gzip-compressed already and
 * are counted as they are; everything else (JS, CSS, JSON) is counted at gzip -9 size,
 * as a compressing static host sends it.
 */
function transferBytes(resources: readonly LoadedResource[]): number {
  return resources.reduce(
    (sum, resource) =>
      sum + (/\.(pagefind|pf_\w+)$/.test(new URL(resource.url).pathname) ? resource.bytes : resource.gzipBytes),
    0,
  );
}

/** Waits until no response has arrived for `quietMs` (the search's lazy loads are done). */
async function settle(resources: readonly LoadedResource[], quietMs = 600): Promise<void> {
  let count = -1;
  while (count !== resources.length) {
    count = resources.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

// ---------------------------------------------------------------------------------------

describe('the index', () => {
  const pages = indexedPages();
  const urls = pages.map((page) => page.url);

  it('holds every page of the sitemap and nothing else (no 404, no /zoeken/)', () => {
    const expected = sitemapPaths(distDir).map((sitePath) => `/${sitePath}`);
    expect([...urls].sort()).toEqual([...expected].sort());
    expect(urls).not.toContain('/404/');
    expect(urls).not.toContain('/zoeken/');
    const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.nl.page_count).toBe(urls.length);
    expect(Object.keys(entry.languages)).toEqual(['nl']);
  });

  it('keeps the shell out: header, navigation, breadcrumbs, table of contents, pagination, footer', () => {
    // Text runs of the shell that prose does not contain (single words like "Zoeken" may).
    for (const page of pages) {
      const html = readFileSync(path.join(distDir, page.url, 'index.html'), 'utf8');
      const firstTocItem = /class="toc"[\s\S]*?<a href="#[^"]+">([^<]+)</.exec(html)?.[1];
      const forbidden = [
        'samenwerkingsgids', // header
        'Start Basisafspraken', // main navigation
        'Laatst bijgewerkt op', // footer
        'Over deze gids Toegankelijkheid', // footer links
        ...(firstTocItem ? [`Op deze pagina ${firstTocItem}`] : []),
      ];
      for (const match of html.matchAll(/class="pagination__label">([^<]+)</g)) {
        forbidden.push(`Vorige ${match[1]}`, `Volgende ${match[1]}`);
      }
      for (const match of html.matchAll(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/g)) {
        const crumbs = match[0].replace(/<[^>]+>/g, ' ').replace(/[›\s]+/g, ' ').trim();
        if (crumbs.includes(' ')) forbidden.push(crumbs);
      }
      for (const text of forbidden) expect(page.content, `${page.url} indexes "${text}"`).not.toContain(text);
    }
  });

  it.skipIf(!exists('keuzehulp'))('keeps the keuzehulp widget out, but indexes its introduction', () => {
    const keuzehulp = pages.find((page) => page.url === '/keuzehulp/');
    expect(keuzehulp?.content.length).toBeGreaterThan(100);
    expect(keuzehulp?.content).not.toMatch(/Vraag \d+ van \d+/);
    expect(keuzehulp?.content).not.toContain('Volgende vraag');
  });

  it('labels every page with its part of the guide (filter and metadata "onderdeel")', () => {
    const sections = ['Scenario', 'Basis', 'Achtergrond', 'Begrip', 'Vraag', 'Keuzehulp', 'Aan de slag'];
    for (const page of pages) {
      expect(page.filters.onderdeel, page.url).toHaveLength(1);
      expect(sections).toContain(page.filters.onderdeel[0]);
      expect(page.meta.onderdeel, page.url).toBe(page.filters.onderdeel[0]);
    }
  });

  it('reports its size', () => {
    const uiBundles = /^pagefind-(component-ui|ui|modular-ui|highlight)\.(js|css)$/;
    const sizeOf = (dir: string): number =>
      readdirSync(dir).reduce((sum, name) => {
        const full = path.join(dir, name);
        if (uiBundles.test(name)) return sum;
        const stat = statSync(full);
        return sum + (stat.isDirectory() ? sizeOf(full) : stat.size);
      }, 0);
    const bytes = sizeOf(pagefindDir);
    console.log(`[search] index: ${pages.length} pages, ${(bytes / KB).toFixed(1)} KB on disk (without UI bundles)`);
    expect(bytes).toBeGreaterThan(0);
  });
});

describe('ranking of Dutch queries (first result)', () => {
  it.each([
    ['kostendeling', '/basis/'],
    ['retributie', '/basis/'],
  ])('"%s" → %s', async (query, expected) => {
    expect((await topResult(query)).page).toBe(expected);
  });

  it.each(['regiocoördinator', 'coordinator'])('"%s" → a scenario page', async (query) => {
    expect((await topResult(query)).page).toMatch(/^\/scenarios\/[a-z-]+\/$/);
  });

  it.skipIf(!exists('begrippen'))('a glossary term ("kansentarief") → its anchor on /begrippen/', async () => {
    const top = await topResult('kansentarief');
    expect(top.page).toBe('/begrippen/');
    expect(top.anchors[0]).toBe('#kansentarief');
  });

  it.skipIf(!exists('veelgestelde-vragen'))('a FAQ question\'s key word ("verhuis") → its anchor', async () => {
    const top = await topResult('verhuis');
    expect(top.page).toBe('/veelgestelde-vragen/');
    expect(top.anchors[0]).toMatch(/^#.*verhuis/);
  });

  it('a part of a compound that only the keywords cover ("verband") finds the page', async () => {
    // "verband" only occurs inside "samenwerkingsverband"; Pagefind does not split compounds.
    const top = await topResult('verband');
    const fragment = indexedPages().find((page) => page.url === top.page);
    expect(fragment?.content.toLowerCase()).not.toMatch(/\bverband\b/);
    expect(fragment?.meta.trefwoorden?.toLowerCase()).toMatch(/\bverband\b/);
  });

  it('an inflected form that only stemming matches ("gemeentes" → "gemeenten")', async () => {
    // No page has a word starting with "gemeentes"; the Dutch stemmer maps both to "gemeent".
    const everything = indexedPages().map((page) => `${page.content} ${Object.values(page.meta).join(' ')}`.toLowerCase());
    expect(everything.some((text) => /(^|[^\p{L}])gemeentes/u.test(text))).toBe(false);
    const top = await topResult('gemeentes');
    const fragment = indexedPages().find((page) => page.url === top.page);
    expect(fragment?.content.toLowerCase()).toContain('gemeenten');
  });
});

describe('the search dialog', () => {
  it('opens with Ctrl+K, puts focus in the field; ArrowDown and Enter open the result at its anchor', async () => {
    const visitResult = await visit(browser, `${baseURL}vergelijking/`);
    const { page } = visitResult;
    try {
      await page.keyboard.press('Control+k');
      await page.locator(dialogInput).waitFor({ state: 'visible' });
      expect(await page.evaluate(() => document.activeElement?.closest('pagefind-input') !== null)).toBe(true);
      expect(await page.locator('pagefind-modal dialog').getAttribute('aria-label')).toBe('Zoeken in de gids');
      await page.keyboard.type('kostendeling');
      await page.locator(resultLink).first().waitFor();
      await page.keyboard.press('ArrowDown');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
      expect(href).toContain('/basis/');
      await Promise.all([page.waitForURL((url) => url.href === href), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe('/basis/');
      expect(visitResult.consoleErrors).toEqual([]);
      expect(visitResult.foreignRequests).toEqual([]);
    } finally {
      await visitResult.close();
    }
  });

  it('opens with "/" and Esc closes it and returns focus to the trigger', async () => {
    const { page, close, consoleErrors } = await visit(browser, `${baseURL}basis/`);
    try {
      await searchInDialog(page, 'retributie', '/');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('pagefind-modal dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.matches('[data-search-trigger]'))).toBe(true);
      // Reopening keeps the query and results; clicking the trigger opens it too.
      await page.locator('[data-search-trigger]').click();
      await page.locator(dialogInput).waitFor({ state: 'visible' });
      expect(await page.locator(dialogInput).inputValue()).toBe('retributie');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('"/" in a text field types a slash instead of opening search', async () => {
    const { page, close } = await visit(browser, `${baseURL}zoeken/`);
    try {
      await page.locator('#zoekpagina input').waitFor();
      await page.locator('#zoekpagina input').fill('a');
      await page.keyboard.press('/');
      expect(await page.locator('#zoekpagina input').inputValue()).toBe('a/');
      expect(await page.locator('pagefind-modal').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('speaks Dutch, announces the count politely and shows where each result comes from', async () => {
    const { page, close } = await visit(browser, `${baseURL}basis/`);
    try {
      await page.evaluate(`(() => {
        window.__announced = [];
        new MutationObserver(() => {
          for (const region of document.querySelectorAll('[data-pagefind-announcer] [aria-live]')) {
            if (region.textContent) window.__announced.push(region.getAttribute('aria-live') + ': ' + region.textContent);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      })()`);
      await searchInDialog(page, 'kostendeling');
      await expect
        .poll(() => page.evaluate('window.__announced'))
        .toContainEqual(expect.stringMatching(/^polite: \d+ resultaten? voor kostendeling$/));
      expect(await page.locator('pagefind-summary').innerText()).toMatch(/resultaten? voor kostendeling/);
      expect(await page.locator(dialogInput).getAttribute('placeholder')).toBe('Zoek in de gids');
      const clear = page.locator('pagefind-input button').filter({ hasText: /\S/ }).first();
      if (await clear.count()) expect(await clear.innerText()).toBe('Wissen');
      const labels = await page.locator('.search-result-onderdeel').allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label.trim()).toMatch(/^Onderdeel: (Scenario|Basis|Achtergrond|Begrip|Vraag|Keuzehulp|Aan de slag)$/);
      }
      const hints = await page.locator('pagefind-keyboard-hints').innerText();
      expect(hints).not.toMatch(/\b(navigate|select|close|search)\b/);
    } finally {
      await close();
    }
  });

  it('has no axe violations (WCAG 2.2 AA) with the dialog open and results shown', async () => {
    const { page, close, consoleErrors } = await visit(browser, `${baseURL}basis/`);
    try {
      await searchInDialog(page, 'kostendeling');
      await page.locator('.search-result-onderdeel').first().waitFor();
      await expectNoAxeViolations(page, 'search dialog with results');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('filters results by part of the guide', async () => {
    const { page, close } = await visit(browser, `${baseURL}basis/`);
    try {
      await searchInDialog(page, 'regio');
      const dropdown = page.locator('pagefind-filter-dropdown button').first();
      await dropdown.click();
      await page.getByRole('option', { name: /^Scenario/ }).click();
      await page.keyboard.press('Escape');
      await expect
        .poll(async () => {
          const labels = await page.locator('.search-result-onderdeel').allTextContents();
          return labels.length > 0 && labels.every((label) => label.trim().endsWith('Scenario'));
        })
        .toBe(true);
    } finally {
      await close();
    }
  });

  it('says kindly when nothing is found and offers the keuzehulp, the glossary and the scenarios', async () => {
    const { page, close } = await visit(browser, `${baseURL}basis/`);
    try {
      await page.keyboard.press('Control+k');
      await page.locator(dialogInput).waitFor({ state: 'visible' });
      await page.keyboard.type('xylofoonqz');
      const help = page.locator('pagefind-modal [data-search-empty]');
      await help.waitFor({ state: 'visible' });
      expect(await page.locator('pagefind-summary').innerText()).toContain('Niets gevonden voor xylofoonqz');
      const links = await help.locator('a').evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
      );
      expect(links).toEqual(expect.arrayContaining(['/keuzehulp/', '/begrippen/']));
      expect(links.filter((link) => link.startsWith('/scenarios/'))).toHaveLength(3);
      // A query with results hides the help again.
      await page.locator(dialogInput).fill('kostendeling');
      await help.waitFor({ state: 'hidden' });
    } finally {
      await close();
    }
  });
});

describe('network: search is free until opened', () => {
  it(`first search ≤ ${budgets.firstSearch / KB} KB, a second query ≤ ${budgets.laterSearch / KB} KB`, async () => {
    const { page, close, resources, consoleErrors, foreignRequests } = await visit(browser, `${baseURL}basis/`);
    try {
      await settle(resources, 300);
      const searchFiles = (list: readonly LoadedResource[]) =>
        list.filter((resource) => /\/pagefind\/|searchDialog/.test(resource.url));
      expect(searchFiles(resources)).toEqual([]);

      const beforeFirst = resources.length;
      await searchInDialog(page, 'kostendeling');
      await settle(resources);
      const first = resources.slice(beforeFirst);
      const firstBytes = transferBytes(first);

      const beforeSecond = resources.length;
      await page.locator(dialogInput).fill('');
      await page.keyboard.type('regiocoördinator');
      await page.locator('pagefind-summary').filter({ hasText: 'regiocoördinator' }).waitFor();
      await settle(resources);
      const second = resources.slice(beforeSecond);
      const secondBytes = transferBytes(second);

      const list = (items: readonly LoadedResource[]) =>
        items.map((r) => `${new URL(r.url).pathname} ${r.bytes}/${r.gzipBytes}`).join(', ');
      console.log(
        `[search] first search ${(firstBytes / KB).toFixed(1)} KB (${first.length} files: ${list(first)}); ` +
          `second ${(secondBytes / KB).toFixed(1)} KB (${second.length} files: ${list(second)})`,
      );
      // Pagefind's Wasm and index are fetched (by its worker or the page): make sure we saw them.
      expect(first.some((resource) => resource.url.endsWith('.pagefind'))).toBe(true);
      expect(overBudget('/basis/ (first search)', 'firstSearch', firstBytes)).toBeNull();
      expect(overBudget('/basis/ (second query)', 'laterSearch', secondBytes)).toBeNull();
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the search page /zoeken/', () => {
  it('runs the search of ?q= at once', async () => {
    const { page, close, consoleErrors } = await visit(browser, `${baseURL}zoeken/?q=kostendeling`);
    try {
      await page.locator(resultLink).first().waitFor();
      expect(await page.locator('#zoekpagina input').inputValue()).toBe('kostendeling');
      expect(new URL((await page.locator(resultLink).first().getAttribute('href')) ?? '', baseURL).pathname).toBe('/basis/');
      await expectNoAxeViolations(page, '/zoeken/?q=kostendeling');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript says search needs it and links to the glossary and the FAQ', async () => {
    const { page, close } = await visit(browser, `${baseURL}zoeken/`, { javaScriptEnabled: false });
    try {
      const main = page.locator('main');
      expect(await main.innerText()).toContain('Zoeken werkt alleen met JavaScript');
      const links = await main.locator('a').evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
      );
      expect(links).toEqual(expect.arrayContaining(['/begrippen/', '/veelgestelde-vragen/']));
      // The header trigger stays a plain link to this page.
      expect(await page.locator('[data-search-trigger]').getAttribute('href')).toBe('/zoeken/');
    } finally {
      await close();
    }
  });

  it('works under the base path /uitpas-regio/: result links lead to real pages', async () => {
    const { page, close, consoleErrors, foreignRequests } = await visit(
      browser,
      `${basePathURL}zoeken/?q=kostendeling`,
    );
    try {
      await page.locator(resultLink).first().waitFor();
      const hrefs = await page
        .locator('.pf-result a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(new URL(href).pathname.startsWith('/uitpas-regio/')).toBe(true);
      await Promise.all([page.waitForURL(hrefs[0]), page.locator(resultLink).first().click()]);
      expect(await page.locator('main h1').count()).toBe(1);
      expect(new URL(page.url()).pathname).toBe('/uitpas-regio/basis/');
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the dialog works under the base path too', async () => {
    const { page, close, consoleErrors, resources } = await visit(browser, `${basePathURL}basis/`);
    try {
      await searchInDialog(page, 'kostendeling');
      const href = await page.locator(resultLink).first().evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).pathname).toBe('/uitpas-regio/basis/');
      expect(resources.filter((r) => r.status >= 400)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('OpenSearch', () => {
  it('every page links an OpenSearch description whose template opens /zoeken/?q=', async () => {
    const { page, close } = await visit(browser, `${basePathURL}basis/`);
    try {
      const link = page.locator('link[rel="search"][type="application/opensearchdescription+xml"]');
      const href = await link.evaluate((element) => (element as HTMLLinkElement).href);
      expect(new URL(href).pathname).toBe('/uitpas-regio/opensearch.xml');
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">');
      const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)?.[1] ?? '';
      expect(template).toMatch(/^https?:\/\/[^/]+\/uitpas-regio\/zoeken\/\?q=\{searchTerms\}$/);
      expect(/<ShortName>([^<]+)<\/ShortName>/.exec(xml)?.[1].length).toBeLessThanOrEqual(16);
    } finally {
      await close();
    }
  });
});
