// The keuzehulp knows the region (docs/contracts/regio.md), in real Chromium on the built site:
// with `gemeenten` it does not ask the reference-region question and gives the same result as the
// explicit answer; the result shows the municipalities (data-* of regio.md, checked against the
// committed data here) on the map of /regio/; bad codes are named and the rest kept; the picker
// at the start works by keyboard alone; and the bytes stay within their budgets.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES } from '../../src/lib/keuzehulp/spec';
import { budgets, KB, overBudget } from '../budgets';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { answerWithKeyboard, keuzehulpReady, progress, radios, startWithKeyboard } from '../support/keuzehulp';
import type { LoadedResource, PageVisit } from '../support/pageChecks';
import { browserSession } from '../support/session';
import { expectedRegionFacts, markedOnMap, regionFactsOf } from '../support/regio';

/** The region attributes of docs/contracts/regio.md on the keuzehulp's result. */
const regionFacts = (page: Page, heading = 'Jullie gemeenten') =>
  regionFactsOf(page.getByRole('region', { name: heading, exact: true }));

const baseURL = inject('baseURL');

type Answers = Record<string, string>;
/** The questions still asked when the municipalities are known. */
const ASKED = QUESTION_IDS.filter((id) => id !== 'referentieregio');
const valuesOf = (id: (typeof ASKED)[number]): readonly string[] => QUESTION_VALUES[id];

/** Held-out answer sets: a fixed pseudo-random draw, weighted towards 'ja' so every scenario occurs. */
function heldOut(seed: number): Answers {
  let state = seed * 2654435761;
  const next = () => ((state = (state * 1103515245 + 12345) >>> 0) % 1000) / 1000;
  return Object.fromEntries(
    ASKED.map((id) => [
      id,
      next() < 0.6
        ? valuesOf(id).at(id === 'coordinator' || id === 'structuur' ? -1 : 0)!
        : valuesOf(id)[Math.floor(next() * 3)],
    ]),
  );
}
const query = (answers: Answers) => ASKED.map((id) => `${id}=${answers[id]}`).join('&');

// de Merode: Hulshout, Westerlo (Kempen), Scherpenheuvel-Zichem (Oost-Brabant), Tessenderlo-Ham (Limburg).
const DE_MERODE = ['13016', '13049', '24134', '71071'];
// Aartselaar, Antwerpen, Boechout, Boom: all in one reference region.
const ONE_REGION = ['11001', '11002', '11004', '11005'];

/** The referentieregio answer the data gives: ja for one reference region. */
const derivedAnswer = (nis: string[]) => (expectedRegionFacts(nis).status === 'een' ? 'ja' : 'nee');

const session = browserSession();

async function open(search: string): Promise<PageVisit> {
  const visited = await session.visit(`${baseURL}keuzehulp/${search}`);
  await keuzehulpReady(visited.page);
  return visited;
}
/** The notice about a link that was not (wholly) understood. */
/** The query of the result's link to share (printed under the result). */
const sharedLink = async (page: Page) => {
  const text = await page.locator('.kh-print-link').innerText();
  return new URL(text.slice(text.indexOf('http'))).searchParams;
};
const urlNotice = (page: Page) => page.getByRole('region', { name: 'Een deel van de link kunnen we niet gebruiken' });

async function resultOf(page: Page) {
  const result = page.locator('[data-recommended-scenario]');
  await result.waitFor();
  return {
    scenario: await result.getAttribute('data-recommended-scenario'),
    reach: await result.getAttribute('data-within-reach-scenario'),
    advice: await page.getByRole('region', { name: 'Aandachtspunten' }).getByRole('listitem').allInnerTexts(),
  };
}

