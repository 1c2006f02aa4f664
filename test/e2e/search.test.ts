// Search: what Pagefind indexes, how results rank for Dutch queries, the dialog's keyboard
// use and accessibility, what search costs on the network, the /zoeken/ page, the
// OpenSearch description and the base path. Runs against the built site in Chromium.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** The open search dialog, found as readers find it: by role and name. */
const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Zoeken in de gids' });
const fieldOf = (page: Page) => dialogOf(page).getByRole('searchbox', { name: 'Zoek in de gids' });
const resultsOf = (scope: Page | ReturnType<Page['locator']>) => scope.getByRole('list', { name: 'Zoekresultaten' });
/** The title links of the results (each result's title is a heading with one link). */
const resultLinks = (scope: Page | ReturnType<Page['locator']>) =>
  resultsOf(scope).getByRole('heading', { level: 2 }).getByRole('link');
/** The "Onderdeel: …" labels of the results (part of the guide each result comes from). */
const sectionLabels = (scope: Page | ReturnType<Page['locator']>) => resultsOf(scope).getByText(/^Onderdeel: \S/);
/** The header's search trigger, a button once JavaScript runs. */
const triggerOf = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Zoeken' });
const isFocused = (locator: ReturnType<Page['locator']>) => locator.evaluate((node) => node === document.activeElement);

/** Opens search with Ctrl+K (or `open`), types a query and waits for the first result. */
async function searchInDialog(page: Page, query: string, open = 'Control+k'): Promise<void> {
  await page.keyboard.press(open);
  await fieldOf(page).waitFor({ state: 'visible' });
  await page.keyboard.type(query);
  // The count of this query (not of a part typed before) is shown once its results are.
  await dialogOf(page)
    .getByRole('status')
    .filter({ hasText: `voor "${query}"` })
    .waitFor();
  await resultLinks(dialogOf(page)).first().waitFor();
}

interface TopResult {
  page: string;
  anchors: string[];
}

