// The guide as readers see it: scenario pages and the comparison table show the data of
// content/samenwerking, the glossary and FAQ have their anchors, nothing overflows at 320 px.
import { withoutSoftHyphens } from '../../src/lib/cleanCopy';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
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

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(pathname: string, width = 1280): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(baseURL + pathname);
  expect(response?.status(), pathname).toBe(200);
  return { page, close: () => context.close() };
}

describe.each(scenarios)('scenario page $slug', (s) => {
  it('lists every agreement of the scenario from the data, marking what is new', async () => {
    const { page, close } = await open(s.path);
    try {
      const items = page.locator('ul.checklist li[data-agreement-id]');
      expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-agreement-id')))).toEqual(s.agreements);
      for (const id of s.agreements) {
        await expect.poll(() => page.locator(`li[data-agreement-id="${id}"] .checklist__title`).innerText().then(withoutSoftHyphens)).toBe(titleOf.get(id));
      }
      const previous = scenarios.find((other) => other.id === s.id - 1);
      const expectedNew = previous ? s.agreements.filter((id) => !previous.agreements.includes(id)) : [];
      const marked = await page
        .locator('ul.checklist li.checklist__item--new')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-agreement-id')));
      expect(marked).toEqual(expectedNew);
      // The summary box shows the scenario's summary from the data.
      const summary = (await page.locator('section.summary').innerText().then(withoutSoftHyphens)).replace(/\s+/g, ' ');
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
      const table = page.locator('table.compare');
      expect(await table.count()).toBe(1);
      expect((await table.locator('caption').innerText().then(withoutSoftHyphens)).length).toBeGreaterThan(10);
      expect(await table.locator('thead th[scope="col"]').count()).toBe(scenarios.length + 1);
      const rows = table.locator('tbody tr[data-agreement-id]');
      const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-agreement-id')));
      expect([...ids].sort()).toEqual(agreements.map((a) => a.id).sort());
      for (const a of agreements) {
        const row = table.locator(`tr[data-agreement-id="${a.id}"]`);
        expect(await row.locator('th[scope="row"]').innerText().then(withoutSoftHyphens)).toBe(a.title);
        const answers = await row.locator('td .visually-hidden').allTextContents().then((texts) => texts.map(withoutSoftHyphens));
        expect(answers).toEqual(scenarios.map((s) => (s.agreements.includes(a.id) ? 'ja' : 'nee')));
      }
      for (const feature of ['coordination', 'staffing', 'structure', 'rhythm'] as const) {
        const cells = await table.locator(`tr[data-feature="${feature}"] td`).allInnerTexts().then((texts) => texts.map(withoutSoftHyphens));
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
      const cells = page.locator('table.compare tbody td');
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
        .locator('main .prose h2[id]')
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
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const clipped = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (box.width === 0 || style.position === 'absolute') return false;
            return box.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible';
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      });
      expect(clipped).toEqual([]);
    } finally {
      await close();
    }
  });
});
