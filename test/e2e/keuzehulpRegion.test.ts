// The keuzehulp knows the region (issue 11, specs/regio.md): with `gemeenten` it does not ask the
// reference-region question, shows the municipalities with the data-* attributes, and gives the
// same recommendation as the same answers with the derived referentieregio.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { visit, type PageVisit } from '../support/pageChecks';

const baseURL = inject('baseURL');
const ORDER = ['aanbod', 'voordelen', 'kostendeling', 'doelgroep', 'trekkers', 'communicatie', 'groepsaankopen', 'doelgroepenwerking', 'coordinator', 'vrijetijdsvisie', 'structuur'];
const held: Record<string, string>[] = [
  { aanbod: 'ja', voordelen: 'ja', kostendeling: 'ja', doelgroep: 'ja', trekkers: 'ja', communicatie: 'ja', groepsaankopen: 'bespreken', doelgroepenwerking: 'ja', coordinator: 'deeltijds', vrijetijdsvisie: 'nee', structuur: 'informeel' },
  { aanbod: 'ja', voordelen: 'bespreken', kostendeling: 'ja', doelgroep: 'ja', trekkers: 'deels', communicatie: 'nee', groepsaankopen: 'ja', doelgroepenwerking: 'nee', coordinator: 'geen', vrijetijdsvisie: 'ja', structuur: 'geen' },
];
const query = (answers: Record<string, string>) => ORDER.map((id) => `${id}=${answers[id]}`).join('&');

let browser: Browser;
const opened: PageVisit[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const visited of opened) await visited.close().catch(() => {});
  await browser?.close();
});

async function result(search: string) {
  const visited = await visit(browser, baseURL + 'keuzehulp/?' + search);
  opened.push(visited);
  const { page } = visited;
  await page.waitForSelector('[data-recommended-scenario]');
  return page;
}

describe('the keuzehulp with gemeenten', () => {
  it.each([
    ['11001,11002,11004', 'een', 'ja'],
    ['11001,12002,99999', 'meerdere', 'nee'],
  ])('%s: no reference-region question, status %s, same advice as referentieregio=%s', async (gemeenten, status, derived) => {
    for (const answers of held) {
      // The URL's own referentieregio is ignored: give the opposite of what the data says.
      const page = await result(`${query(answers)}&referentieregio=${derived === 'ja' ? 'nee' : 'ja'}&gemeenten=${gemeenten}`);
      const facts = page.locator('[data-referentieregio-status]');
      expect(await facts.getAttribute('data-referentieregio-status')).toBe(status);
      expect(await facts.getAttribute('data-gemeenten')).toBe(gemeenten.split(',').filter((code) => code !== '99999').sort().join(' '));
      expect(Number(await facts.getAttribute('data-inwoners'))).toBeGreaterThan(0);
      if (gemeenten.includes('99999')) expect(await page.locator('.kh-region').innerText()).toContain('99999');
      const withRegion = page.locator('[data-recommended-scenario]');
      const scenario = await withRegion.getAttribute('data-recommended-scenario');
      const advice = await page.locator('.kh-advice li strong').allInnerTexts();
      const byHand = await result(`${query(answers)}&referentieregio=${derived}`);
      expect(await byHand.locator('[data-recommended-scenario]').getAttribute('data-recommended-scenario')).toBe(scenario);
      expect(await byHand.locator('.kh-advice li strong').allInnerTexts()).toEqual(advice);
    }
  }, 120_000);

  it('with every other question answered, the link opens the result without asking about the reference region', async () => {
    const page = await result(`${query(held[0])}&gemeenten=11001`);
    expect(await page.locator('input[name="referentieregio"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('gemeenten')).toBe('11001');
  });
});
