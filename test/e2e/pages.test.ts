// Every page of the sitemap, as a reader's browser sees it, on a phone and on a desktop.
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { linkProblems, pastePreventingFields } from '../support/bestPractices';
import { browserSession } from '../support/session';
import { visit } from '../support/pageChecks';
import { sitemapPaths } from '../support/site';

const baseURL = inject('baseURL');
// The sitemap, plus the pages deliberately left out of it: the search page and the 404.
const paths = [...sitemapPaths(inject('distDir')), 'zoeken/', '404/'].filter(
  (path, index, all) =>
    all.indexOf(path) === index && (path !== 'zoeken/' || existsSync(`${inject('distDir')}/zoeken/index.html`)),
);
const widths = [
  { name: 'phone (320 px)', width: 320, height: 640 },
  { name: 'desktop (1280 px)', width: 1280, height: 900 },
];

const session = browserSession();

it('the sitemap lists the pages of the guide', () => {
  expect(paths).toContain('');
  expect(paths.length).toBeGreaterThanOrEqual(3);
});

describe.each(paths)('page /%s', (path) => {
  it.each(widths)(
    'works on a $name: 200, one h1, title, description, clean console, no browser issues, no foreign requests, crawlable links, no axe violations (light and dark)',
    async ({ width, height }) => {
      const page404 = path === '404/';
      const target = page404 ? `${baseURL}deze-pagina-bestaat-niet/` : baseURL + path;
      const visitResult = await visit(session.browser(), target, { width, height });
      const { page, response } = visitResult;
      try {
        expect(response?.status()).toBe(page404 ? 404 : 200);
        expect(await page.locator('h1').count()).toBe(1);
        expect((await page.title()).length).toBeGreaterThan(5);
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description?.length ?? 0).toBeGreaterThan(30);
        expect(await page.locator('html').getAttribute('lang')).toBe('nl');
        // A 404 response for the missing page itself is expected; nothing else may fail.
        const consoleErrors = visitResult.consoleErrors.filter((text) => !(page404 && /404/.test(text)));
        expect(consoleErrors).toEqual([]);
        expect(visitResult.foreignRequests).toEqual([]);
        // What Lighthouse's best-practices and SEO audits checked (docs/decisions/0014-lean-install.md).
        expect(visitResult.browserIssues).toEqual([]);
        expect(visitResult.permissionRequests).toEqual([]);
        expect(await linkProblems(page)).toEqual([]);
        // No horizontal scrolling: 320 CSS px is also what 1280 px at 400 % zoom gives.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `${target} at ${width} px`);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectNoAxeViolations(page, `${target} at ${width} px, dark`);
        // Last, because a paste event reaches the page's own paste handling.
        expect(await pastePreventingFields(page)).toEqual([]);
      } finally {
        await visitResult.close();
      }
    },
  );
});
