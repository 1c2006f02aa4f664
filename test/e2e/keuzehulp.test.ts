// The keuzehulp in real Chromium on the built site: keyboard-only runs to every outcome, axe
// on every state, the URL as state (reload, back/forward, shared and broken links, hostile
// input), sharing, print and the page without JavaScript.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { budgets, overBudget } from '../budgets';
import { answersQuery as query, formal, informal, minimal, none } from '../support/answers';
import { expectNoAxeViolations } from '../support/axe';
import { isFocused, tabTo } from '../support/keyboard';
import {
  answerWithKeyboard,
  answerWithMouse,
  headingFocused,
  keuzehulpReady,
  progress,
  radios,
  startButton,
  startWithKeyboard,
  submitButton,
} from '../support/keuzehulp';
import { gzipBytesOf, type PageVisit, type VisitOptions } from '../support/pageChecks';
import { browserSession } from '../support/session';
import { QUESTION_IDS } from '../../src/lib/keuzehulp/spec';

const baseURL = inject('baseURL');
const basePathURL = inject('basePathURL');
const basePath = inject('basePath');
const session = browserSession();

async function open(search = '', options: VisitOptions & { root?: string } = {}): Promise<PageVisit> {
  const visited = await session.visit((options.root ?? baseURL) + 'keuzehulp/' + search, options);
  if (options.javaScriptEnabled !== false) await keuzehulpReady(visited.page);
  return visited;
}

const radio = (page: Page, question: string, value: string) =>
  radios(page, question).and(page.locator(`[value="${value}"]`));
const whyWeAsk = (page: Page) => page.getByText('Waarom vragen we dit?');
/** The line above the verdict, "Advies voor <regio>, ingevuld door <naam>" (the printout's title is hidden on screen). */
const verdictLabel = (page: Page) => page.getByText(/^Advies voor /).filter({ visible: true });
const changeLinks = (page: Page) => page.getByRole('link', { name: /^Wijzig het antwoord op:/ });
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

describe('keyboard only, to each outcome', () => {
  it.each([
    ['3', formal, '3'],
    ['2', informal, '3'],
    ['1', minimal, '1'],
    ['geen', none, '1'],
  ])('reaches outcome %s', async (outcome, answers, reach) => {
    const { page, consoleErrors, foreignRequests } = await open();
    await startWithKeyboard(page);
    for (const [index, id] of QUESTION_IDS.entries()) {
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
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('has no violations on the introduction, every step, the error state and the result', async () => {
    const { page } = await open();
    await expectNoAxeViolations(page, 'intro');
    await startButton(page).click();
    for (const id of QUESTION_IDS) {
      await whyWeAsk(page).click();
      await expectNoAxeViolations(page, `step ${id}`);
      await answerWithMouse(page, id, informal[id]);
    }
    await expectNoAxeViolations(page, 'result');
    // Fourteen axe runs: on a shared 2-core machine each takes 5-10 s, over the 60 s default.
  }, 240_000);

  it('has no violations on the error state and on a result with no scenario, on a phone', async () => {
    const { page } = await open(query(none), { width: 360, height: 740 });
    await expectNoAxeViolations(page, 'result geen (phone)');
    await changeLinks(page).first().click();
    await expect.poll(() => headingFocused(page)).toBe(true);
    await expectNoAxeViolations(page, 'changing an answer (phone)');
    const { page: fresh } = await open('', { width: 360, height: 740 });
    await startButton(fresh).click();
    await submitButton(fresh).click();
    await expectNoAxeViolations(fresh, 'error (phone)');
  }, 180_000);
});

describe('errors', () => {
  it('continuing without an answer shows an error summary that takes focus and links to the question', async () => {
    const { page } = await open();
    await startWithKeyboard(page);
    await tabTo(page, submitButton(page));
    await page.keyboard.press('Enter');
    // The error summary has no role of its own: focus is on the box around its heading.
    const summary = page.getByRole('region', { name: 'Er is een probleem' });
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await page.title()).toMatch(/^Fout: Vraag 1 van 12 – Keuzehulp/);
    // The question's group (its fieldset, named by the question) carries the same message.
    expect(
      await page
        .getByRole('group')
        .getByText(/Kies een antwoord/)
        .textContent(),
    ).toMatch(/^Fout: Kies een antwoord/);
    const link = page.getByRole('link', { name: /^Kies een antwoord/ });
    expect(await link.getAttribute('href')).toBe('#kh-aanbod-ja');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(radio(page, 'aanbod', 'ja'))).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => progress(page)).toBe('Vraag 2 van 12');
    expect(await page.title()).not.toMatch(/^Fout/);
  });
});

