// Reader experience (issue 13) in real Chromium against the built site: phones first, a
// compact header, Dutch hyphenation, wide tables and a table of contents that follows the
// reader on desktop, dark mode, and printouts without buttons or a footer-only page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withoutSoftHyphens } from '../../src/lib/cleanCopy';
import { budgets, overBudget } from '../budgets';
import { expectNoAxeViolations } from '../support/axe';
import { browserSession } from '../support/session';
import { longestPages, unhyphenatedBreaks } from '../support/lineBreaks';
import { pdfPages } from '../support/pdfText';
import { gzipBytesOf, visit } from '../support/pageChecks';
import { isContentPage, sitemapPaths } from '../support/site';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const sitemap = sitemapPaths(distDir);
// The keuzehulp page is an application, tested with its own rules.
const guidePages = sitemap.filter(isContentPage);
const everyPage = [...sitemap, 'zoeken/', '404/'];
const target = (sitePath: string) => (sitePath === '404/' ? `${baseURL}bestaat-niet/` : baseURL + sitePath);

const session = browserSession();

/** Page coordinates (document, not viewport) of the first element that matches, or null. */
const box = async (page: Page, selector: string) =>
  page.evaluate((css) => {
    const element = [...document.querySelectorAll(css)].find((candidate) => candidate.checkVisibility());
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, height: rect.height, width: rect.width };
  }, selector);

describe('phones first', () => {
  describe.each([
    { width: 320, height: 640 },
    { width: 375, height: 667 },
  ])('at $width x $height', ({ width, height }) => {
    it.each(guidePages)(
      '/%s: the lead and the main action come first, then "Op deze pagina", collapsed',
      async (sitePath) => {
        const { page, close } = await visit(session.browser(), baseURL + sitePath, { width, height });
        try {
          const lead = await box(page, 'main .lead');
          expect(lead, 'the page has a lead').not.toBeNull();
          // The lead starts on the first screen, with at least two lines of it visible.
          expect(lead!.top + 60, 'lead on the first screen').toBeLessThanOrEqual(height);
          // The main action: a call to action in the introduction (before the first section).
          const action = await page.evaluate(() => {
            const button = document.querySelector('main .prose .cta .button');
            const firstSection = document.querySelector('main .prose h2');
            if (
              !button ||
              (firstSection && firstSection.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING)
            )
              return null;
            return button.getBoundingClientRect().bottom + scrollY;
          });
          if (action !== null) expect(action, 'main action on the first screen').toBeLessThanOrEqual(height);
          // Long pages: the collapsed table of contents ("Inhoudstafel"; its summary says "Op deze pagina").
          const anyToc = page.getByRole('navigation', { name: /^(Inhoudstafel|Op deze pagina)$/, includeHidden: true });
          if ((await anyToc.count()) > 0) {
            const inlineToc = page.getByRole('navigation', { name: 'Inhoudstafel' });
            expect(await inlineToc.isVisible()).toBe(true);
            const toc = await box(page, 'main .toc');
            expect(toc, 'one table of contents shows').not.toBeNull();
            expect(toc!.top).toBeGreaterThan(lead!.bottom);
            if (action !== null) expect(toc!.top).toBeGreaterThan(action);
            expect(await inlineToc.locator('details').getAttribute('open')).toBeNull();
          }
        } finally {
          await close();
        }
      },
    );
  });

  it('the home page at 375 x 667 shows "Start de keuzehulp" on the first screen', async () => {
    const { page, close } = await visit(session.browser(), baseURL, { width: 375, height: 667 });
    try {
      const start = await page.getByRole('link', { name: 'Start de keuzehulp' }).first().boundingBox();
      expect(start!.y + start!.height).toBeLessThanOrEqual(667);
    } finally {
      await close();
    }
  });
});

