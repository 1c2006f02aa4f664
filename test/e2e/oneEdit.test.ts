// The one edit of docs/decision-model.md ("Move an agreement"), made on a copy of the project:
// the moved agreement's id goes from one `adds` list in scenarios.yaml to another, nothing else
// changes, the copy is built, and every page that lists scenarios shows the agreement in its new
// scenario only: home page, the three scenario pages, /vergelijking/, /keuzehulp/ (its table
// and its result) and the glossary.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '../../src/lib/cleanCopy';
import { buildContent, type Content } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/readFiles';
import { numberWord } from '../../src/lib/text';
import { answersQuery, formal } from '../support/answers';
import { buildSite } from '../support/buildSite';
import { keuzehulpReady } from '../support/keuzehulp';
import { moveInYaml, moveOf, movedRecommendation } from '../support/oneEdit';
import { browserSession } from '../support/session';
import { startStaticServer, type StaticServer } from '../support/staticServer';
import type { Answers } from '../../src/lib/keuzehulp/spec';

const copy = path.resolve('.tmp', `one-edit-${process.pid}`);
const scenariosFile = 'content/samenwerking/scenarios.yaml';
const move = moveOf(readRawContent());
let server: StaticServer;
let moved: Content;

beforeAll(() => {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.resolve(item), path.join(copy, item), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'), 'dir');
  const file = path.join(copy, scenariosFile);
  writeFileSync(file, moveInYaml(readFileSync(file, 'utf8'), move));
  moved = buildContent(readRawContent(copy));
}, 60_000);
beforeAll(async () => {
  const site = buildSite({ outDir: path.join(copy, 'dist'), root: copy });
  server = await startStaticServer(site.outDir, '/');
}, 300_000);
afterAll(async () => {
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

const session = browserSession();
const text = async (page: Page, selector = 'main') =>
  withoutSoftHyphens(await page.locator(selector).first().innerText()).replace(/\s+/g, ' ');
async function open(pathname: string): Promise<Page> {
  const { page } = await session.visit(server.url + pathname);
  return page;
}

describe(`"${move.id}" moved from scenario ${move.from} to scenario ${move.to}, in scenarios.yaml only`, () => {
  const title = () => moved.agreements.find((agreement) => agreement.id === move.id)!.title;
  const from = () => moved.scenarioById(move.from);
  const to = () => moved.scenarioById(move.to);
  const checklistIds = (page: Page) =>
    page.locator('[data-agreement-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-agreement-id')));

  it('the home page lists it with its new scenario', async () => {
    const page = await open('');
    const item = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
    const said = async (scenario: { id: number; name: string }) =>
      withoutSoftHyphens(await item(`${scenario.id}. ${scenario.name}`).innerText());
    expect(await said(from())).not.toMatch(new RegExp(title(), 'i'));
    expect(await said(to())).toMatch(new RegExp(title(), 'i'));
  });

  it('the page of its old scenario names it only as a link to its new scenario: summary, checklist, sections and counts', async () => {
    const page = await open(from().path);
    expect(await checklistIds(page)).not.toContain(move.id);
    expect(await page.locator(`[id="${move.id}"]`).count()).toBe(0);
    // It may only be named as part of the next scenario, as a link to its new section.
    const mentions = (await text(page)).match(new RegExp(title(), 'gi')) ?? [];
    const links = page.locator('main').getByRole('link', { name: new RegExp(`^${title()}$`, 'i') });
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs).toEqual(mentions.map(() => `/${to().path}#${move.id}`));
    const added = moved.addedBy(from()).length;
    expect(await text(page)).toContain(`De ${numberWord(added)} nieuwe afspraken lees je hieronder.`);
    expect(await text(page)).toContain(`en ${added} nieuwe.`);
  });

  it('the page of its new scenario lists it as new and explains it in its own section', async () => {
    const page = await open(to().path);
    expect(await checklistIds(page)).toContain(move.id);
    const item = page.locator(`[data-agreement-id="${move.id}"]`);
    expect(await item.getByText(/^nieuw ten opzichte van /).count()).toBe(1);
    const section = page.getByRole('heading', { level: 3, name: title() });
    expect(await section.getAttribute('id')).toBe(move.id);
    const contents = page.getByRole('navigation', { name: 'Inhoudstafel', includeHidden: true });
    expect(await contents.getByRole('link', { name: title(), includeHidden: true }).count()).toBeGreaterThan(0);
    expect(await text(page)).toContain(
      `De ${numberWord(moved.addedBy(to()).length)} nieuwe afspraken lees je hieronder.`,
    );
  });

  it('/vergelijking/ marks it for its new scenario and counts what each scenario adds', async () => {
    const page = await open('vergelijking/');
    const row = page.locator(`tr[data-agreement-id="${move.id}"]`);
    const marks = (await row.getByRole('cell').allTextContents()).map((cell) => cell.replace(/[✓–]/g, '').trim());
    expect(marks).toEqual(moved.scenarios.map((scenario) => (scenario.id >= move.to ? 'ja' : 'nee')));
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/${to().path}#${move.id}`);
    const [, two, three] = moved.scenarios.map((scenario) => numberWord(moved.addedBy(scenario).length));
    expect(await text(page)).toContain(
      `plus ${two} nieuwe. Formele samenwerking bevat alles van informele samenwerking, plus ${three} nieuwe.`,
    );
  });

  it('/keuzehulp/ asks it from its new scenario on: its table and its result follow the moved rule', async () => {
    const page = await open('keuzehulp/');
    await keuzehulpReady(page);
    const row = page
      .getByRole('table', { name: 'Voorwaarden van de drie scenario’s' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: title(), exact: true }) });
    const marks = await row.getByRole('cell').allTextContents();
    expect(marks.map((cell) => cell.replace(/[✓–]/g, '').trim())).toEqual(
      moved.scenarios.map((scenario) => (scenario.id >= move.to ? 'nodig' : 'niet nodig')),
    );
    // Everything but the moved agreement and the leisure vision: the old rule said 1, the moved one 2.
    const answers = { ...formal, [move.id]: 'nee', vrijetijdsvisie: 'nee' };
    const { page: result } = await session.visit(`${server.url}keuzehulp/${answersQuery(answers)}`);
    const element = result.locator('[data-recommended-scenario]');
    await element.waitFor();
    expect(await element.getAttribute('data-recommended-scenario')).toBe(
      String(movedRecommendation(answers as Answers, move)),
    );
  });

  it('the glossary links each agreement to where the edited guide explains it', async () => {
    const page = await open('begrippen/');
    let checked = 0;
    for (const agreement of moved.agreements) {
      const links = page.locator('main').getByRole('link', { name: agreement.title, exact: true });
      for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))) {
        expect(href, agreement.id).toBe(agreement.link);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
