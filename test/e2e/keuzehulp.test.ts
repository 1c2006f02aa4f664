// The keuzehulp in real Chromium on the built site: keyboard-only runs to every outcome, axe
// on every state, the URL as state (reload, back/forward, shared and broken links, hostile
// input), sharing, print and the page without JavaScript.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgets, overBudget } from '../budgets';
import { expectNoAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { gzipBytesOf, visit, type PageVisit, type VisitOptions } from '../support/pageChecks';

const baseURL = inject('baseURL');
const basePathURL = inject('basePathURL');
const basePath = inject('basePath');

type Answers = Record<string, string>;
const ORDER = [
  'aanbod', 'voordelen', 'kostendeling', 'doelgroep', 'trekkers', 'communicatie',
  'groepsaankopen', 'doelgroepenwerking', 'coordinator', 'vrijetijdsvisie', 'structuur', 'referentieregio',
];
const formal: Answers = {
  aanbod: 'ja', voordelen: 'ja', kostendeling: 'ja', doelgroep: 'ja', trekkers: 'ja', communicatie: 'ja',
  groepsaankopen: 'ja', doelgroepenwerking: 'ja', coordinator: 'voltijds', vrijetijdsvisie: 'ja',
  structuur: 'formeel', referentieregio: 'ja',
};
const informal: Answers = { ...formal, vrijetijdsvisie: 'bespreken', structuur: 'informeel' };
const minimal: Answers = { ...informal, communicatie: 'nee', coordinator: 'geen', referentieregio: 'onbekend' };
const none: Answers = { ...minimal, aanbod: 'bespreken', referentieregio: 'nee' };
const query = (answers: Answers, extra = '') =>
  '?' + ORDER.filter((id) => answers[id]).map((id) => `${id}=${answers[id]}`).join('&') + extra;

let browser: Browser;
const opened: PageVisit[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const visited of opened) await visited.close().catch(() => {});
  await browser?.close();
});

async function open(search = '', options: VisitOptions & { root?: string } = {}): Promise<PageVisit> {
  const visited = await visit(browser, (options.root ?? baseURL) + 'keuzehulp/' + search, options);
  opened.push(visited);
  visited.page.setDefaultTimeout(10_000);
  if (options.javaScriptEnabled !== false) await visited.page.waitForSelector('.kh-app');
  return visited;
}

const activeMatches = (page: Page, selector: string) =>
  page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);

/** Presses Tab until the focused element matches the selector. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await activeMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const headingFocused = (page: Page) => page.evaluate(() => document.activeElement?.id === 'kh-kop');
const progress = (page: Page) => page.locator('.kh-label').first().textContent();

/** Answers the current question with the keyboard only: Tab into the group, arrows or Space, Enter. */
async function answerWithKeyboard(page: Page, question: string, value: string): Promise<void> {
  await tabTo(page, `input[name="${question}"]`);
  const values = await page.locator(`input[name="${question}"]`).evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).value),
  );
  let current = values.indexOf(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));
  if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked))) {
    await page.keyboard.press('Space');
  }
  while (values[current] !== value) {
    await page.keyboard.press('ArrowDown');
    current = (current + 1) % values.length;
  }
  expect(await page.locator(`input[name="${question}"]:checked`).getAttribute('value')).toBe(value);
  await page.keyboard.press('Enter');
  await expect.poll(() => headingFocused(page)).toBe(true);
}

async function startWithKeyboard(page: Page): Promise<void> {
  // The start button, not the optional 'Gemeenten kiezen' inside the intro's region section.
  await tabTo(page, '.kh-intro > button');
  await page.keyboard.press('Enter');
  await expect.poll(() => headingFocused(page)).toBe(true);
}

/** Answers with clicks (for the tests that are not about the keyboard). */
async function answerWithMouse(page: Page, question: string, value: string): Promise<void> {
  await page.locator(`input[name="${question}"][value="${value}"]`).check();
  await page.locator('.kh-form button[type="submit"]').click();
  await expect.poll(() => headingFocused(page)).toBe(true);
}