describe('header and menu', () => {
  it('takes at most a quarter of a 320 x 640 screen, with one row', async () => {
    const { page, close } = await visit(session.browser(), baseURL + 'basis/', { width: 320, height: 640 });
    try {
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(640 * 0.25);
    } finally {
      await close();
    }
  });

  it('opens the menu by keyboard on a phone, without JavaScript too, and marks the current section', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, close } = await visit(session.browser(), baseURL + 'basis/', {
        width: 320,
        height: 640,
        javaScriptEnabled,
      });
      try {
        const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
        const home = menu.getByRole('link', { name: 'Home', exact: true });
        expect(await home.isVisible()).toBe(false);
        await menu.locator('summary', { hasText: 'Menu' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => home.isVisible()).toBe(true);
        await page.keyboard.press('Tab');
        expect(await home.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(await menu.getByRole('link', { name: 'Basisafspraken' }).getAttribute('aria-current')).toBe('page');
      } finally {
        await close();
      }
    }
  });

  it('shows every section in a row on a desktop, and calls the home page "Home", not "Start"', async () => {
    const { page, close } = await visit(session.browser(), baseURL, { width: 1280, height: 800 });
    try {
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await menu.getByText('Menu').isVisible()).toBe(false);
      const links = menu.getByRole('link');
      const tops = new Set<number>();
      for (const link of await links.all()) {
        expect(await link.isVisible()).toBe(true);
        tops.add(Math.round((await link.boundingBox())!.y));
      }
      expect(tops.size, 'one row').toBe(1);
      expect(await links.allTextContents()).not.toContain('Start');
      expect(await menu.getByRole('link', { name: 'Home', exact: true }).getAttribute('aria-current')).toBe('page');
    } finally {
      await close();
    }
  });

  it('stays usable at 400 % zoom (1280 px shown as 320 x 256)', async () => {
    const { page, close } = await visit(session.browser(), baseURL + 'veelgestelde-vragen/', {
      width: 320,
      height: 256,
    });
    try {
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(256 * 0.25);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByText('Menu').click();
      const last = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').last();
      await last.scrollIntoViewIfNeeded();
      expect(await last.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await close();
    }
  });
});

describe('Dutch hyphenation', () => {
  it('breaks no word without a hyphen at 320 px on the five longest pages', async () => {
    const { page, close } = await visit(session.browser(), baseURL, { width: 320, height: 640 });
    try {
      const longest = await longestPages(page, baseURL, guidePages, 5);
      expect(longest).toHaveLength(5);
      for (const sitePath of longest) {
        await page.goto(baseURL + sitePath);
        expect(await unhyphenatedBreaks(page), `/${sitePath}`).toEqual([]);
      }
    } finally {
      await close();
    }
  });

  it('keeps soft hyphens out of the search index and its excerpts', () => {
    const pagefind = path.join(distDir, 'pagefind');
    const files = ['fragment', 'index'].flatMap((folder) =>
      readdirSync(path.join(pagefind, folder)).map((file) => path.join(pagefind, folder, file)),
    );
    expect(files.length).toBeGreaterThan(0);
    const withSoftHyphens = files.filter((file) => gunzipSync(readFileSync(file)).toString('utf8').includes('\u00AD'));
    expect(withSoftHyphens).toEqual([]);
    // The pages themselves do have them.
    expect(readFileSync(path.join(distDir, 'basis', 'index.html'), 'utf8')).toContain('\u00AD');
  });

  it('copies text without soft hyphens', async () => {
    const context = await session.browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(baseURL + 'aan-de-slag/');
      const selected = await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('main p')].find((p) => p.textContent!.includes('\u00AD'))!;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return String(getSelection());
      });
      expect(selected).toContain('\u00AD');
      await page.keyboard.press('Control+C');
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return Promise.all(item.types.map(async (type) => (await item.getType(type)).text()));
      });
      expect(copied.length).toBeGreaterThan(0);
      for (const text of copied) expect(text).not.toContain('\u00AD');
      expect(copied[0]).toContain(withoutSoftHyphens(selected));
    } finally {
      await context.close();
    }
  });
});

