// The regiodossier on the region overview (docs/decisions/0016-regiodossier.md), in real Chromium on
// the built site: held-out links give the spec's data-cost-total, data-cost-key, data-share-label
// and data-share (worked out here from the spec's rule, never through src/lib/dossier); costs and
// key typed by keyboard at 320 and 1280 px with axe; the .docx downloaded and read back; the
// export's code loads only on the click; the dossier prints.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { gzipBytesOf, type VisitOptions } from '../support/pageChecks';
import { browserSession } from '../support/session';

const baseURL = inject('baseURL');
const session = browserSession();

// ---- The spec's rule, on its own ------------------------------------------------------------
const data: { nis: string; name: string; inhabitants: number }[] = JSON.parse(
  readFileSync('src/data/regio/municipalities.json', 'utf8'),
);
const inhabitantsOf = (label: string) => data.find((municipality) => municipality.nis === label)?.inhabitants;

/** Shares of total T by the spec: floor of the exact share, the euros left to the largest remainders, ties to the first. */
function oracle(total: number, inhabitants: number[], equalPercent: number): number[] {
  const n = BigInt(inhabitants.length);
  const sum = inhabitants.reduce((a, b) => a + BigInt(b), 0n);
  const P = BigInt(equalPercent);
  // exact_i = T × (P/100 × 1/n + (1 − P/100) × I_i / I) = T × (P × I + (100 − P) × n × I_i) / (100 × n × I)
  const exact = inhabitants.map((count) => ({
    numerator: BigInt(total) * (P * sum + (100n - P) * n * BigInt(count)),
    denominator: 100n * n * sum,
  }));
  const shares = exact.map(({ numerator, denominator }) => numerator / denominator);
  let left = BigInt(total) - shares.reduce((a, b) => a + b, 0n);
  const order = exact
    .map(({ numerator, denominator }, index) => ({ remainder: numerator % denominator, index }))
    .sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const { index } of order) {
    if (left === 0n) break;
    shares[index]! += 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

const ALL_YES = 'jjjjjjjjvjfj';
const query = (sets: string[], extra: string[]) =>
  '?' + ['regio=Regio%20Test', ...sets.map((label) => `g=${encodeURIComponent(label)}~${ALL_YES}`), ...extra].join('&');

async function open(search: string, options: VisitOptions = {}) {
  const visited = await session.visit(baseURL + 'keuzehulp/samen/' + search, options);
  await visited.page.locator('[data-region-scenario]').waitFor();
  return visited;
}

async function readCosts(page: Page) {
  await page.locator('[data-cost-total]').waitFor();
  return page.evaluate(() => {
    const result = document.querySelector<HTMLElement>('[data-cost-total]')!;
    return {
      total: Number(result.dataset.costTotal),
      key: result.dataset.costKey!,
      shares: [...document.querySelectorAll<HTMLElement>('[data-share-label]')].map((row) => [
        row.dataset.shareLabel!,
        Number(row.dataset.share),
      ]),
    };
  });
}

const text = (page: Page) => page.locator('main').innerText();

describe('held-out links', () => {
  const three = ['11009', '11057', '13008'];
  const people = three.map((label) => inhabitantsOf(label)!);

  it.each([
    ['no key, every label a NIS code: by inhabitants', three, [], 'inwoners', 0],
    ['sleutel=inwoners', three, ['sleutel=inwoners'], 'inwoners', 0],
    ['sleutel=gelijk', three, ['sleutel=gelijk'], 'gelijk', 100],
    ['sleutel=mix-50', three, ['sleutel=mix-50'], 'mix-50', 50],
    ['sleutel=mix-30', three, ['sleutel=mix-30'], 'mix-30', 30],
    ['sleutel=mix-0', three, ['sleutel=mix-0'], 'mix-0', 0],
  ] as const)('%s', async (_, sets, extra, key, equalPercent) => {
    const lines = ['kost=Regiocoördinator%201%20VTE~65000', 'kost=Communicatie~5001', 'kost=Kaarten~1234'];
    const { page } = await open(query([...sets], [...lines, ...extra]));
    const read = await readCosts(page);
    expect(read.total).toBe(71_235);
    expect(read.key).toBe(key);
    const expected = oracle(71_235, people, equalPercent);
    expect(read.shares).toEqual(sets.map((label, i) => [label, expected[i]]));
    expect(expected.reduce((a, b) => a + b, 0)).toBe(71_235);
  });

  it('ties in equal shares go to the municipalities listed first', async () => {
    const { page } = await open(query(['13029', '11009', '44021'], ['kost=A~100', 'sleutel=gelijk']));
    expect(await readCosts(page)).toEqual({
      total: 100,
      key: 'gelijk',
      shares: [
        ['13029', 34],
        ['11009', 33],
        ['44021', 33],
      ],
    });
  });

  it('a free-text label: no key means equal shares, the label read back exactly, never as HTML', async () => {
    const label = 'Gemeente <b>X</b> & co';
    const { page } = await open(query(['11009', label], ['kost=Coördinatie~1001']));
    expect(await readCosts(page)).toEqual({
      total: 1001,
      key: 'gelijk',
      shares: [
        ['11009', 501],
        [label, 500],
      ],
    });
    expect(await page.locator('main b').filter({ hasText: 'X' }).count()).toBe(0);
  });

  it('a key that needs inhabitants names the municipalities without them and shows no shares', async () => {
    const { page } = await open(query(['11009', 'Gemeente X', 'Dorp Y'], ['kost=A~100', 'sleutel=mix-20']));
    const read = await readCosts(page);
    expect(read).toEqual({ total: 100, key: 'mix-20', shares: [] });
    expect(await text(page)).toContain('dat kennen we niet voor Gemeente X en Dorp Y.');
  });

  it('bad cost lines are named and left out, the range is given, an unknown key is named', async () => {
    const { page } = await open(
      query(
        ['11009', '11057'],
        ['kost=Goed~500', 'kost=Nul~0', 'kost=Zonder%20bedrag', 'kost=Komma~12,5', 'sleutel=half'],
      ),
    );
    const read = await readCosts(page);
    expect(read.total).toBe(500);
    expect(read.key).toBe('inwoners');
    expect(read.shares.map(([, share]) => share).reduce((a, b) => Number(a) + Number(b), 0)).toBe(500);
    const body = await text(page);
    expect(body).toContain(
      'Kostenpost 2 („Nul~0”) laten we weg: het bedrag moet tussen € 1 en € 10.000.000 per jaar liggen.',
    );
    expect(body).toContain('Kostenpost 3 („Zonder bedrag”) laten we weg');
    expect(body).toContain('Kostenpost 4 („Komma~12,5”) laten we weg');
    expect(body).toContain('De verdeelsleutel „half” kennen we niet.');
  });
});

describe.each([320, 1280])('at %i px', (width) => {
  it('fills in costs and a key by keyboard; the table, the link and axe agree', async () => {
    const { page, consoleErrors, foreignRequests } = await open(query(['11009', '11057'], []), { width });
    // The section's code loads when the coordinator opens it; the first field takes the focus.
    await tabTo(page, page.getByRole('button', { name: 'Kosten invullen' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kv-omschrijving-0');
    await page.keyboard.type('Regiocoördinator');
    await page.keyboard.press('Tab');
    await page.keyboard.type('65.000');
    await tabTo(page, page.getByRole('button', { name: 'Kostenpost toevoegen' }));
    await page.keyboard.press('Enter');
    // Focus moves to the new line's description.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kv-omschrijving-1');
    await page.keyboard.type('Communicatie');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12,50');
    expect(await text(page)).toContain('Vul het bedrag in als een geheel aantal euro.');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('001');
    // The key that applies is checked; Tab reaches it, arrow keys move within the group.
    await tabTo(page, page.getByLabel('Naar het aantal inwoners'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Deel in gelijke delen, in procent (0 tot 100)').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('40');

    const expected = oracle(77_001, [inhabitantsOf('11009')!, inhabitantsOf('11057')!], 40);
    await expect
      .poll(() => readCosts(page))
      .toEqual({
        total: 77_001,
        key: 'mix-40',
        shares: [
          ['11009', expected[0]],
          ['11057', expected[1]],
        ],
      });
    expect(await text(page)).toContain(
      '40 % van de kosten delen de gemeenten in gelijke delen, de andere 60 % betaalt elke gemeente naar haar aantal inwoners.',
    );
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('kost')).toEqual(['Regiocoördinator~65000', 'Communicatie~12001']);
    expect(params.get('sleutel')).toBe('mix-40');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page, `costs at ${width}`);

    // The same link opens the same split.
    const again = await open(new URL(page.url()).search, { width });
    expect(await readCosts(again.page)).toEqual(await readCosts(page));
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, 120_000);
});

describe('the regiodossier (.docx)', () => {
  it('loads the export only on the click, downloads a document that reads back whole', async () => {
    const search = query(
      ['11009', '11057', '13008'],
      ['kost=Regiocoördinator~65000', 'kost=Communicatie~5001', 'sleutel=mix-50'],
    );
    const { page, resources } = await open(search);
    await readCosts(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const firstVisit = gzipBytesOf(resources, 'script');
    const before = resources.length;
    expect(resources.some((resource) => /exportDossier|docx/i.test(resource.url))).toBe(false);

    await tabTo(page, page.getByRole('button', { name: 'Download het regiodossier (.docx)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^uitpas-regiodossier-regio-test-\d{4}-\d{2}-\d{2}\.docx$/);
    const path = await download.path();
    const buffer = readFileSync(path);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'staat bij je downloads' }).count()).toBe(1);
    const exportBytes = gzipBytesOf(resources.slice(before), 'script');
    expect(requested.some((url) => /exportDossier/.test(url))).toBe(true);
    console.log(
      `[dossier] first visit with costs: ${firstVisit} B gzip JS; export on click: ${exportBytes} B gzip; document: ${buffer.length} B`,
    );

    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h1>Ontwerp – Regiodossier UiTPAS: Regio Test</h1>');
    expect(html.match(/<h2>/g)!.length).toBeGreaterThanOrEqual(6);
    expect(html).toMatch(/<table>[^]*<\/table>/);
    const expected = oracle(
      70_001,
      [30_755, 16_256, 42_650].map((_, i) => inhabitantsOf(['11009', '11057', '13008'][i]!)!),
      50,
    );
    for (const name of ['Brecht', 'Malle', 'Geel']) expect(html).toContain(`<td><p>${name}</p></td>`);
    for (const share of expected) expect(html).toContain(`€ ${share.toLocaleString('nl-BE')}`);
    for (const agreement of ['Aanbod open voor alle inwoners van de regio', 'Eén afbakening van de doelgroep']) {
      expect(html).toContain(agreement);
    }
    expect(html).toContain('Besluit van de regio');
  }, 60_000);

  it('a first visit loads none of the dossier’s own code: no cost section, no export, no printed dossier', async () => {
    const { page, resources } = await open(query(['11009', '11057'], []));
    await page.getByRole('button', { name: 'Download het regiodossier (.docx)' }).waitFor();
    await page.getByRole('button', { name: 'Kosten invullen' }).waitFor();
    // The overview's own budget (samenJs) is held by test/e2e/samen.test.ts.
    expect(
      resources.filter((resource) => /exportDossier|dossierData|CostSection|DossierPrint|summary/.test(resource.url)),
    ).toEqual([]);
  });

  it('prints the dossier with the overview, in black on white, without buttons', async () => {
    const { page } = await open(query(['11009', '11057'], ['kost=Coördinatie~1001']));
    await readCosts(page);
    // Ctrl (as in Ctrl+P) loads the printed dossier.
    await page.keyboard.press('Control');
    await page.locator('.dossier-print-only').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const printed = await text(page);
    for (const part of [
      'Regiodossier (ontwerp): Regio Test',
      'Besluit van de regio',
      'Brecht',
      'Malle',
      '€ 1.001',
      'Wie keurt goed of tekent',
    ]) {
      expect(printed).toContain(part);
    }
    const visibleButtons = await page.evaluate(
      () =>
        [...document.querySelectorAll('button, .button')].filter(
          (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0,
        ).length,
    );
    expect(visibleButtons).toBe(0);
    await page.emulateMedia({ media: 'screen' });
  });
});
