// The keuzehulp's result as a reader meets it: the verdict and its actions on the
// first screen of a phone, reasons said once per answer, no list twice, honest notices, a start
// page without blank space or layout shift, axe in dark mode on every state, and a printout a
// college can file (region in the title, page numbers, QR code, no buttons, no footer-only page).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answersQuery as query, formal, informal, minimal, none, type AnswerSet } from '../support/answers';
import { expectNoAxeViolations } from '../support/axe';
import { answerWithMouse, keuzehulpReady, startButton, submitButton } from '../support/keuzehulp';
import type { VisitOptions } from '../support/pageChecks';
import { pdfPages } from '../support/pdfText';
import { browserSession } from '../support/session';
import { QUESTION_IDS } from '../../src/lib/keuzehulp/spec';

const baseURL = inject('baseURL');

/** Scenario 1 with one open point to scenario 2 besides the coordinator: within reach 1, next step 2. */
const halfTime: AnswerSet = { ...minimal, coordinator: 'deeltijds' };

const session = browserSession();
async function open(search = '', options: VisitOptions = {}): Promise<Page> {
  const { page } = await session.visit(baseURL + 'keuzehulp/' + search, options);
  await keuzehulpReady(page);
  return page;
}

const top = async (locator: Locator) => (await locator.first().boundingBox())!;
/** The element with the result (docs/contracts/keuzehulp.md: data-recommended-scenario). */
const result = (page: Page) => page.locator('[data-recommended-scenario]');
const decisionTableRows = (page: Page) =>
  page.getByRole('table', { name: 'Voorwaarden van de drie scenario’s' }).locator('tbody').getByRole('row');
/** "Binnen bereik: …", "Volgende stap: naar …" or "Eerste stappen": the open points. */
const nextSteps = (page: Page) => page.getByRole('region', { name: /^(Binnen bereik|Volgende stap|Eerste stappen)/ });
const qrCode = (page: Page) =>
  page.getByRole('img', { name: 'QR-code naar dit resultaat online', includeHidden: true });

describe('the result leads', () => {
  it.each([
    ['3', formal],
    ['2', informal],
    ['1', minimal],
    ['geen', none],
  ])('at 320 px the verdict and both actions of outcome %s are on the first screen', async (_outcome, answers) => {
    const page = await open(query(answers, '&regio=Meetjesland'), { width: 320, height: 640 });
    const verdict = await top(result(page).getByRole('heading', { level: 2 }));
    const copy = page.getByRole('button', { name: 'Kopieer link' });
    const print = page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' });
    const [copyBox, printBox] = [(await copy.boundingBox())!, (await print.boundingBox())!];
    console.log(
      `[keuzehulp 320x640] verdict y=${Math.round(verdict.y)}, copy y=${Math.round(copyBox.y)}, print bottom=${Math.round(printBox.y + printBox.height)}, page height=${await page.evaluate(() => document.documentElement.scrollHeight)}`,
    );
    expect(verdict.y).toBeGreaterThanOrEqual(0);
    expect(printBox.y + printBox.height).toBeLessThanOrEqual(640);
    expect(copyBox.y + copyBox.height).toBeLessThanOrEqual(640);
  });

  it('the verdict box does not contradict an answer: scenario 1 with a part-time coordinator', async () => {
    const page = await open(query(halfTime));
    expect(await result(page).getAttribute('data-recommended-scenario')).toBe('1');
    const verdict = await page.locator('.kh-verdict').innerText();
    expect(verdict).toContain('basisafspraken');
    expect(verdict).not.toMatch(/er is geen regiocoördinator/i);
  });

  it('"Waarom dit scenario?" says each answer once, above what it met', async () => {
    const page = await open(query(formal));
    const reasons = page.getByRole('region', { name: 'Waarom dit scenario?' });
    const text = await reasons.innerText();
    // One list of met conditions per answer, each under its one "Jullie antwoord:".
    expect(text.match(/Jullie antwoord:/g)?.length).toBe(await reasons.getByRole('list').count());
    expect(text.match(/ja, dat is afgesproken/g)?.length).toBe(1);
    // Every condition of scenario 3 (a row of the decision table) is still listed.
    expect(await reasons.getByRole('listitem').count()).toBe(await decisionTableRows(page).count());
  });

  it.each([
    ['2 with 3 in reach', informal],
    ['1 with 2 in reach', halfTime],
    ['geen with 1 in reach', none],
    ['1 with nothing in reach', minimal],
  ])('outcome %s lists no open point twice', async (_name, answers) => {
    const page = await open(query(answers));
    const titles = await nextSteps(page).getByRole('listitem').locator('strong').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
    expect(await nextSteps(page).count()).toBe(1);
  });

  it('"VTE" keeps its capitals and "(scenario n)" never wraps inside', async () => {
    const page = await open(query({ ...minimal, coordinator: 'deeltijds' }), { width: 320, height: 640 });
    const body = await result(page).innerText();
    expect(body).not.toMatch(/\bvte\b/);
    const names = await result(page).getByRole('heading').allTextContents();
    for (const name of names.filter((heading) => heading.includes('(scenario')))
      expect(name).toMatch(/\(scenario\u00a0\d\)/);
    expect(names.join(' ')).not.toMatch(/\(scenario \d\)/);
  });
});

