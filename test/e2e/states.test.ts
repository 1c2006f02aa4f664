// axe (WCAG 2.2 AA, target-size included) on the states a reader reaches by using a page, not
// only on pages as they load (pages.test.ts): the keuzehulp's question, error and result, the
// region page with municipalities and open suggestions, the search dialog and the mobile menu.
// Each state in light and dark, at 320 and 1280 px. (The region overview has tests of its own.)
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { answersQuery, informal } from '../support/answers';
import { expectNoAxeViolations } from '../support/axe';
import { keuzehulpReady, startButton, submitButton } from '../support/keuzehulp';
import { browserSession } from '../support/session';

const baseURL = inject('baseURL');
const session = browserSession();

/** Meetjesland: Eeklo, Kaprijke, Maldegem, Sint-Laureins. */
const MEETJESLAND = ['43005', '43007', '43010', '43014'];

interface State {
  name: string;
  path: string;
  /** Brings the page into the state, after it loaded. */
  reach(page: Page): Promise<void>;
}

const states: State[] = [
  {
    name: 'keuzehulp: first question',
    path: 'keuzehulp/',
    async reach(page) {
      await keuzehulpReady(page);
      await startButton(page).click();
      await page.getByText('Vraag 1 van').waitFor();
    },
  },
  {
    name: 'keuzehulp: error summary',
    path: 'keuzehulp/',
    async reach(page) {
      await keuzehulpReady(page);
      await startButton(page).click();
      await submitButton(page).click();
      await page.getByText('Er is een probleem').waitFor();
    },
  },
  {
    name: 'keuzehulp: result with municipalities and map',
    path: `keuzehulp/${answersQuery(informal, `&regio=Meetjesland&gemeenten=${MEETJESLAND.join(',')}`)}`,
    async reach(page) {
      await page.locator('[data-recommended-scenario]').waitFor();
      await page.locator('[data-region-map]').waitFor();
    },
  },
  {
    name: 'regio: municipalities chosen',
    path: `regio/?gemeenten=${MEETJESLAND.join(',')}`,
    async reach(page) {
      await page.getByRole('region', { name: 'Wat dit betekent' }).waitFor();
    },
  },
  {
    name: 'regio: suggestions open',
    path: 'regio/',
    async reach(page) {
      await page.getByRole('combobox', { name: 'Zoek een gemeente' }).fill('aa');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
    },
  },
  {
    name: 'regio: a link with an unknown code',
    path: 'regio/?gemeenten=99999,43005',
    async reach(page) {
      await page.getByRole('heading', { name: 'Een deel van de link kunnen we niet gebruiken' }).waitFor();
    },
  },
  {
    name: 'search dialog with results',
    path: 'basis/',
    async reach(page) {
      await page.keyboard.press('Control+k');
      await page.getByRole('searchbox', { name: 'Zoek in de gids' }).fill('kansentarief');
      await page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link').first().waitFor();
    },
  },
];

const widths = [
  { width: 320, height: 640 },
  { width: 1280, height: 900 },
];

describe.each(states)('$name', ({ path, reach }) => {
  it.each(widths)('no axe violations at $width px, light and dark', async ({ width, height }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await session.visit(baseURL + path, { width, height });
      await page.emulateMedia({ colorScheme });
      await reach(page);
      await expectNoAxeViolations(page, `${path} (${colorScheme}, ${width} px)`);
      await page.close();
    }
  });
});

describe('the mobile menu', () => {
  it('open at 320 px, light and dark: no axe violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await session.visit(baseURL, { width: 320, height: 640 });
      await page.emulateMedia({ colorScheme });
      await page.locator('summary', { hasText: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first().waitFor();
      await expectNoAxeViolations(page, `menu open (${colorScheme}, 320 px)`);
      await page.close();
    }
  });
});