/** The first result of /zoeken/?q=query: its page path and the anchors of its sub-results. */
async function topResult(query: string): Promise<TopResult> {
  const { page, close } = await visit(browser, `${baseURL}zoeken/?q=${encodeURIComponent(query)}`);
  try {
    const first = resultsOf(page).getByRole('listitem').first();
    const title = first.getByRole('heading', { level: 2 }).getByRole('link');
    await title.waitFor();
    const href = (await title.getAttribute('href')) ?? '';
    const anchors = await first
      .getByRole('list')
      .getByRole('link')
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
      // The built pages carry soft hyphens (added after indexing); the index has none.
      const html = readFileSync(path.join(distDir, page.url, 'index.html'), 'utf8').replace(/\u00AD|&shy;/g, '');
      // Landmarks found by their accessible names, as readers find them.
      const linkTexts = (label: string) => {
        const nav = new RegExp(`<nav[^>]*aria-label="${label}"[\\s\\S]*?</nav>`).exec(html)?.[0] ?? '';
        return [...nav.matchAll(/<a [^>]*>([^<]+)</g)].map((match) => match[1]!.trim());
      };
      const menu = linkTexts('Hoofdmenu');
      expect(menu.length, `${page.url}: main navigation "Hoofdmenu"`).toBeGreaterThan(1);
      const toc = linkTexts('Inhoudstafel');
      const forbidden = [
        'samenwerkingsgids', // header
        `${menu[0]} ${menu[1]}`, // main navigation
        'Laatst bijgewerkt op', // footer
        'Over deze gids Toegankelijkheid', // footer links
        ...(toc[0] ? [`Op deze pagina ${toc[0]}`] : []),
      ];
      for (const match of html.matchAll(/class="pagination__label">([^<]+)</g)) {
        forbidden.push(`Vorige ${match[1]}`, `Volgende ${match[1]}`);
      }
      for (const match of html.matchAll(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/g)) {
        const crumbs = match[0]
          .replace(/<[^>]+>/g, ' ')
          .replace(/[›\s]+/g, ' ')
          .trim();
        if (crumbs.includes(' ')) forbidden.push(crumbs);
      }
      for (const text of forbidden) expect(page.content, `${page.url} indexes "${text}"`).not.toContain(text);
    }
  });

  it('keeps repeated lists and buttons out: source lists and call-to-action buttons', () => {
    // Each page's sources, the fact cards' sources and /over/'s list of all sources repeat
    // titles like "Waarom kiezen voor solidaire kostendeling?" that would make every page
    // match; the buttons ("Start de keuzehulp") are navigation, not content.
    for (const page of pages) {
      const html = readFileSync(path.join(distDir, page.url, 'index.html'), 'utf8').replace(/\u00AD|&shy;/g, '');
      const repeated = [
        ...[...html.matchAll(/<p class="cta"[^>]*>([\s\S]*?)<\/p>/g)].flatMap((match) =>
          [...match[1]!.matchAll(/<a [^>]*>([^<]+)</g)].map((link) => link[1]!.trim()),
        ),
        ...[...html.matchAll(/<ul class="all-sources"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((match) =>
          [...match[1]!.matchAll(/<a [^>]*>([^<]+)</g)].map((link) => link[1]!.trim()),
        ),
        ...[...html.matchAll(/class="fact-card__sources-title">([^<]+)</g)].map((match) => match[1]!.trim()),
      ];
      for (const text of repeated) expect(page.content, `${page.url} indexes "${text}"`).not.toContain(text);
    }
    const over = pages.find((page) => page.url === '/over/');
    expect(over?.content).toContain('Alle bronnen');
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

  it('a part of a compound that only the keywords cover ("deling") finds the page', async () => {
    // "deling" occurs in the text only inside "kostendeling"; Pagefind does not split
    // compounds, so /basis/ is found through its keywords alone. ("verband" no longer
    // served: the background page now uses it as a word of its own.)
    const everything = indexedPages().map((page) => page.content.toLowerCase());
    expect(everything.some((text) => /(^|[^\p{L}])deling/u.test(text))).toBe(false);
    const top = await topResult('deling');
    expect(top.page).toBe('/basis/');
    const fragment = indexedPages().find((page) => page.url === top.page);
    expect(fragment?.meta.trefwoorden?.toLowerCase()).toMatch(/\bdeling\b/);
  });

  it('an inflected form that only stemming matches ("gemeentes" → "gemeenten")', async () => {
    // No page has a word starting with "gemeentes"; the Dutch stemmer maps both to "gemeent".
    const everything = indexedPages().map((page) =>
      `${page.content} ${Object.values(page.meta).join(' ')}`.toLowerCase(),
    );
    expect(everything.some((text) => /(^|[^\p{L}])gemeentes/u.test(text))).toBe(false);
    const top = await topResult('gemeentes');
    const fragment = indexedPages().find((page) => page.url === top.page);
    expect(fragment?.content.toLowerCase()).toContain('gemeenten');
  });
});

describe('everyday questions (question and filler words dropped)', () => {
  it.each([
    // Since /wat-kost-een-uitpas-regio/ exists, it is the right answer to cost questions.
    ['hoeveel kost een regio', '/wat-kost-een-uitpas-regio/', /^#/],
    ['wat kost het', '/wat-kost-een-uitpas-regio/', /^#/],
    ['wie betaalt de korting', '/basis/', /^#/],
    // Staffing is explained once, in the shared section that search indexes on /vergelijking/.
    ['hoeveel personeel', '/vergelijking/', /^#hoeveel-coordinatie$/],
  ])('"%s" → %s', async (query, expected, firstAnchor) => {
    const top = await topResult(query);
    expect(top.page).toBe(expected);
    expect(top.anchors[0]).toMatch(firstAnchor);
  });
});

describe('a cost question leads to the cost page', () => {
  it('"hoeveel kost een regiocoördinator" shows /wat-kost-een-uitpas-regio/ among the first three', async () => {
    const { page, close } = await visit(
      browser,
      `${baseURL}zoeken/?q=${encodeURIComponent('hoeveel kost een regiocoördinator')}`,
    );
    try {
      await resultLinks(page).first().waitFor();
      const pages = (
        await resultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
      ).map((href) => new URL(href).pathname);
      console.log(`[search] "hoeveel kost een regiocoördinator": ${pages.join(', ')}`);
      expect(pages.slice(0, 3)).toContain('/wat-kost-een-uitpas-regio/');
    } finally {
      await close();
    }
  });
});

describe('a slow or dropped connection', () => {
  it('says "Bezig met zoeken…" while the index loads, and after a failed load retries on the next query', async () => {
    const { page, close } = await visit(browser, `${baseURL}basis/`);
    try {
      // Offline at first: every load of Pagefind fails. Back online, the next load is held back a
      // while (a slow connection) until the test releases it.
      let online = false;
      let loadsOnline = 0;
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(
        (url) => url.pathname.endsWith('/pagefind/pagefind.js'),
        async (route) => {
          if (!online) return route.abort('internetdisconnected');
          loadsOnline += 1;
          await held;
          return route.continue();
        },
      );
      const status = dialogOf(page).getByRole('status');
      await page.keyboard.press('Control+k');
      await fieldOf(page).fill('kostendeling');
      await status.filter({ hasText: 'Zoeken lukt nu niet' }).waitFor();
      online = true;
      await fieldOf(page).fill('retributie');
      await status.filter({ hasText: 'Bezig met zoeken' }).waitFor();
      expect(loadsOnline).toBe(1);
      release();
      await status.filter({ hasText: 'voor "retributie"' }).waitFor();
      // The results' titles fill in as their fragments arrive.
      await resultLinks(dialogOf(page)).first().waitFor();
    } finally {
      await close();
    }
  });
});

describe('excerpts read as text', () => {
  /** The excerpts of the results of /zoeken/?q=query, by page path, once all are shown. */
  async function excerpts(query: string): Promise<Map<string, string>> {
    // A tall window, so every result scrolls into view and loads.
    const { page, close } = await visit(browser, `${baseURL}zoeken/?q=${encodeURIComponent(query)}`, { height: 4000 });
    try {
      await resultLinks(page).first().waitFor();
      // A result still loading is aria-busy; wait until every result shows its excerpt.
      await expect.poll(() => resultsOf(page).locator('[aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
      const items = resultsOf(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 2 }) });
      const pairs: [string, string][] = [];
      for (const item of await items.all()) {
        const href = (await item.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href')) ?? '';
        // The excerpt is the result's paragraph that is not the "Onderdeel: …" label.
        const excerpt = item.getByRole('paragraph').filter({ hasNotText: /^Onderdeel:/ });
        pairs.push([new URL(href, baseURL).pathname, (await excerpt.count()) ? await excerpt.first().innerText() : '']);
      }
      return new Map(pairs);
    } finally {
      await close();
    }
  }

  it('no words run together and no table marks, and the scenario pages differ', async () => {
    for (const query of ['kostendeling', 'coördinator', 'keuzehulp', 'aanbod']) {
      const shown = await excerpts(query);
      expect(shown.size, query).toBeGreaterThan(0);
      for (const [url, text] of shown) {
        // A lowercase letter right before a capital ("regioOveral"), except known names.
        const glued = text.replace(/\b(UiTPAS|UiTdatabank|CultuurNet)\b/g, '').match(/\p{Ll}\p{Lu}\p{Ll}/u);
        expect(glued, `${query} → ${url}: "${text}"`).toBeNull();
        expect(text, `${query} → ${url}`).not.toMatch(/[✓✗]/);
      }
      const scenarioExcerpts = [...shown].filter(([url]) => url.startsWith('/scenarios/')).map(([, text]) => text);
      expect(new Set(scenarioExcerpts).size, `${query}: ${scenarioExcerpts.join(' | ')}`).toBe(scenarioExcerpts.length);
    }
  });
});

describe('the search dialog', () => {
  it('opens with Ctrl+K, puts focus in the field; ArrowDown and Enter open the result at its anchor', async () => {
    const visitResult = await visit(browser, `${baseURL}vergelijking/`);
    const { page } = visitResult;
    try {
      await page.keyboard.press('Control+k');
      await fieldOf(page).waitFor({ state: 'visible' });
      expect(await fieldOf(page).evaluate((field) => field === document.activeElement)).toBe(true);
      await page.keyboard.type('kostendeling');
      await dialogOf(page).getByRole('status').filter({ hasText: 'voor "kostendeling"' }).waitFor();
      await resultLinks(dialogOf(page)).first().waitFor();
      await page.keyboard.press('ArrowDown');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
      expect(href).toContain('/basis/');
      // ArrowDown again reaches the result's first section; ArrowUp goes back.
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.hash)).toMatch(/^#/);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(href);
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
      await dialogOf(page).waitFor({ state: 'hidden' });
      expect(await isFocused(triggerOf(page))).toBe(true);
      // Cmd+K (Meta) opens it as Ctrl+K does; Esc closes it again.
      await page.keyboard.press('Meta+k');
      await fieldOf(page).waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await dialogOf(page).waitFor({ state: 'hidden' });
      // Reopening keeps the query and results; clicking the trigger opens it too.
      await triggerOf(page).click();
      await fieldOf(page).waitFor({ state: 'visible' });
      expect(await fieldOf(page).inputValue()).toBe('retributie');
      expect(await resultLinks(dialogOf(page)).count()).toBeGreaterThan(0);
      // The close button closes it too, focus back on the trigger.
      await dialogOf(page).getByRole('button', { name: 'Sluiten' }).click();
      await dialogOf(page).waitFor({ state: 'hidden' });
      expect(await isFocused(triggerOf(page))).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('"/" in a text field types a slash instead of opening search', async () => {
    const { page, close } = await visit(browser, `${baseURL}zoeken/`);
    try {
      const field = page.getByRole('searchbox', { name: 'Zoek in de gids' });
      await field.fill('a');
      await page.keyboard.press('/');
      expect(await field.inputValue()).toBe('a/');
      expect(await page.getByRole('dialog').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('speaks Dutch, announces the count politely and shows where each result comes from', async () => {
    const { page, close } = await visit(browser, `${baseURL}basis/`);
    try {
      await searchInDialog(page, 'kostendeling');
      const status = dialogOf(page).getByRole('status');
      await expect
        .poll(() => status.innerText(), { timeout: 10_000 })
        .toMatch(/^\d+ resultaten? voor "kostendeling"\.$/);
      // role="status" is a polite live region.
      expect(await status.evaluate((node) => node.getAttribute('aria-live') ?? 'polite')).toBe('polite');
      const labels = await sectionLabels(dialogOf(page)).allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label.trim()).toMatch(/^Onderdeel: (Scenario|Basis|Achtergrond|Begrip|Vraag|Keuzehulp|Aan de slag)$/);
      }
      const everything = await dialogOf(page).innerText();
      expect(everything).not.toMatch(/\b(results?|navigate|select|close|search|filters?|clear)\b/i);
    } finally {
      await close();
    }
  });

  it('has no axe violations (WCAG 2.2 AA) with the dialog open and results shown, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close, consoleErrors } = await visit(browser, `${baseURL}basis/`);
      try {
        await page.emulateMedia({ colorScheme });
        await searchInDialog(page, 'kostendeling');
        await sectionLabels(dialogOf(page)).first().waitFor();
        await expectNoAxeViolations(page, `search dialog with results (${colorScheme})`);
        expect(consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('filters results by part of the guide', async () => {
    const { page, close } = await visit(browser, `${baseURL}basis/`);
    try {
      await searchInDialog(page, 'regio');
      const filter = dialogOf(page).getByRole('combobox', { name: 'Onderdeel' });
      await expect.poll(() => filter.getByRole('option').allTextContents(), { timeout: 10_000 }).toContain('Scenario');
      await filter.selectOption('Scenario');
      await expect
        .poll(() => dialogOf(page).getByRole('status').innerText(), { timeout: 10_000 })
        .toMatch(/voor "regio" in Scenario\.$/);
      await expect
        .poll(async () => {
          const labels = await sectionLabels(dialogOf(page)).allTextContents();
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
      await fieldOf(page).waitFor({ state: 'visible' });
      await page.keyboard.type('xylofoonqz');
      const help = dialogOf(page).getByRole('list', { name: 'Begin hier' });
      await help.waitFor({ state: 'visible' });
      await expect
        .poll(() => dialogOf(page).getByRole('status').innerText(), { timeout: 10_000 })
        .toBe('Niets gevonden voor "xylofoonqz".');
      const links = await help
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(expect.arrayContaining(['/keuzehulp/', '/begrippen/']));
      expect(links.filter((link) => link.startsWith('/scenarios/'))).toHaveLength(3);
      // A query with results hides the help again.
      await fieldOf(page).fill('kostendeling');
      await help.waitFor({ state: 'hidden' });
    } finally {
      await close();
    }
  });
});

describe('network: search is free until opened', () => {
  // Pagefind splits the word index into chunks of about 20,000 word positions, by word in
  // alphabetical order (a fixed size, no option). A query loads the chunk its words fall in,
  // so what a later query costs depends on whether that chunk is loaded already. We measure
  // the honest case: the later query needs a chunk the first search did not load.
  const FIRST = 'kostendeling';
  const LATER = 'vrijetijdsparticipatie';
  const indexChunks = readdirSync(path.join(pagefindDir, 'index')).length;
  const isChunk = (resource: LoadedResource) => resource.url.endsWith('.pf_index');
  const list = (items: readonly LoadedResource[]) =>
    items.map((r) => `${new URL(r.url).pathname.replace(/^.*\//, '')} ${transferBytes([r])}`).join(', ');

  /** On /basis/: what opening search and typing `first` transfers, then what `later` transfers. */
  async function measure(first: string, later: string) {
    const visited = await visit(browser, `${baseURL}basis/`);
    const { page, resources } = visited;
    try {
      await settle(resources, 300);
      const isSearchFile = (resource: LoadedResource) =>
        /\/pagefind\//.test(resource.url) || /\/(dialog|searchUi|pagefind)[.-][\w-]*\.js$/.test(resource.url);
      expect(resources.filter(isSearchFile), 'search files before search is opened').toEqual([]);
      // Each query is entered at once (fill): typed key by key on a busy machine, a pause
      // over the 200 ms debounce searches a prefix too, and the figure depends on timing.
      const beforeFirst = resources.length;
      await page.keyboard.press('Control+k');
      await fieldOf(page).fill(first);
      await dialogOf(page)
        .getByRole('status')
        .filter({ hasText: `voor "${first}"` })
        .waitFor();
      await settle(resources);
      const firstFiles = resources.slice(beforeFirst);
      const beforeLater = resources.length;
      await fieldOf(page).fill(later);
      await dialogOf(page)
        .getByRole('status')
        .filter({ hasText: `voor "${later}"` })
        .waitFor();
      await settle(resources);
      const laterFiles = resources.slice(beforeLater);
      console.log(
        `[search] "${first}" ${transferBytes(firstFiles)} B (${list(firstFiles)}); ` +
          `then "${later}" ${transferBytes(laterFiles)} B (${list(laterFiles)})`,
      );
      expect(visited.consoleErrors).toEqual([]);
      expect(visited.foreignRequests).toEqual([]);
      return { firstFiles, laterFiles };
    } finally {
      await visited.close();
    }
  }

  it(`first search ("${FIRST}") ≤ ${budgets.firstSearch / KB} KB; a later query ("${LATER}") ≤ ${budgets.laterSearch / KB} KB`, async () => {
    const { firstFiles, laterFiles } = await measure(FIRST, LATER);
    // Pagefind's Wasm and index are fetched: make sure we saw them.
    expect(firstFiles.some((resource) => resource.url.endsWith('.pagefind'))).toBe(true);
    expect(firstFiles.some(isChunk)).toBe(true);
    if (indexChunks > 1) {
      // The later query must load a chunk of its own, or it measures only fragments.
      const loaded = new Set(firstFiles.filter(isChunk).map((resource) => resource.url));
      expect(
        laterFiles.filter(isChunk).some((resource) => !loaded.has(resource.url)),
        `"${LATER}" lies in an index chunk that "${FIRST}" loaded: pick a later query in another chunk`,
      ).toBe(true);
    }
    expect(overBudget('/basis/ (first search)', 'firstSearch', transferBytes(firstFiles))).toBeNull();
    expect(overBudget('/basis/ (later query)', 'laterSearch', transferBytes(laterFiles))).toBeNull();
  });

  it(`the other way round ("${LATER}", then "${FIRST}"): a later query that needs a full index chunk ≤ ${budgets.laterSearchFullChunk / KB} KB`, async () => {
    const { firstFiles, laterFiles } = await measure(LATER, FIRST);
    expect(overBudget('/basis/ (first search)', 'firstSearch', transferBytes(firstFiles))).toBeNull();
    expect(
      overBudget('/basis/ (later query, full chunk)', 'laterSearchFullChunk', transferBytes(laterFiles)),
    ).toBeNull();
  });
});

describe('the search page /zoeken/', () => {
  it('runs the search of ?q= at once, and keeps ?q= in step with the field', async () => {
    const { page, close, consoleErrors } = await visit(browser, `${baseURL}zoeken/?q=kostendeling`);
    try {
      await resultLinks(page).first().waitFor();
      const field = page.getByRole('searchbox', { name: 'Zoek in de gids' });
      expect(await field.inputValue()).toBe('kostendeling');
      expect(new URL((await resultLinks(page).first().getAttribute('href')) ?? '', baseURL).pathname).toBe('/basis/');
      await expectNoAxeViolations(page, '/zoeken/?q=kostendeling');
      await field.fill('retributie');
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('retributie');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a ?q= with markup is searched as text, never rendered', async () => {
    const { page, close, consoleErrors } = await visit(
      browser,
      `${baseURL}zoeken/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    try {
      const status = page.getByRole('status');
      await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain('voor "<img src=x onerror=alert(1)>"');
      expect(await page.getByRole('main').getByRole('img').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the field has a border of at least 3:1 against the page', async () => {
    const { page, close } = await visit(browser, `${baseURL}zoeken/`);
    try {
      const field = page.getByRole('searchbox', { name: 'Zoek in de gids' });
      const [border, background] = await field.evaluate((node) => {
        const style = getComputedStyle(node);
        return [style.borderTopColor, getComputedStyle(document.body).backgroundColor];
      });
      expect(contrast(border, background)).toBeGreaterThanOrEqual(3);
    } finally {
      await close();
    }
  });

  it('without JavaScript says search needs it and links to the glossary and the FAQ, with spaces intact', async () => {
    const { page, close } = await visit(browser, `${baseURL}zoeken/`, { javaScriptEnabled: false });
    try {
      const main = page.getByRole('main');
      // Soft hyphens from the hyphenation step are invisible and copy-proof; spaces must be real.
      const text = (await main.innerText()).replace(/\u00AD/g, '');
      expect(text).toContain('Zoeken werkt alleen met JavaScript');
      expect(text).toContain('in de begrippenlijst');
      expect(text).toContain('bij de veelgestelde vragen');
      const links = await main
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(expect.arrayContaining(['/begrippen/', '/veelgestelde-vragen/']));
      // The header trigger stays a plain link to this page.
      expect(await page.getByRole('link', { name: 'Zoeken' }).getAttribute('href')).toBe('/zoeken/');
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
      await resultLinks(page).first().waitFor();
      const hrefs = await resultsOf(page)
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(new URL(href).pathname.startsWith('/uitpas-regio/')).toBe(true);
      await Promise.all([page.waitForURL(hrefs[0]), resultLinks(page).first().click()]);
      expect(await page.getByRole('main').getByRole('heading', { level: 1 }).count()).toBe(1);
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
      const href = await resultLinks(dialogOf(page))
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).pathname).toBe('/uitpas-regio/basis/');
      expect(resources.filter((r) => r.status >= 400)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

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