describe('notices say only what is true', () => {
  it('one bad value and nothing else: no word about other answers', async () => {
    const page = await open('?coordinator=veel');
    const notice = await page
      .getByRole('region', { name: 'Een deel van de link kunnen we niet gebruiken' })
      .innerText();
    expect(notice).toContain('coördinator voor de regio');
    expect(notice).not.toMatch(/andere antwoord/);
  });

  it('one bad value among good ones: says how many answers stand', async () => {
    const page = await open(query(formal).replace('coordinator=voltijds', 'coordinator=veel'));
    expect(
      await page.getByRole('region', { name: 'Een deel van de link kunnen we niet gebruiken' }).innerText(),
    ).toContain('Je 11 andere antwoorden staan er nog.');
  });
});

describe('the start page', () => {
  it('holds exactly the space of the intro and does not shift, with or without answers in the link', async () => {
    for (const [search, view] of [
      ['', 'intro'],
      [query(informal), 'result'],
    ] as const) {
      const page = await open(search, { width: 1280, height: 800 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 200);
          }),
      );
      expect(shift, `CLS on the ${view}`).toBe(0);
      if (view === 'intro') {
        const [box, app] = [await top(page.locator('.kh')), await top(page.locator('.kh-app'))];
        console.log(`[keuzehulp start 1280x800] .kh ${Math.round(box.height)} px, intro ${Math.round(app.height)} px`);
        expect(box.height - app.height).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('accessibility in dark mode (axe, WCAG 2.2 AA)', () => {
  it('has no violations on the intro, every step, the error, a notice and every outcome', async () => {
    const page = await open('', { width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'intro (dark)');
    await startButton(page).click();
    await submitButton(page).click();
    await expectNoAxeViolations(page, 'error (dark)');
    for (const id of QUESTION_IDS) {
      await page.getByText('Waarom vragen we dit?').click();
      await expectNoAxeViolations(page, `step ${id} (dark)`);
      await answerWithMouse(page, id, informal[id]);
    }
    await expectNoAxeViolations(page, 'result 2 (dark)');
    for (const [name, answers] of [
      ['3', formal],
      ['1', minimal],
      ['geen', none],
    ] as const) {
      const result = await open(query(answers, '&coordinator=x'), { width: 360, height: 740 });
      await result.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(result, `result ${name} with a notice (dark, phone)`);
    }
  }, 300_000);
});

/** The result printed to PDF: its text per page, and the page count. */
async function printed(page: Page) {
  const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  return { totalPages: pages.length, pages };
}

describe('the printout', () => {
  it('opens with "Advies voor <regio>", who and when, carries page numbers and a QR code, and no button', async () => {
    const page = await open(query(informal, '&regio=Meetjesland&door=Dienst%20vrije%20tijd'));
    // The print button loads the QR code, then opens the print dialog (stubbed: page.pdf prints).
    await page.evaluate(() => {
      window.print = () =>
        document.documentElement.setAttribute(
          'data-printed',
          String(document.querySelectorAll('svg[aria-label^="QR-code"] path').length),
        );
    });
    await page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('1');
    await page.emulateMedia({ media: 'print' });
    const headings = await page
      .locator('h1, h2')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => (node as HTMLElement).offsetParent !== null || node.getClientRects().length > 0)
          .map((node) => node.textContent?.trim()),
      );
    expect(headings[0]).toBe('Advies voor Meetjesland');
    const qr = qrCode(page);
    expect(await qr.isVisible()).toBe(true);
    expect((await qr.locator('path').getAttribute('d'))!.length).toBeGreaterThan(500);

    const { totalPages, pages } = await printed(page);
    const all = pages.join('\n');
    console.log(`[keuzehulp print] ${totalPages} pages`);
    expect(pages[0]).toContain('Advies voor Meetjesland');
    expect(pages[0]).toContain('Dienst vrije tijd');
    expect(pages[0]).toMatch(/Datum:?\s*\d{1,2} \w+ \d{4}/);
    expect(pages[0]).toMatch(/Binnen bereik/);
    pages.forEach((text, index) => expect(text).toContain(`pagina ${index + 1} van ${totalPages}`));
    for (const button of [
      'Kopieer link',
      'Afdrukken of bewaren',
      'Opnieuw beginnen',
      'Wijzig',
      'Start de keuzehulp',
      'Zoeken',
    ]) {
      expect(all).not.toContain(button);
    }
    // No page holds only its margins (title, site name, page number) or the footer.
    for (const text of pages) {
      const body = text
        .replace(/Advies voor Meetjesland|pagina \d+ van \d+|UiTPAS-regio: samenwerkingsgids/g, '')
        .trim();
      expect(body.length).toBeGreaterThan(200);
    }
  }, 60_000);

  it('without a region the title is neutral', async () => {
    const page = await open(query(none));
    await qrCode(page).locator('path').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const { pages } = await printed(page);
    expect(pages[0]).toContain('Advies over regionale samenwerking rond UiTPAS');
    expect(pages[0]).not.toContain('Advies voor');
  }, 60_000);

  it("the browser's own print (Ctrl+P, the menu: no click, no print event) has the whole report", async () => {
    const page = await open(query(informal, '&regio=Meetjesland&door=Dienst%20vrije%20tijd'));
    // Everything is on the page once the result shows: nothing waits for a key or an event.
    await qrCode(page).locator('path').waitFor({ state: 'attached' });
    expect((await qrCode(page).locator('path').getAttribute('d'))!.length).toBeGreaterThan(500);
    const { totalPages, pages } = await printed(page);
    console.log(`[keuzehulp print, no click] ${totalPages} pages`);
    expect(pages[0]).toMatch(/^\s*Advies voor Meetjesland/);
    expect(pages[0]).toContain('Dienst vrije tijd');
    expect(pages[0]).toMatch(/Datum:?\s*\d{1,2} \w+ \d{4}/);
    expect(pages[0]).toContain('scan de QR-code');
    pages.forEach((text, index) => expect(text).toContain(`pagina ${index + 1} van ${totalPages}`));
    expect(pages.join('\n')).not.toContain('Afdrukken of bewaren');
  }, 60_000);

  // A result opened from a large overview carries the overview's link (`terug`): uqr throws
  // "RangeError: Data too long" above about 2,300 bytes at level M.
  it.each([
    ['too long for level M: a QR code at level L', 2_600, true],
    ['too long for any QR code: the way to the full link in words', 3_400, false],
  ])(
    'a %s; printing never fails',
    async (_name, length, withQr) => {
      const filler = `g=${'43005~'.repeat(length / 6)}`;
      const page = await open(query(informal, `&regio=Meetjesland&terug=${encodeURIComponent(filler)}`));
      await page.locator('.kh-report').waitFor({ state: 'attached' });
      const link = await page.locator('.kh-print-link').textContent();
      expect(new TextEncoder().encode(link!).length).toBeGreaterThan(length);
      // The button, with the print dialog stubbed.
      await page.evaluate(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '1');
      });
      await page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' }).click();
      await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('1');
      expect(await qrCode(page).count()).toBe(withQr ? 1 : 0);
      const { totalPages, pages } = await printed(page);
      expect(pages[0]).toContain('Advies voor Meetjesland');
      expect(pages[0]).toMatch(/Datum:?\s*\d{1,2} \w+ \d{4}/);
      expect(pages[0]).toContain(withQr ? 'scan de QR-code' : 'te lang voor een QR-code');
      expect(pages.join('\n').replace(/\s+/g, '')).toContain('Volledigelinknaarditresultaat');
      expect(pages.at(-1)).toContain(`pagina ${totalPages} van ${totalPages}`);
    },
    60_000,
  );
});
