// The guide as readers see it: scenario pages and the comparison table show the data of
// content/samenwerking, the glossary and FAQ have their anchors, nothing overflows at 320 px.
import { withoutSoftHyphens } from '../../src/lib/cleanCopy';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from '../support/session';
import { readContent, readRawContent } from '../../src/lib/content/readFiles';

const { afspraken: agreements, begrippen: terms } = readRawContent();
const { scenarios } = readContent();
const titleOf = new Map(agreements.map((a) => [a.id, a.title]));

const baseURL = inject('baseURL');
const guidePaths = [
  '',
  'basis/',
  ...scenarios.map((s) => s.path),
  'vergelijking/',
  'aan-de-slag/',
  'achtergrond/',
  'begrippen/',
  'veelgestelde-vragen/',
  'over/',
];

const session = browserSession();

const comparisonTable = (page: Page) => page.getByRole('table', { name: /^De drie samenwerkingsvormen naast elkaar/ });

async function open(pathname: string, width = 1280): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await session.browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(baseURL + pathname);
  expect(response?.status(), pathname).toBe(200);
  return { page, close: () => context.close() };
}

describe.each(scenarios)('scenario page $slug', (s) => {
  it('lists every agreement of the scenario from the data, marking what is new', async () => {
    const { page, close } = await open(s.path);
    try {
      const items = page.getByRole('listitem').and(page.locator('[data-agreement-id]'));
      expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-agreement-id')))).toEqual(
        s.agreements,
      );
      for (const id of s.agreements) {
        // Each agreement's title is the first link of its item.
        const title = items
          .and(page.locator(`[data-agreement-id="${id}"]`))
          .getByRole('link')
          .first();
        await expect.poll(() => title.innerText().then(withoutSoftHyphens), { timeout: 5000 }).toBe(titleOf.get(id));
      }
      const expectedNew = s.id === 1 ? [] : s.adds;
      // What is new says so in words: "nieuw ten opzichte van <vorig scenario>".
      const marked = await items
        .filter({ has: page.getByText(/^nieuw ten opzichte van /) })
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-agreement-id')));
      expect(marked).toEqual(expectedNew);
      // The summary box shows the scenario's summary from the data.
      const summary = (
        await page
          .getByRole('region', { name: /^Samengevat:/ })
          .innerText()
          .then(withoutSoftHyphens)
      ).replace(/\s+/g, ' ');
      expect(summary).toContain(s.summary.replace(/\s+/g, ' ').trim());
      // Every scenario page leads on to the keuzehulp.
      expect(await page.locator('main a[href$="/keuzehulp/"]').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});

describe('comparison table (/vergelijking/)', () => {
  it('has a caption, column headers with scope and one row per agreement, marked as in the data', async () => {
    const { page, close } = await open('vergelijking/');
    try {
      const table = comparisonTable(page);
      expect(await table.count()).toBe(1);
      expect((await table.locator('caption').innerText().then(withoutSoftHyphens)).length).toBeGreaterThan(10);
      expect(await table.getByRole('columnheader').count()).toBe(scenarios.length + 1);
      const rows = table.getByRole('row').and(page.locator('[data-agreement-id]'));
      const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-agreement-id')));
      expect([...ids].sort()).toEqual(agreements.map((a) => a.id).sort());
      for (const a of agreements) {
        const row = rows.and(page.locator(`[data-agreement-id="${a.id}"]`));
        expect(await row.getByRole('rowheader').innerText().then(withoutSoftHyphens)).toBe(a.title);
        // Each cell shows ✓ or – (hidden from screen readers) and says "ja" or "nee".
        const answers = (await row.getByRole('cell').allTextContents()).map((text) => text.replace(/[✓–]/g, '').trim());
        expect(answers).toEqual(scenarios.map((s) => (s.agreements.includes(a.id) ? 'ja' : 'nee')));
      }
      for (const feature of ['coordination', 'staffing', 'structure', 'rhythm'] as const) {
        const cells = await table
          .locator(`[data-feature="${feature}"]`)
          .getByRole('cell')
          .allInnerTexts()
          .then((texts) => texts.map(withoutSoftHyphens));
        expect(cells.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
          scenarios.map((s) => s[feature].replace(/\s+/g, ' ').trim()),
        );
      }
    } finally {
      await close();
    }
  });

  it('keeps every scenario column readable at 320 px: each cell is labelled and inside the screen', async () => {
    const { page, close } = await open('vergelijking/', 320);
    try {
      const cells = comparisonTable(page).getByRole('cell');
      expect(await cells.count()).toBeGreaterThan(0);
      const outside = await cells.evaluateAll((els) =>
        els
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.left < 0 || box.right > document.documentElement.clientWidth + 0.5 || box.width < 100;
          })
          .map((el) => el.textContent ?? ''),
      );
      expect(outside.map(withoutSoftHyphens)).toEqual([]);
      const labels = await cells.evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content));
      for (const label of labels) expect(label).toMatch(/Minimale|Informele|Formele/);
    } finally {
      await close();
    }
  });
});

describe('glossary and questions', () => {
  it('shows every term as a heading with its own anchor', async () => {
    const { page, close } = await open('begrippen/');
    try {
      for (const t of terms) {
        const heading = page.locator(`[id="${t.id}"]`);
        expect(await heading.count(), t.id).toBe(1);
        expect(await heading.evaluate((el) => el.tagName), t.id).toMatch(/^H[23]$/);
      }
    } finally {
      await close();
    }
  });

  it('has at least 12 questions, each an h2 with a lowercase ASCII anchor', async () => {
    const { page, close } = await open('veelgestelde-vragen/');
    try {
      const ids = await page
        .getByRole('main')
        .getByRole('heading', { level: 2 })
        .evaluateAll((els) => els.filter((el) => el.textContent?.trim().endsWith('?')).map((el) => el.id));
      expect(ids.length).toBeGreaterThanOrEqual(12);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    } finally {
      await close();
    }
  });
});

describe.each(guidePaths)('page /%s at 320 px', (pathname) => {
  it('does not overflow horizontally, and no element sticks out of the screen', async () => {
    const { page, close } = await open(pathname, 320);
    try {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const clipped = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (box.width === 0 || style.position === 'absolute') return false;
            return box.right > width + 0.5 || (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible');
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      });
      expect(clipped).toEqual([]);
    } finally {
      await close();
    }
  });
});