describe('desktop', () => {
  it('lets the comparison table use the width of the page at 1280 px', async () => {
    const { page, close } = await visit(session.browser(), baseURL + 'vergelijking/', { width: 1280, height: 800 });
    try {
      const table = await page.getByRole('table').first().boundingBox();
      expect(table!.width).toBeGreaterThanOrEqual(1000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    } finally {
      await close();
    }
  });

  it('keeps the long table of contents within the window, scrolling, and marks the section being read', async () => {
    const { page, close } = await visit(session.browser(), baseURL + 'veelgestelde-vragen/', {
      width: 1280,
      height: 800,
    });
    try {
      const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
      const links = toc.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(10);
      const fits = () => toc.evaluate((element) => element.getBoundingClientRect().bottom <= innerHeight);
      expect(await fits()).toBe(true);
      expect(await toc.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
      // Read on to the 12th question.
      const twelfth = links.nth(11);
      const id = (await twelfth.getAttribute('href'))!.slice(1);
      await page.evaluate((heading) => {
        const element = document.getElementById(heading)!;
        scrollTo(0, element.getBoundingClientRect().top + scrollY - 100);
      }, id);
      await expect.poll(() => twelfth.getAttribute('aria-current')).toBe('true');
      expect(await toc.locator('[aria-current]').count()).toBe(1);
      expect(await fits()).toBe(true);
      // The marked link is in view inside the list.
      const inView = await twelfth.evaluate((link) => {
        const list = link.closest('nav')!.getBoundingClientRect();
        const box = link.getBoundingClientRect();
        return box.top >= list.top && box.bottom <= list.bottom;
      });
      expect(inView).toBe(true);
    } finally {
      await close();
    }
  });

  it.each(['404/', 'zoeken/'])(
    'keeps the footer at the bottom of the window on the short page /%s',
    async (sitePath) => {
      const { page, close } = await visit(session.browser(), target(sitePath), {
        width: 1280,
        height: 900,
        javaScriptEnabled: false,
      });
      try {
        const footer = await page.getByRole('contentinfo').boundingBox();
        expect(Math.round(footer!.y + footer!.height)).toBe(900);
      } finally {
        await close();
      }
    },
  );
});

describe('dark mode', () => {
  it.each(everyPage)('/%s follows the system setting with no axe violations; print stays light', async (sitePath) => {
    const { page, close } = await visit(session.browser(), target(sitePath), { width: 1280, height: 900 });
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background()).toBe('rgb(17, 26, 29)');
      await expectNoAxeViolations(page, `/${sitePath} (dark)`);
      if (sitePath === '' || sitePath === 'veelgestelde-vragen/') {
        // The phone layout: Menu button, open menu, collapsed table of contents.
        await page.setViewportSize({ width: 320, height: 640 });
        await page.locator('summary', { hasText: 'Menu' }).click();
        await expectNoAxeViolations(page, `/${sitePath} (dark, 320 px, menu open)`);
      }
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await background()).toBe('rgb(255, 255, 255)');
    } finally {
      await close();
    }
  });
});

describe('print', () => {
  it.each(sitemap)(
    '/%s prints without buttons or menus, and without a page holding only the footer',
    async (sitePath) => {
      const { page, close } = await visit(session.browser(), baseURL + sitePath);
      try {
        await page.emulateMedia({ media: 'print' });
        for (const role of ['button', 'navigation', 'search'] as const) {
          for (const element of await page.getByRole(role).all())
            expect(await element.isVisible(), `${role} in print`).toBe(false);
        }
        for (const link of await page.locator('main .button').all())
          expect(await link.isVisible(), 'button-like link in print').toBe(false);
        const pagesWithText = async () =>
          (await pdfPages(await page.pdf({ format: 'A4' }))).map((text) => text.trim().length > 0);
        const withFooter = await pagesWithText();
        expect(withFooter.every(Boolean), 'no blank page').toBe(true);
        // Hidden, the footer keeps its place: a page that then shows no text held only the footer.
        await page.getByRole('contentinfo').evaluate((footer) => (footer.style.visibility = 'hidden'));
        const withoutFooter = await pagesWithText();
        expect(withoutFooter, 'a page holds only the footer').toEqual(withFooter);
      } finally {
        await close();
      }
    },
  );
});

describe('JavaScript before interaction, inline scripts counted', () => {
  it.each(sitemap.filter(isContentPage))('/%s stays within the budget', async (sitePath) => {
    const { page, resources, close } = await visit(session.browser(), baseURL + sitePath);
    try {
      const html = await (await page.request.get(baseURL + sitePath)).text();
      const inline = [...html.matchAll(/<script type="module">[\s\S]*?<\/script>/g)].map((match) => match[0]);
      const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
      // What the inline scripts add to the gzipped page.
      const inlineBytes = gzip(html) - gzip(inline.reduce((rest, script) => rest.replace(script, ''), html));
      const total = gzipBytesOf(resources, 'script') + inlineBytes;
      expect(overBudget(`/${sitePath}`, 'jsBeforeInteraction', total)).toBeNull();
      expect(total).toBeLessThanOrEqual(budgets.jsBeforeInteraction);
    } finally {
      await close();
    }
  });
});
