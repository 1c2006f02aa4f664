// /regio/ "Jullie regio in kaart" in real Chromium on the built site: held-out sets through the
// URL against the committed data (docs/contracts/regio.md attributes), the picker by keyboard alone, the
// map, bad links, the page without JavaScript, print and the byte budget.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import municipalities from '../../src/data/regio/municipalities.json';
import referenceRegions from '../../src/data/regio/referenceRegions.json';
import { budgets, KB, overBudget } from '../budgets';
import { expectNoAxeViolations } from '../support/axe';
import { withoutSoftHyphens } from '../../src/lib/cleanCopy';
import { isFocused, tabTo } from '../support/keyboard';
import type { PageVisit, VisitOptions } from '../support/pageChecks';
import { browserSession } from '../support/session';
import { regionMapMarkup } from '../support/site';
import { expectedRegionFacts, markedOnMap, regionFactsOf } from '../support/regio';

/** The region attributes of docs/contracts/regio.md on /regio/. */
const facts = (page: Page) => regionFactsOf(page.locator('[data-gemeenten]'));

const baseURL = inject('baseURL');
const basePathURL = inject('basePathURL');
const basePath = inject('basePath');

const session = browserSession();
const searchField = (page: Page) => page.getByRole('combobox', { name: 'Zoek een gemeente' });
const chosen = (page: Page) => page.getByRole('region', { name: /^Gekozen gemeenten/ }).getByRole('listitem');
const regionFacts = (page: Page) => page.getByRole('region', { name: 'Wat dit betekent' });
/** The notice about codes in the link that could not be used. */
const linkProblems = (page: Page) =>
  page.getByRole('region', { name: 'Een deel van de link kunnen we niet gebruiken' });

async function open(search = '', options: VisitOptions & { root?: string } = {}): Promise<PageVisit> {
  const visited = await session.visit(`${options.root ?? baseURL}regio/${search}`, options);
  if (options.javaScriptEnabled !== false) await searchField(visited.page).waitFor();
  return visited;
}