describe('the keuzehulp with gemeenten in the link', () => {
  it.each([
    ['de Merode (three reference regions)', DE_MERODE],
    ['four municipalities in one reference region', ONE_REGION],
  ])(
    '%s: no reference-region question, the same result as the explicit answer, the facts of the data',
    async (_name, nis) => {
      const want = expectedRegionFacts(nis);
      const derived = derivedAnswer(nis);
      for (const seed of [3, 7, 11, 19, 23]) {
        const answers = heldOut(seed);
        // The link's own referentieregio says the opposite of the data: it must be ignored.
        const opposite = derived === 'ja' ? 'nee' : 'ja';
        const { page } = await open(
          `?${query(answers)}&referentieregio=${opposite}&gemeenten=${[...nis].reverse().join(',')}`,
        );
        const withRegion = await resultOf(page);
        expect(await regionFacts(page)).toEqual(want);
        expect(await markedOnMap(page)).toEqual([...nis].sort());
        expect(await radios(page, 'referentieregio').count()).toBe(0);
        // The link to share carries the valid codes and the derived answer, so it is complete on its
        // own; the address bar keeps the link as it was opened (nothing is written back).
        const link = await sharedLink(page);
        expect(new URL(page.url()).searchParams.get('referentieregio')).toBe(opposite);
        expect(link.get('referentieregio')).toBe(derived);
        expect(link.get('gemeenten')).toBe([...nis].sort().join(','));

        const byHand = await open(`?${query(answers)}&referentieregio=${derived}`);
        expect(await resultOf(byHand.page), `seed ${seed}`).toEqual(withRegion);
        expect(await byHand.page.locator('[data-gemeenten]').count()).toBe(0);
        await byHand.close();
        await page.context().close();
      }
    },
    120_000,
  );

  it('asks the other questions, counts eleven, and goes to the result without the reference-region question', async () => {
    const answers = heldOut(5);
    const tenAnswered = ASKED.slice(0, 10)
      .map((id) => `${id}=${answers[id]}`)
      .join('&');
    const { page } = await open(`?${tenAnswered}&gemeenten=13016,13049`);
    await expect.poll(() => progress(page)).toBe('Vraag 11 van 11');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Naar het resultaat' }).click();
    expect(await regionFacts(page)).toMatchObject({ gemeenten: '13016 13049', status: 'een' });
    const row = page.getByRole('definition').filter({ hasText: 'volgt uit jullie gemeenten' });
    expect(await row.count()).toBe(1);
  });

  it('names a bad code, explains a pre-2025 code, ignores a duplicate and keeps the valid ones', async () => {
    const { page } = await open(`?gemeenten=13016,99999&gemeenten=11056,13016,%3Cb%3Ex%3C%2Fb%3E&${query(heldOut(2))}`);
    const notice = urlNotice(page);
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain(
      '2 waarden bij de gemeenten zijn geen NIS-code van een Vlaamse gemeente: „99999” en „<b>x</b>”',
    );
    expect(text).toContain('11056 is de code van Zwijndrecht');
    expect(await notice.locator('b').count()).toBe(0);
    // Zwijndrecht (11056) is today Beveren-Kruibeke-Zwijndrecht (46030).
    expect(await regionFacts(page)).toEqual(expectedRegionFacts(['13016', '46030']));
    expect((await sharedLink(page)).get('gemeenten')).toBe('13016,46030');
  });

  it('keeps gemeenten and the way back to the region overview in every link', async () => {
    const overview = 'regio=Test&g=13016~------------&g=13049~------------';
    const { page } = await open(
      `?${query(heldOut(7))}&door=13016&gemeenten=13016&terug=${encodeURIComponent(overview)}`,
    );
    // One municipality answering for itself: named, not coded; no regional numbers or wording.
    await regionFacts(page, 'Jouw gemeente');
    expect(await page.getByText('Je vult de keuzehulp in voor Hulshout').count()).toBe(1);
    expect(await page.locator('.kh-verdict').innerText()).toContain('ingevuld door Hulshout');
    const result = await page.locator('.kh-result').innerText();
    expect(result).not.toMatch(/ontbreken|bij jullie regio/);
    const back = page.getByRole('link', { name: 'Terug naar het regio-overzicht' });
    const answer = new URLSearchParams(
      new URL((await back.getAttribute('href'))!, baseURL).searchParams.get('antwoord')!,
    );
    expect(answer.get('gemeenten')).toBe('13016');
    expect(answer.get('referentieregio')).toBe('ja');
    expect(new URL(page.url()).searchParams.get('terug')).toBe(overview);
    await back.click();
    const set = page.locator('[data-answer-set][data-label="13016"]');
    await set.waitFor();
    expect(await page.locator('[data-region-complete]').getAttribute('data-region-complete')).toBe('false');
    const toRegion = await open(`?gemeenten=13016`);
    const more = toRegion.page.getByRole('link', { name: 'Jullie regio in kaart' });
    expect(new URL((await more.getAttribute('href'))!, baseURL).pathname).toBe('/regio/');
  });
});