describe('the URL is the state', () => {
  it('a reload mid-way keeps every answer, and "Vorige" goes back with the answer pre-filled', async () => {
    const { page } = await open();
    await startButton(page).click();
    for (const id of QUESTION_IDS.slice(0, 3)) await answerWithMouse(page, id, 'bespreken');
    await page.reload();
    await keuzehulpReady(page);
    expect(await progress(page)).toBe('Vraag 4 van 12');
    await page.getByRole('button', { name: 'Vorige' }).click();
    await expect.poll(() => progress(page)).toBe('Vraag 3 van 12');
    expect(await radio(page, 'kostendeling', 'bespreken').isChecked()).toBe(true);
    expect(await headingFocused(page)).toBe(true);
  });

  it('the browser’s back and forward buttons move between steps', async () => {
    const { page } = await open();
    await startButton(page).click();
    for (const id of QUESTION_IDS.slice(0, 3)) await answerWithMouse(page, id, 'ja');
    await page.goBack();
    await expect.poll(() => progress(page)).toBe('Vraag 3 van 12');
    expect(await radio(page, 'kostendeling', 'ja').isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => progress(page)).toBe('Vraag 2 van 12');
    await page.goForward();
    await expect.poll(() => progress(page)).toBe('Vraag 3 van 12');
    await page.goForward();
    await expect.poll(() => progress(page)).toBe('Vraag 4 van 12');
    await expect.poll(() => headingFocused(page)).toBe(true);
  });

  it('a link that answers every question opens the result at once', async () => {
    const { page } = await open(query(informal));
    const result = page.locator('[data-recommended-scenario]');
    expect(await result.getAttribute('data-recommended-scenario')).toBe('2');
    expect(await page.getByRole('heading', { level: 2, name: /Informele samenwerking/ }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Waarom dit scenario?' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /^Binnen bereik/ }).textContent()).toContain('formele samenwerking');
    const advice = page.getByRole('region', { name: 'Aandachtspunten' });
    expect(await advice.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await advice.getByRole('link').and(page.locator('[href^="https://"]')).count()).toBeGreaterThan(0);
  });

  it('a link that answers some questions resumes at the first unanswered one', async () => {
    const { page } = await open('?aanbod=ja&voordelen=nee&doelgroep=ja');
    expect(await progress(page)).toBe('Vraag 3 van 12');
  });

  it('a link with a bad value says so in plain words and keeps the good answers', async () => {
    const { page } = await open(query(formal).replace('coordinator=voltijds', 'coordinator=veel') + '&onbekend=1');
    expect(
      await page.getByRole('region', { name: 'Een deel van de link kunnen we niet gebruiken' }).textContent(),
    ).toMatch(/Een deel van de link kunnen we niet gebruiken.*coördinator voor de regio/s);
    expect(await progress(page)).toBe('Vraag 9 van 12');
    await answerWithMouse(page, 'coordinator', 'voltijds');
    expect(await page.locator('[data-recommended-scenario]').getAttribute('data-recommended-scenario')).toBe('3');
    expect(await page.getByRole('region', { name: 'Een deel van de link kunnen we niet gebruiken' }).count()).toBe(0);
  });

  it('"Wijzig" changes one answer, keeps the others and returns to the result; "Opnieuw beginnen" clears all', async () => {
    const { page } = await open(query(formal));
    // Each "Wijzig" link names its question for screen readers.
    await changeLinks(page).filter({ hasText: 'regionale UiTPAS-werk' }).click();
    await expect.poll(() => radio(page, 'coordinator', 'voltijds').isChecked()).toBe(true);
    await answerWithMouse(page, 'coordinator', 'deeltijds');
    expect(await page.locator('[data-recommended-scenario]').getAttribute('data-recommended-scenario')).toBe('2');
    expect(new URL(page.url()).search).toBe(query({ ...formal, coordinator: 'deeltijds' }));
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await expect.poll(() => startButton(page).count()).toBe(1);
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
    // The notice loads with a link that needs it.
    await expect
      .poll(() => page.getByRole('region', { name: 'Een deel van de link kunnen we niet gebruiken' }).isVisible())
      .toBe(true);
    await answerWithMouse(page, 'aanbod', 'ja');
    const meta = await verdictLabel(page).textContent();
    expect(meta).toContain(script);
    expect(meta).toContain(image.slice(0, 40));
    expect(await page.locator('.kh-app img, .kh-app script').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(visited.foreignRequests).toEqual([]);
    expect(await page.getByLabel('Naam van de regio').inputValue()).toBe(script);
  });
});

describe('share and print', () => {
  it('"Kopieer link" copies the link with the region and confirms it visibly', async () => {
    const { page, context } = await open(query(minimal));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByLabel('Naam van de regio').fill('Regio Dender');
    await page.getByLabel('Ingevuld door').fill('An Peeters');
    expect(new URL(page.url()).searchParams.get('regio')).toBe('Regio Dender');
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    await expect.poll(() => status(page, 'gekopieerd').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(await verdictLabel(page).textContent()).toBe('Advies voor Regio Dender, ingevuld door An Peeters');
  });

  it('when the clipboard is refused, the link is shown to copy by hand', async () => {
    const { page } = await open(query(minimal));
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    const manual = page.getByLabel('Link naar dit resultaat');
    await expect.poll(() => manual.isVisible()).toBe(true);
    expect(await manual.inputValue()).toBe(page.url());
    expect(await status(page, 'lukte niet').count()).toBe(1);
    await expect.poll(() => isFocused(manual)).toBe(true);
  });

  it('prints a clean report: title, author, date, link, result, next steps, answers and advice, no navigation', async () => {
    // Spaces as URLSearchParams writes them, so the printed link is the opened one.
    const { page } = await open(query(informal, '&regio=Meetjesland&door=Dienst+vrije+tijd'));
    // Found on screen first, so that "not visible in print" cannot pass because a name changed.
    const screenOnly = {
      header: page.getByRole('banner'),
      breadcrumbs: page.getByRole('navigation', { name: 'Kruimelpad' }),
      pagination: page.getByRole('navigation', { name: 'Vorige en volgende pagina' }),
      'report fields': page.getByRole('region', { name: 'Voor wie is dit advies?' }),
      'share buttons': page.getByRole('button', { name: 'Kopieer link' }),
      'decision table': page.getByRole('region', { name: 'Wat vraagt elk scenario?' }),
      '"Wijzig" links': changeLinks(page),
      footer: page.getByRole('contentinfo'),
    };
    for (const [name, locator] of Object.entries(screenOnly)) expect(await locator.count(), name).toBeGreaterThan(0);
    // The printout's head loads when printing starts (beforeprint), as with Ctrl+P.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page
      .getByRole('img', { name: 'QR-code naar dit resultaat online', includeHidden: true })
      .waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    for (const [name, locator] of Object.entries(screenOnly)) {
      expect(await locator.first().isVisible(), name).toBe(false);
    }
    const reportTitle = page.getByRole('heading', { level: 1, name: 'Advies voor Meetjesland' });
    const printed = {
      result: page.locator('[data-recommended-scenario]'),
      'report title': reportTitle,
      verdict: page.getByRole('heading', { level: 2, name: /Informele samenwerking/ }),
      why: page.getByRole('heading', { name: 'Waarom dit scenario?' }),
      'within reach': page.getByRole('heading', { name: /^Binnen bereik/ }),
      advice: page.getByRole('heading', { name: 'Aandachtspunten' }),
      answers: page.getByRole('region', { name: 'Jouw antwoorden' }),
      'full link': page.getByText(/^Volledige link naar dit resultaat/),
    };
    for (const [name, locator] of Object.entries(printed)) expect(await locator.first().isVisible(), name).toBe(true);
    const meta = await page.locator('header').filter({ has: reportTitle }).innerText();
    expect(meta).toContain('Advies voor Meetjesland');
    expect(meta).toContain('Dienst vrije tijd');
    expect(meta).toMatch(/Datum:?\s*\d{1,2} \w+ \d{4}/);
    expect(meta).toContain(new URL(page.url()).host + '/keuzehulp/');
    expect(await printed['full link'].innerText()).toContain(page.url());
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});

describe('the page around the keuzehulp', () => {
  it('without JavaScript, the decision table and the links to the scenarios are there', async () => {
    const { page } = await open('', { javaScriptEnabled: false });
    const table = page.getByRole('table', { name: 'Voorwaarden van de drie scenario’s' });
    expect(await table.locator('tbody').getByRole('row').count()).toBeGreaterThanOrEqual(9);
    expect(await table.isVisible()).toBe(true);
    expect(await page.locator('noscript').count()).toBe(1);
    // Playwright's text engine skips <noscript>, so read the box directly.
    const notice = page.locator('noscript .box');
    expect(await notice.textContent()).toContain('werken alleen met JavaScript');
    expect((await notice.boundingBox())?.height).toBeGreaterThan(20);
    // The island's placeholder is in the page but hidden, and holds no working button.
    expect(await startButton(page).count()).toBe(0);
    const placeholder = page.getByText('Zo werkt de keuzehulp');
    expect(await placeholder.count()).toBe(1);
    expect(await placeholder.isVisible()).toBe(false);
    const decisionTable = page.getByRole('region', { name: 'Wat vraagt elk scenario?' });
    for (const path of [
      'scenarios/minimale-samenwerking/',
      'scenarios/informele-samenwerking/',
      'scenarios/formele-samenwerking/',
      'vergelijking/',
    ]) {
      expect(
        await decisionTable
          .getByRole('link')
          .and(page.locator(`[href="/${path}"]`))
          .count(),
        path,
      ).toBe(1);
    }
  });

  it(`a result link loads at most ${budgets.keuzehulpJs / 1024} KB gzip of JavaScript, and no other page loads the island`, async () => {
    const visited = await open(query(formal));
    // The result's code loads after the island starts: wait for it before counting.
    await visited.page.locator('[data-recommended-scenario]').waitFor();
    await visited.page.waitForLoadState('networkidle');
    const scripts = visited.resources.filter((resource) => resource.type === 'script');
    const total = gzipBytesOf(visited.resources, 'script');
    console.log(`[keuzehulp] JavaScript: ${total} B gzip in ${scripts.length} files`);
    expect(overBudget('/keuzehulp/ (result)', 'keuzehulpJs', total)).toBeNull();
    expect(scripts.some((script) => /signals/.test(script.url))).toBe(false);
    const other = await session.visit(baseURL + 'basis/');
    expect(other.resources.filter((resource) => /KeuzehulpApp|preact/.test(resource.url))).toEqual([]);
    const { page } = visited;
    expect(
      await page
        .locator('[data-pagefind-ignore]')
        .filter({ has: page.locator('[data-recommended-scenario]') })
        .count(),
    ).toBe(1);
  });

  it('works under a base path: links keep the base, the link is the state', async () => {
    const { page } = await open(query(minimal), { root: basePathURL });
    expect(await page.locator('[data-recommended-scenario]').getAttribute('data-recommended-scenario')).toBe('1');
    const hrefs = await page
      .locator('[data-recommended-scenario] a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href!.startsWith(basePath)).toBe(true);
    await changeLinks(page).first().click();
    // The question's code loads on demand (under the base path too).
    await expect.poll(() => progress(page), { timeout: 10_000 }).toBe('Vraag 1 van 12');
    expect(new URL(page.url()).pathname).toBe(`${basePath}keuzehulp/`);
  });
});