describe('held-out sets through the URL', () => {
  it('de Merode (Hulshout, Westerlo, Scherpenheuvel-Zichem, Tessenderlo-Ham) spans three reference regions', async () => {
    const set = ['13016', '13049', '24134', '71071'];
    const { page } = await open(`?gemeenten=${set.join(',')}`);
    expect(await facts(page)).toEqual(expectedRegionFacts(set));
    expect(await facts(page)).toMatchObject({
      status: 'meerdere',
      codes: 'REFREG03 REFREG05 REFREG15',
      inwoners: '91739',
    });
    expect(await markedOnMap(page)).toEqual([...set].sort());
    const text = await regionFacts(page).innerText();
    expect(text).toContain('1 januari 2031');
    expect(text).toMatch(/Kempen.*Oost-Brabant.*Limburg/s);
    expect(await page.locator('[data-cultuurdecreet]').getAttribute('data-cultuurdecreet')).toBe('nee');
    // A region that cannot get the Flemish subsidy sees no subsidy amount (issue 20).
    expect(await page.locator('[data-vlaamse-subsidie]').getAttribute('data-vlaamse-subsidie')).toBe('nee');
    expect(await page.locator('[data-vlaamse-subsidie]').innerText()).not.toContain('€');
    // The map names the three reference regions, and only those.
    const labels = await page.locator('[data-region-map] text[data-active]').allTextContents();
    expect(labels.sort()).toEqual(['Kempen', 'Limburg', 'Oost-Brabant']);
    await expectNoAxeViolations(page, 'de Merode');
  });

  it('one municipality reads in the singular: "1 gemeente met … inwoners", "ze ligt in de referentieregio …"', async () => {
    const { page } = await open('?gemeenten=43005');
    const line = withoutSoftHyphens(await page.locator('.regio-facts__summary').innerText());
    expect(line).toMatch(
      /^1 gemeente met [\d.]+ inwoners \(Statbel, 1 januari 2026\)\. Ze ligt in de referentieregio \S/,
    );
    expect(line).not.toContain('samen');
    expect(line).not.toContain('allemaal');
  });

  it('a set within one region, given in any order and as repeated parameters, with a duplicate', async () => {
    const set = ['13040', '13031', '13004', '13046'];
    const { page } = await open('?gemeenten=13046&gemeenten=13004,13040&gemeenten=13031,13040');
    expect(await facts(page)).toEqual(expectedRegionFacts(set));
    expect((await facts(page)).status).toBe('een');
    expect(await chosen(page).count()).toBe(4);
    expect(await page.locator('[data-cultuurdecreet]').getAttribute('data-cultuurdecreet')).toBe('ja');
    // Per-inhabitant examples worked out for 94,414 inhabitants: Druivenstreek's € 1 per inhabitant.
    const druivenstreek = await page.locator('[data-voorbeeld="druivenstreek"]').innerText();
    expect(druivenstreek).toContain('€ 94.414');
    expect(druivenstreek).toContain('2020');
    expect(await page.locator('[data-voorbeeld="druivenstreek"] a[href^="https://"]').count()).toBe(1);
    expect(druivenstreek).toContain('niet alleen voor UiTPAS');
    // The Flemish subsidy stands apart, as a possibility, for a region that reaches the threshold.
    const subsidy = page.locator('[data-vlaamse-subsidie]');
    expect(await subsidy.getAttribute('data-vlaamse-subsidie')).toBe('mogelijk');
    expect(await subsidy.innerText()).toMatch(/tot € 100\.000 per jaar .*als Vlaanderen het erkent/);
    expect(await regionFacts(page).innerText()).toMatch(/Wat kan Vlaanderen bijdragen\?[\s\S]*geen toezegging/);
    // On to the keuzehulp and the region overview with these municipalities.
    expect(await page.getByRole('link', { name: /Start de keuzehulp voor deze gemeenten/ }).getAttribute('href')).toBe(
      '/keuzehulp/?gemeenten=13004,13031,13040,13046',
    );
    expect(await page.getByRole('link', { name: /Maak een regio-overzicht/ }).getAttribute('href')).toBe(
      '/keuzehulp/samen/?g=13004~------------&g=13031~------------&g=13040~------------&g=13046~------------',
    );
  });

  it('pre-merger codes are explained, not silently accepted, and lead to the municipality of today', async () => {
    const { page } = await open('?gemeenten=46013,11056,73006,73032');
    expect(await facts(page)).toEqual(expectedRegionFacts(['46030', '73110']));
    const problems = linkProblems(page);
    await expect.poll(() => problems.getByRole('listitem').count()).toBe(4);
    const text = await problems.innerText();
    expect(text).toContain('46013 is de code van Kruibeke van vóór de fusies van 1 januari 2025');
    expect(text).toContain('Beveren-Kruibeke-Zwijndrecht (46030)');
    expect(text).toContain('11056 is de code van Zwijndrecht');
    expect(text).toContain('Bilzen-Hoeselt (73110)');
  });

  it('unknown, malformed and Brussels codes are named and left out; the valid ones stay', async () => {
    const { page } = await open('?gemeenten=11001,99999,abc,21004');
    expect(await facts(page)).toEqual(expectedRegionFacts(['11001']));
    const text = await linkProblems(page).innerText();
    expect(text).toContain('2 waarden bij de gemeenten zijn geen NIS-code van een Vlaamse gemeente: „99999” en „abc”');
    expect(text).toContain('„21004” is een Brusselse gemeente');
  });

  it('summarises 2,000 invalid codes in one sentence with the exact count, so the picker stays in view', async () => {
    const invalid = Array.from({ length: 2000 }, (_, i) => String(90000 + i)).join(',');
    const { page } = await open(`?gemeenten=${invalid},13016`);
    expect(await facts(page)).toEqual(expectedRegionFacts(['13016']));
    const text = await linkProblems(page).innerText();
    expect(text).toContain('2000 waarden bij de gemeenten zijn geen NIS-code van een Vlaamse gemeente');
    expect(text).toContain('en 1992 andere');
    expect(await linkProblems(page).getByRole('listitem').count()).toBe(1);
    expect(await searchField(page).evaluate((field) => field.getBoundingClientRect().top)).toBeLessThan(2000);
  });

  it('a right-to-left override in the link does not reverse the notice', async () => {
    const { page } = await open('?gemeenten=%E2%80%AE99999,13049');
    expect(await linkProblems(page).innerText()).toContain('„99999” is geen NIS-code');
  });

  it('without a valid code there is no result element, and hostile input stays text', async () => {
    const { page, consoleErrors } = await open(`?gemeenten=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await linkProblems(page).waitFor();
    expect(await page.locator('[data-gemeenten]').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await linkProblems(page).innerText()).toContain('„<img”');
    expect(await markedOnMap(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the picker, by keyboard alone', () => {
  it('types "Krui", chooses Kruibeke, sees Beveren-Kruibeke-Zwijndrecht chosen and marked, removes it', async () => {
    const { page } = await open();
    const combobox = searchField(page);
    await tabTo(page, combobox);
    await page.keyboard.type('Krui');
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    expect(await combobox.getAttribute('aria-expanded')).toBe('true');
    const wanted = page.getByRole('option', { name: 'Kruibeke, nu Beveren-Kruibeke-Zwijndrecht' });
    await wanted.waitFor();
    await expectNoAxeViolations(page, 'suggestions open');
    // Arrow down until the wanted option is the active descendant, then Enter.
    const wantedId = await wanted.getAttribute('id');
    for (let i = 0; i < 10 && (await combobox.getAttribute('aria-activedescendant')) !== wantedId; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await combobox.getAttribute('aria-activedescendant')).toBe(wantedId);
    expect(await wanted.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await expect.poll(() => chosen(page).count()).toBe(1);
    expect(await chosen(page).first().innerText()).toContain('Beveren-Kruibeke-Zwijndrecht');
    expect(await page.getByRole('status').first().innerText()).toContain('Kruibeke, nu Beveren-Kruibeke-Zwijndrecht');
    expect(await markedOnMap(page)).toEqual(['46030']);
    expect(new URL(page.url()).searchParams.get('gemeenten')).toBe('46030');
    expect(await facts(page)).toEqual(expectedRegionFacts(['46030']));
    expect(await combobox.getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations(page, 'one municipality chosen');

    // Choosing it again (by today's name) changes nothing.
    await page.keyboard.type('Beveren-Kruibeke');
    await page.getByRole('option', { name: 'Beveren-Kruibeke-Zwijndrecht' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('staat al in de lijst');
    expect(await chosen(page).count()).toBe(1);

    // Remove it with the keyboard.
    await tabTo(page, page.getByRole('button', { name: 'Verwijder Beveren-Kruibeke-Zwijndrecht' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => chosen(page).count()).toBe(0);
    expect(await markedOnMap(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.has('gemeenten')).toBe(false);
    expect(await page.locator('[data-gemeenten]').count()).toBe(0);
    expect(await isFocused(combobox)).toBe(true);
  });

  it('finds deelgemeenten, says so when nothing matches, and closes with Escape', async () => {
    const { page } = await open();
    const combobox = searchField(page);
    await combobox.focus();
    await page.keyboard.type('Bazel');
    await page.getByRole('option', { name: 'Bazel, deel van Beveren-Kruibeke-Zwijndrecht' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await combobox.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await combobox.inputValue()).toBe('');
    await page.keyboard.type('Xyzzyville');
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Geen gemeente gevonden voor „Xyzzyville”');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
  });

  it('clicking a municipality on the map adds it, clicking again removes it', async () => {
    const { page } = await open();
    const turnhout = page.locator('[data-region-map] path[data-nis="13040"]');
    await turnhout.click();
    await expect.poll(() => chosen(page).count()).toBe(1);
    expect(await chosen(page).innerText()).toContain('Turnhout');
    expect(await turnhout.getAttribute('data-selected')).toBe('');
    await turnhout.click();
    await expect.poll(() => chosen(page).count()).toBe(0);
  });

  it.each([
    { width: 320, height: 640 },
    { width: 1280, height: 900 },
  ])(
    'the map does not move while it is used: a second click lands where the reader aimed ($width px)',
    async (size) => {
      const { page } = await open('', size);
      const map = page.locator('svg[data-region-map]');
      await map.scrollIntoViewIfNeeded();
      /** A point on the screen inside the municipality's shape (not just its box). */
      const pointIn = (nis: string) =>
        page.locator(`[data-region-map] path[data-nis="${nis}"]`).evaluate((path) => {
          const shape = path as SVGPathElement;
          const svg = shape.ownerSVGElement!;
          const box = shape.getBBox();
          const toScreen = svg.getScreenCTM()!;
          for (let step = 1; step < 10; step++) {
            for (let across = 1; across < 10; across++) {
              const point = new DOMPoint(box.x + (box.width * across) / 10, box.y + (box.height * step) / 10);
              if (shape.isPointInFill(point)) {
                const screen = point.matrixTransform(toScreen);
                return { x: screen.x, y: screen.y };
              }
            }
          }
          throw new Error('no point inside');
        });
      const before = (await map.boundingBox())!;
      // Aim at Eeklo and at Kaprijke where the reader sees them before the first click.
      const [eeklo, kaprijke] = [await pointIn('43005'), await pointIn('43007')];
      await page.mouse.click(eeklo.x, eeklo.y);
      await expect.poll(() => chosen(page).count()).toBe(1);
      expect((await map.boundingBox())!.y).toBe(before.y);
      await page.mouse.click(kaprijke.x, kaprijke.y);
      await expect.poll(() => chosen(page).count()).toBe(2);
      expect((await map.boundingBox())!.y).toBe(before.y);
      expect(await chosen(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-nis')))).toEqual([
        '43005',
        '43007',
      ]);
    },
  );

  it('names every municipality when pointed at (SVG title); the page says the list is the keyboard way', async () => {
    const { page } = await open();
    // The names are added by the island (mapNames.ts): wait until the last shape has one.
    await page.locator('[data-region-map] path[data-nis] title').nth(284).waitFor({ state: 'attached' });
    const titles = await page
      .locator('[data-region-map] path[data-nis]')
      .evaluateAll((paths) =>
        paths.map((path) => [path.getAttribute('data-nis'), path.querySelector('title')?.textContent]),
      );
    expect(titles).toHaveLength(285);
    const names = new Map(municipalities.map((m) => [m.nis, m.name]));
    for (const [nis, title] of titles) expect(title, nis!).toBe(names.get(nis!));
    await expect
      .poll(async () => withoutSoftHyphens(await page.locator('.regio-layout').innerText()))
      .toContain('Met het toetsenbord kies je gemeenten in het zoekveld');
  });

  it('dark mode: the map, its labels and the suggestions take the theme colours', async () => {
    const { page } = await open(`?gemeenten=43005`);
    await page.emulateMedia({ colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        page: style('body').backgroundColor,
        text: style('body').color,
        map: style('svg[data-region-map]').backgroundColor,
        labelHalo: style('[data-region-map] text[data-active]').stroke,
        labelText: style('[data-region-map] text[data-active]').fill,
      };
    });
    expect(colours.map).toBe(colours.page);
    expect(colours.labelHalo).toBe(colours.page);
    expect(colours.labelText).toBe(colours.text);
    await searchField(page).fill('aa');
    const list = page.getByRole('listbox');
    await list.waitFor();
    expect(await list.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(colours.page);
  });

  it('works under a base path: links onward keep the base', async () => {
    const { page } = await open('?gemeenten=13040', { root: basePathURL });
    await page.locator('[data-gemeenten]').waitFor();
    const onward = [/Start de keuzehulp voor deze gemeenten/, /Maak een regio-overzicht/];
    const hrefs = await Promise.all(onward.map((name) => page.getByRole('link', { name }).getAttribute('href')));
    for (const href of hrefs) expect(href!.startsWith(basePath)).toBe(true);
    // The deelgemeente names load from under the base too.
    await searchField(page).focus();
    await page.keyboard.type('Bazel');
    await page.getByRole('option', { name: /^Bazel/ }).waitFor();
  });
});

describe('without JavaScript', () => {
  it('shows the map and, in words, every reference region with its municipalities', async () => {
    const { page } = await open('?gemeenten=13040', { javaScriptEnabled: false });
    const map = page.locator('svg[data-region-map]');
    expect(await map.isVisible()).toBe(true);
    expect(await map.locator('path[data-nis]').count()).toBe(285);
    expect((await map.boundingBox())!.height).toBeGreaterThan(100);
    const regions = page.locator('details.region-list__region');
    expect(await regions.count()).toBe(15);
    for (const region of referenceRegions) {
      const details = page.locator(`details[data-refreg="${region.code}"]`);
      expect(withoutSoftHyphens(await details.locator('summary').innerText())).toContain(region.name);
      const listed = await details
        .locator('li')
        .evaluateAll((items) => items.map((item) => item.textContent!.replace(/\u00ad/g, '')).sort());
      expect(listed).toEqual(
        municipalities
          .filter((m) => m.region === region.code)
          .map((m) => m.name)
          .sort(),
      );
    }
    const notice = page.locator('noscript .box');
    expect(await notice.textContent()).toContain('werkt alleen met JavaScript');
    expect(await page.locator('[data-gemeenten]').count()).toBe(0);
    expect(await searchField(page).count()).toBe(0);
  });
});

describe('print and budget', () => {
  it('prints the chosen municipalities, the map and the facts, without the search field', async () => {
    const { page } = await open('?gemeenten=13016,13049,24134,71071');
    await page.locator('[data-gemeenten]').waitFor();
    // Found on screen first, so that "hidden in print" cannot pass because a name changed.
    const removeButtons = page.getByRole('button', { name: /^Verwijder / });
    expect(await searchField(page).count()).toBe(1);
    expect(await removeButtons.count()).toBe(4);
    await page.emulateMedia({ media: 'print' });
    expect(await searchField(page).isVisible()).toBe(false);
    expect(await removeButtons.first().isVisible()).toBe(false);
    expect(await chosen(page).first().isVisible()).toBe(true);
    expect(await page.locator('[data-region-map]').isVisible()).toBe(true);
    expect(await regionFacts(page).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  it(`a first visit transfers at most ${budgets.regioFirstVisit / KB} KB gzip in all, the map included`, async () => {
    const visited = await open();
    await visited.page.waitForLoadState('networkidle');
    const total = visited.resources.reduce((sum, resource) => sum + resource.gzipBytes, 0);
    console.log(
      `[regio] first visit: ${total} B gzip (${(total / KB).toFixed(1)} KB) in ${visited.resources.length} files`,
    );
    expect(overBudget('/regio/', 'regioFirstVisit', total)).toBeNull();
  });

  it(`map, data and picker add at most ${budgets.regioExtra / KB} KB gzip to a first visit; content pages load none of it`, async () => {
    const content = await session.visit(`${baseURL}basis/`);
    await content.page.waitForLoadState('networkidle');
    // What every content page loads (the shell, search trigger, favicon) is not extra.
    const shared = new Set(content.resources.map((resource) => resource.url));
    const visited = await open();
    await visited.page.waitForLoadState('networkidle');
    const html = visited.resources.find((resource) => resource.type === 'document')!;
    const body = await (await fetch(html.url)).text();
    const map = gzipSync(regionMapMarkup(body), { level: 9 }).length;
    // Preact's runtime is the same on every page with an island: not the map, the data or the picker.
    const runtime = /\/(preact\.module|hooks\.module|client)\.[\w-]+\.js$/;
    const own = visited.resources.filter(
      (resource) => resource.type !== 'document' && !shared.has(resource.url) && !runtime.test(resource.url),
    );
    const js = own
      .filter((resource) => resource.type === 'script')
      .reduce((sum, resource) => sum + resource.gzipBytes, 0);
    const css = own
      .filter((resource) => resource.type === 'stylesheet')
      .reduce((sum, resource) => sum + resource.gzipBytes, 0);
    const other = own.filter(
      (resource) => !['script', 'stylesheet'].includes(resource.type) && !/favicon/.test(resource.url),
    );
    expect(other.map((resource) => resource.url)).toEqual([]);
    const total = map + js + css;
    // The deelgemeente names load only when the reader comes to the search field.
    await searchField(visited.page).focus();
    await visited.page.keyboard.type('Bazel');
    await visited.page.getByRole('option', { name: /^Bazel/ }).waitFor();
    const names = visited.resources.filter((resource) => /deelgemeenten/.test(resource.url));
    expect(names).toHaveLength(1);
    console.log(
      `[regio] first visit adds ${total} B gzip: map ${map}, JavaScript ${js} (Preact, islands, data), CSS ${css}; deelgemeenten on typing ${names[0].gzipBytes}\n` +
        own.map((resource) => `  ${resource.gzipBytes} ${resource.url.replace(/^.*\//, '')}`).join('\n'),
    );
    expect(map).toBeGreaterThan(5 * KB);
    expect(overBudget('/regio/', 'regioExtra', total)).toBeNull();
    expect(
      content.resources.filter((resource) => /RegioPicker|RegionFacts|deelgemeenten|preact/i.test(resource.url)),
    ).toEqual([]);
  });
});
