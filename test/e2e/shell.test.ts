// The shell every page shares: keyboard use, focus, print, privacy, base path, JS budget.
import { describe, expect, inject, it } from 'vitest';
import { budgets, overBudget } from '../budgets';
import { browserSession } from '../support/session';
import { gzipBytesOf, visit } from '../support/pageChecks';
import { isContentPage, sitemapPaths } from '../support/site';

const baseURL = inject('baseURL');
const basePathURL = inject('basePathURL');
const paths = sitemapPaths(inject('distDir'));
// The keuzehulp and the region page carry islands with budgets of their own (test/budgets.ts).
const contentPaths = paths.filter(isContentPage);

const session = browserSession();

describe('keyboard and focus', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const { page, close } = await visit(session.browser(), baseURL + 'basis/');
    try {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Ga naar de inhoud' });
      await expect
        .poll(() => skip.evaluate((element) => element === document.activeElement), { timeout: 5000 })
        .toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.height > 10).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    } finally {
      await close();
    }
  });

  it('every focused link shows a visible focus indicator', async () => {
    const { page, close } = await visit(session.browser(), baseURL + 'basis/');
    try {
      for (let step = 0; step < 6; step++) {
        await page.keyboard.press('Tab');
        const style = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const computed = getComputedStyle(element);
          return { outline: computed.outlineStyle, width: parseFloat(computed.outlineWidth), tag: element.tagName };
        });
        expect(style.outline, `focus outline on ${style.tag}`).not.toBe('none');
        expect(style.width).toBeGreaterThanOrEqual(2);
      }
    } finally {
      await close();
    }
  });
});

describe('print', () => {
  it('hides the navigation chrome and prints the URL of external links', async () => {
    const { page, close } = await visit(session.browser(), baseURL + 'basis/');
    try {
      const chrome = {
        header: page.getByRole('banner'),
        breadcrumbs: page.getByRole('navigation', { name: 'Kruimelpad' }),
        pagination: page.getByRole('navigation', { name: 'Vorige en volgende pagina' }),
        'skip link': page.getByRole('link', { name: 'Ga naar de inhoud' }),
      };
      // Each is on the page first, so that "hidden in print" cannot pass because a name changed.
      for (const [name, locator] of Object.entries(chrome)) expect(await locator.count(), name).toBe(1);
      await page.emulateMedia({ media: 'print' });
      for (const [name, locator] of Object.entries(chrome)) expect(await locator.isVisible(), name).toBe(false);
      await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      const external = page.locator('main a[href^="http"]').first();
      if (await external.count()) {
        const after = await external.evaluate((element) => getComputedStyle(element, '::after').content);
        expect(after).toContain('http');
      }
    } finally {
      await close();
    }
  });
});

describe('privacy', () => {
  it('sets no cookies and stores nothing in the browser', async () => {
    const { page, context, close } = await visit(session.browser(), baseURL);
    try {
      await page.goto(baseURL + 'basis/');
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    } finally {
      await close();
    }
  });
});

describe(`JavaScript before interaction (≤ ${budgets.jsBeforeInteraction} B gzip on content pages)`, () => {
  it.each(contentPaths)('/%s', async (path) => {
    const { resources, close } = await visit(session.browser(), baseURL + path);
    try {
      const js = gzipBytesOf(resources, 'script');
      expect(overBudget(`/${path}`, 'jsBeforeInteraction', js)).toBeNull();
      // Search costs nothing until it is opened.
      expect(resources.filter((resource) => resource.url.includes('/pagefind/'))).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('under the base path /uitpas-regio/', () => {
  it.each(paths)('/%s loads with every asset and internal link under the base', async (path) => {
    const visitResult = await visit(session.browser(), basePathURL + path);
    try {
      expect(visitResult.response?.status()).toBe(200);
      expect(visitResult.consoleErrors).toEqual([]);
      const failed = visitResult.resources.filter((resource) => resource.status >= 400).map((resource) => resource.url);
      expect(failed).toEqual([]);
      const basePath = new URL(basePathURL).pathname;
      const stray = await visitResult.page.evaluate((prefix) => {
        return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
          .map((anchor) => anchor.getAttribute('href') ?? '')
          .filter((href) => href.startsWith('/') && !href.startsWith(prefix));
      }, basePath);
      expect(stray).toEqual([]);
    } finally {
      await visitResult.close();
    }
  });
});