describe('keyboard only, to each outcome', () => {
  it.each([
    ['3', formal, '3'],
    ['2', informal, '3'],
    ['1', minimal, '1'],
    ['geen', none, '1'],
  ])('reaches outcome %s', async (outcome, answers, reach) => {
    const { page, consoleErrors, foreignRequests } = await open();
    await startWithKeyboard(page);
    for (const [index, id] of ORDER.entries()) {
      expect(await progress(page)).toBe(`Vraag ${index + 1} van 12`);
      expect(await page.title()).toMatch(new RegExp(`^Vraag ${index + 1} van 12 – Keuzehulp \\| `));
      await answerWithKeyboard(page, id, answers[id]);
    }
    const result = page.locator('[data-recommended-scenario]');
    expect(await result.getAttribute('data-recommended-scenario')).toBe(outcome);
    expect(await result.getAttribute('data-within-reach-scenario')).toBe(reach);
    expect(await page.title()).toMatch(/^Resultaat – Keuzehulp/);
    expect(new URL(page.url()).search).toBe(query(answers));
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('has no violations on the introduction, every step, the error state and the result', async () => {
    const { page } = await open();
    await expectNoAxeViolations(page, 'intro');
    await page.getByRole('button', { name: 'Start de keuzehulp' }).click();
    for (const id of ORDER) {
      await page.locator('.kh-why summary').click();
      await expectNoAxeViolations(page, `step ${id}`);
      await answerWithMouse(page, id, informal[id]);
    }
    await expectNoAxeViolations(page, 'result');
    // Fourteen axe runs: on a shared 2-core machine each takes 5-10 s, over the 60 s default.
  }, 240_000);

  it('has no violations on the error state and on a result with no scenario, on a phone', async () => {
    const { page } = await open(query(none), { width: 360, height: 740 });
    await expectNoAxeViolations(page, 'result geen (phone)');
    await page.locator('.kh-answers a').first().click();
    await expect.poll(() => headingFocused(page)).toBe(true);
    await expectNoAxeViolations(page, 'changing an answer (phone)');
    const { page: fresh } = await open('', { width: 360, height: 740 });
    await fresh.getByRole('button', { name: 'Start de keuzehulp' }).click();
    await fresh.locator('.kh-form button[type="submit"]').click();
    await expectNoAxeViolations(fresh, 'error (phone)');
  }, 180_000);
});

describe('errors', () => {
  it('continuing without an answer shows an error summary that takes focus and links to the question', async () => {
    const { page } = await open();
    await startWithKeyboard(page);
    await tabTo(page, '.kh-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeMatches(page, '.kh-error-summary')).toBe(true);
    expect(await page.title()).toMatch(/^Fout: Vraag 1 van 12 – Keuzehulp/);
    expect(await page.locator('.kh-error').textContent()).toContain('Kies een antwoord');
    const link = page.locator('.kh-error-summary a');
    expect(await link.getAttribute('href')).toBe('#kh-aanbod-ja');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeMatches(page, '#kh-aanbod-ja')).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => progress(page)).toBe('Vraag 2 van 12');
    expect(await page.title()).not.toMatch(/^Fout/);
  });
});

describe('the URL is the state', () => {
  it('a reload mid-way keeps every answer, and "Vorige" goes back with the answer pre-filled', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Start de keuzehulp' }).click();
    for (const id of ORDER.slice(0, 3)) await answerWithMouse(page, id, 'bespreken');
    await page.reload();
    await page.waitForSelector('.kh-form');
    expect(await progress(page)).toBe('Vraag 4 van 12');
    await page.locator('.kh-actions button', { hasText: 'Vorige' }).click();
    await expect.poll(() => progress(page)).toBe('Vraag 3 van 12');
    expect(await page.locator('input[name="kostendeling"][value="bespreken"]').isChecked()).toBe(true);
    expect(await headingFocused(page)).toBe(true);
  });

  it('the browser’s back and forward buttons move between steps', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Start de keuzehulp' }).click();
    for (const id of ORDER.slice(0, 3)) await answerWithMouse(page, id, 'ja');
    await page.goBack();
    await expect.poll(() => progress(page)).toBe('Vraag 3 van 12');
    expect(await page.locator('input[name="kostendeling"][value="ja"]').isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => progress(page)).toBe('Vraag 2 van 12');
    await page.goForward();
    await expect.poll(() => progress(page)).toBe('Vraag 3 van 12');
    await page.goForward();
    await expect.poll(() => progress(page)).toBe('Vraag 4 van 12');
    expect(await headingFocused(page)).toBe(true);
  });

  it('a link that answers every question opens the result at once', async () => {
    const { page } = await open(query(informal));
    const result = page.locator('[data-recommended-scenario]');
    expect(await result.getAttribute('data-recommended-scenario')).toBe('2');
    expect(await page.locator('.kh-verdict h2').textContent()).toContain('Informele samenwerking');
    expect(await page.locator('#kh-waarom').isVisible()).toBe(true);
    expect(await page.locator('#kh-bereik').textContent()).toContain('formele samenwerking');
    expect(await page.locator('.kh-advice li').count()).toBeGreaterThan(0);
    expect(await page.locator('.kh-advice a[href^="https://"]').count()).toBeGreaterThan(0);
  });

  it('a link that answers some questions resumes at the first unanswered one', async () => {
    const { page } = await open('?aanbod=ja&voordelen=nee&doelgroep=ja');
    expect(await progress(page)).toBe('Vraag 3 van 12');
  });

  it('a link with a bad value says so in plain words and keeps the good answers', async () => {
    const { page } = await open(query(formal).replace('coordinator=voltijds', 'coordinator=veel') + '&onbekend=1');
    expect(await page.locator('.kh-notice').textContent()).toMatch(/Een deel van de link begrijpen we niet.*tijd voor de regio/s);
    expect(await progress(page)).toBe('Vraag 9 van 12');
    await answerWithMouse(page, 'coordinator', 'voltijds');
    expect(await page.locator('[data-recommended-scenario]').getAttribute('data-recommended-scenario')).toBe('3');
    expect(await page.locator('.kh-notice').count()).toBe(0);
  });

  it('"Wijzig" changes one answer, keeps the others and returns to the result; "Opnieuw beginnen" clears all', async () => {
    const { page } = await open(query(formal));
    const row = page.locator('.kh-answers__row', { hasText: 'regionale UiTPAS-werk' });
    expect(await row.locator('a .visually-hidden').textContent()).toContain('regionale UiTPAS-werk');
    await row.locator('a').click();
    await expect.poll(() => page.locator('input[name="coordinator"][value="voltijds"]').isChecked()).toBe(true);
    await answerWithMouse(page, 'coordinator', 'deeltijds');
    expect(await page.locator('[data-recommended-scenario]').getAttribute('data-recommended-scenario')).toBe('2');
    expect(new URL(page.url()).search).toBe(query({ ...formal, coordinator: 'deeltijds' }));
    await page.locator('button', { hasText: 'Opnieuw beginnen' }).click();
    await expect.poll(() => page.locator('.kh-intro').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('');
  });

  it('markup in any field of the link runs nothing and shows as text', async () => {
    const script = '<script>window.__hacked=1</script>';
    const image = '"><img src=x onerror="window.__hacked=2">';
    const hostile =
      query(formal).replace('aanbod=ja', `aanbod=${encodeURIComponent(image)}`) +
      `&regio=${encodeURIComponent(script)}&door=${encodeURIComponent(image)}&${encodeURIComponent(image)}=1`;
    const visited = await open(hostile);
    const { page } = visited;
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    expect(await page.locator('.kh-notice').isVisible()).toBe(true);
    await answerWithMouse(page, 'aanbod', 'ja');
    const meta = await page.locator('.kh-verdict .kh-label').textContent();
    expect(meta).toContain(script);
    expect(meta).toContain(image.slice(0, 40));
    expect(await page.locator('.kh-app img, .kh-app script').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(visited.foreignRequests).toEqual([]);
    expect(await page.locator('#kh-regio').inputValue()).toBe(script);
  });
});

describe('share and print', () => {
  it('"Kopieer link" copies the link with the region and confirms it visibly', async () => {
    const { page, context } = await open(query(minimal));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#kh-regio').fill('Regio Dender');
    await page.locator('#kh-door').fill('An Peeters');
    expect(new URL(page.url()).searchParams.get('regio')).toBe('Regio Dender');
    await page.locator('button', { hasText: 'Kopieer link' }).click();
    await expect.poll(() => page.locator('.kh-status').textContent()).toContain('gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(await page.locator('.kh-verdict .kh-label').textContent()).toBe('Advies voor Regio Dender, ingevuld door An Peeters');
  });

  it('when the clipboard is refused, the link is shown to copy by hand', async () => {
    const { page } = await open(query(minimal));
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await page.locator('button', { hasText: 'Kopieer link' }).click();
    await expect.poll(() => page.locator('#kh-link').isVisible()).toBe(true);
    expect(await page.locator('#kh-link').inputValue()).toBe(page.url());
    expect(await page.locator('.kh-status').textContent()).toContain('lukte niet');
    await expect.poll(() => activeMatches(page, '#kh-link')).toBe(true);
  });

  it('prints a clean report: title, author, date, link, result, next steps, answers and advice, no navigation', async () => {
    const { page } = await open(query(informal, '&regio=Meetjesland&door=Dienst%20vrije%20tijd'));
    // The printout's head loads when printing starts (beforeprint), as with Ctrl+P.
    await page.waitForSelector('[data-recommended-scenario]');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.kh-report', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.breadcrumbs', '.pagination', '.kh-share', '.kh-share-actions', '.kh-table', '.kh-answers a', '.site-footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['[data-recommended-scenario]', '.kh-report__title', '.kh-verdict h2', '#kh-waarom', '#kh-bereik', '#kh-aandacht', '.kh-answers', '.kh-print-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    const meta = await page.locator('.kh-report').innerText();
    expect(meta).toContain('Advies voor Meetjesland');
    expect(meta).toContain('Dienst vrije tijd');
    expect(meta).toMatch(/Datum:?\s*\d{1,2} \w+ \d{4}/);
    expect(meta).toContain(new URL(page.url()).host + '/keuzehulp/');
    expect(await page.locator('.kh-print-link').innerText()).toContain(page.url());
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});

describe('the page around the keuzehulp', () => {
  it('without JavaScript, the decision table and the links to the scenarios are there', async () => {
    const { page } = await open('', { javaScriptEnabled: false });
    expect(await page.locator('.kh-matrix tbody tr').count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('.kh-matrix').isVisible()).toBe(true);
    expect(await page.locator('noscript').count()).toBe(1);
    // Playwright's text engine skips <noscript>, so read the box directly.
    const notice = page.locator('noscript .box');
    expect(await notice.textContent()).toContain('werken alleen met JavaScript');
    expect((await notice.boundingBox())?.height).toBeGreaterThan(20);
    expect(await page.locator('.kh-app:not(.kh-placeholder)').count()).toBe(0);
    expect(await page.locator('.kh-placeholder').isVisible()).toBe(false);
    for (const path of ['scenarios/minimale-samenwerking/', 'scenarios/informele-samenwerking/', 'scenarios/formele-samenwerking/', 'vergelijking/']) {
      expect(await page.locator(`.kh-table a[href="/${path}"]`).count(), path).toBe(1);
    }
  });

  it(`a result link loads at most ${budgets.keuzehulpResultJs / 1024} KB gzip of JavaScript, and no other page loads the island`, async () => {
    const visited = await open(query(formal));
    // The result's code loads after the island starts: wait for it before counting.
    await visited.page.waitForSelector('[data-recommended-scenario]');
    await visited.page.waitForLoadState('networkidle');
    const scripts = visited.resources.filter((resource) => resource.type === 'script');
    const total = gzipBytesOf(visited.resources, 'script');
    console.log(`[keuzehulp] JavaScript: ${total} B gzip in ${scripts.length} files`);
    expect(overBudget('/keuzehulp/ (result)', 'keuzehulpResultJs', total)).toBeNull();
    expect(scripts.some((script) => /signals/.test(script.url))).toBe(false);
    const other = await visit(browser, baseURL + 'basis/');
    opened.push(other);
    expect(other.resources.filter((resource) => /KeuzehulpApp|preact/.test(resource.url))).toEqual([]);
    expect(await visited.page.locator('.kh[data-pagefind-ignore]').count()).toBe(1);
  });

  it('works under a base path: links keep the base, the link is the state', async () => {
    const { page } = await open(query(minimal), { root: basePathURL });
    expect(await page.locator('[data-recommended-scenario]').getAttribute('data-recommended-scenario')).toBe('1');
    const hrefs = await page.locator('.kh-result a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href!.startsWith(basePath)).toBe(true);
    await page.locator('.kh-answers__row a').first().click();
    await expect.poll(() => progress(page)).toBe('Vraag 1 van 12');
    expect(new URL(page.url()).pathname).toBe(`${basePath}keuzehulp/`);
  });
});