describe('choosing the municipalities at the start', () => {
  it('by keyboard alone: open the picker, type "Krui", choose, continue; axe with suggestions open and on the result', async () => {
    const { page } = await open('');
    const pickerButton = page.getByRole('button', { name: 'Gemeenten kiezen' });
    await tabTo(page, pickerButton);
    await page.keyboard.press('Enter');
    const combobox = page.getByRole('combobox', { name: 'Zoek een gemeente' });
    await expect.poll(() => combobox.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('Krui');
    const kruibeke = page.getByRole('option', { name: 'Kruibeke, nu Beveren-Kruibeke-Zwijndrecht' });
    await kruibeke.waitFor();
    await expectNoAxeViolations(page, 'keuzehulp start, suggestions open');
    for (let i = 0; i < 6 && (await kruibeke.getAttribute('aria-selected')) !== 'true'; i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('region', { name: /Gekozen gemeenten/ }).getByRole('listitem');
    await expect.poll(() => chosen.allInnerTexts()).toEqual([expect.stringContaining('Beveren-Kruibeke-Zwijndrecht')]);
    expect(new URL(page.url()).searchParams.get('gemeenten')).toBe('46030');

    await startWithKeyboard(page);
    expect(await progress(page)).toBe('Vraag 1 van 11');
    const answers = heldOut(3);
    for (const id of ASKED) await answerWithKeyboard(page, id, answers[id]);
    expect(await regionFacts(page)).toEqual(expectedRegionFacts(['46030']));
    expect(await markedOnMap(page)).toEqual(['46030']);
    await expectNoAxeViolations(page, 'keuzehulp result with a municipality');
  }, 60_000);

  it('is optional: the keuzehulp starts without it and then asks the reference-region question', async () => {
    const { page } = await open(`?${query(heldOut(1))}`);
    await expect.poll(() => progress(page)).toBe('Vraag 12 van 12');
    expect(await radios(page, 'referentieregio').count()).toBe(3);
  });
});

describe('bytes', () => {
  // On demand, and so not counted: the map's drawing data and a broken link's notice.
  const onDemand = /RegionMap|LinkProblems/;
  const counted = (resources: readonly LoadedResource[]) =>
    resources.filter((r) => r.type === 'script' && !onDemand.test(r.url)).reduce((sum, r) => sum + r.gzipBytes, 0);

  it(`at most ${budgets.keuzehulpJs / KB} KB gzip of JavaScript in any state: start, question, result, with and without municipalities`, async () => {
    const cases = [
      ['start', '', '.kh-region-choice button'],
      [
        'question',
        `?${ASKED.slice(0, 4)
          .map((id) => `${id}=ja`)
          .join('&')}`,
        '.kh-form',
      ],
      ['result', `?${query(heldOut(3))}&referentieregio=ja`, '[data-recommended-scenario]'],
      ['start with municipalities', `?gemeenten=${DE_MERODE.join(',')}`, '.chosen li'],
      ['result with municipalities', `?${query(heldOut(3))}&gemeenten=${DE_MERODE.join(',')}`, '[data-gemeenten]'],
    ] as const;
    for (const [name, search, ready] of cases) {
      const visited = await open(search);
      await visited.page.waitForSelector(ready);
      await visited.page.waitForLoadState('networkidle');
      const total = counted(visited.resources);
      console.log(`[keuzehulp] ${name}: ${total} B gzip JavaScript`);
      expect(overBudget(`/keuzehulp/${search}`, 'keuzehulpJs', total)).toBeNull();
      await visited.close();
    }
  });

  it('downloads none of /regio/’s cost examples (they belong to that page, not to the region model)', async () => {
    const visited = await open(`?${query(heldOut(3))}&gemeenten=${DE_MERODE.join(',')}`);
    await visited.page.waitForSelector('[data-gemeenten]');
    await visited.page.waitForLoadState('networkidle');
    const scripts = visited.resources.filter((resource) => resource.type === 'script');
    expect(scripts.length).toBeGreaterThan(3);
    for (const script of scripts) {
      const code = await (await fetch(script.url)).text();
      // The first cost example's region.
      expect(code.includes('Druivenstreek'), script.url).toBe(false);
    }
    await visited.close();
  });

  it('fetches nothing between questions: from the start to the result, no request after the first screen', async () => {
    const { page, resources } = await open('');
    await page.waitForLoadState('networkidle');
    const before = resources.length;
    await startWithKeyboard(page);
    const answers = heldOut(3);
    for (const id of QUESTION_IDS) await answerWithKeyboard(page, id, answers[id] ?? 'onbekend');
    await page.locator('[data-recommended-scenario]').waitFor();
    // The browser may ask for the tab's icon again as the title changes: no screen waits for it.
    const fetched = resources.slice(before).filter((resource) => !resource.url.endsWith('/favicon.svg'));
    expect(fetched.map((resource) => resource.url)).toEqual([]);
  });

  it('the map’s drawing data loads only with a result that has municipalities', async () => {
    const without = await open(`?${query(heldOut(3))}&referentieregio=ja`);
    await without.page.waitForLoadState('networkidle');
    expect(without.resources.filter((r) => /RegionMap/.test(r.url))).toEqual([]);
    const withRegion = await open(`?${query(heldOut(3))}&gemeenten=${DE_MERODE.join(',')}`);
    await regionFacts(withRegion.page);
    expect(await markedOnMap(withRegion.page)).toEqual([...DE_MERODE].sort());
    expect(withRegion.resources.filter((r) => /RegionMap/.test(r.url))).toHaveLength(1);
  });
});
