// The guide's content data: scenario pages, glossary, page frontmatter and the links between
// them. What publiq's text says about the scenarios is in publiqPolicy.test.ts; how the builder
// derives and checks the scenarios is in scenarioData.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readFiles';
import { guidePage } from '../../src/lib/schemas';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const filesUnder = (dir: string, pattern: RegExp) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(dir, file));

const { agreements, scenarios, terms } = readContent();
const pageFiles = filesUnder('content/gids', /\.mdx?$/);
const frontmatterOf = (file: string) => {
  const match = /^---\n([\s\S]*?)\n---/.exec(read(file));
  if (!match) throw new Error(`${file} heeft geen frontmatter`);
  return guidePage.parse(parse(match[1]));
};

describe('agreements and scenarios (content/samenwerking)', () => {
  it('gives every scenario a unique slug that has a page', () => {
    const slugs = scenarios.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(3);
    for (const slug of slugs) expect(pageFiles).toContain(path.join('content/gids/scenarios', `${slug}.mdx`));
  });
});

describe('glossary (content/begrippen)', () => {
  const ids = new Set(terms.map((t) => t.id));
  const required = [
    'uitpas',
    'publiq',
    'uitpas-regio',
    'pashouder',
    'kansenstatuut',
    'kansentarief',
    'solidaire-kostendeling',
    'verdeelsleutel',
    'retributie',
    'omruilvoordeel',
    'voordelenkader',
    'welkomstvoordeel',
    'regiocoordinator',
    'lokale-trekker',
    'partnermedewerker',
    'vte',
    'groepsaankoop',
    'doelgroepenwerking',
    'toeleiding',
    'vrijetijdsparticipatie',
    'netwerk-vrijetijdsparticipatie',
    'vrijetijdsvisie',
    'igs',
    'dienstverlenende-vereniging',
    'projectvereniging',
    'interlokale-vereniging',
    'referentieregio',
    'college-en-gemeenteraad',
    'verhoogde-tegemoetkoming',
    'uitpas-balie',
  ];

  it('has at least 25 terms with unique ids, including every id other pages rely on', () => {
    expect(terms.length).toBeGreaterThanOrEqual(25);
    expect(ids.size).toBe(terms.length);
    for (const id of required) expect(ids, id).toContain(id);
  });

  it('keeps definitions to one to three sentences', () => {
    for (const t of terms) {
      const sentences = t.definition.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, t.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, t.id).toBeLessThanOrEqual(3);
    }
  });

  it('every /begrippen/#anchor link in content/ and src/ points to an existing term', () => {
    const files = [...filesUnder('content', /\.(mdx?|ya?ml)$/), ...filesUnder('src', /\.(astro|ts|tsx|mjs|js)$/)];
    const broken: string[] = [];
    for (const file of files) {
      // Markdown and code link as /begrippen/#id; the keuzehulp texts as begrip:id.
      for (const match of read(file).matchAll(/(?:\/begrippen\/#|\(begrip:)([A-Za-z0-9_-]+)/g)) {
        const anchor = match[1];
        // "id" and "x" are the placeholders code comments use to describe the format.
        if (!ids.has(anchor) && !anchor.startsWith('letter-') && !['id', 'x'].includes(anchor))
          broken.push(`${file}: #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('guide pages (content/gids)', () => {
  const pages = pageFiles.map((file) => ({ file, data: frontmatterOf(file) }));

  it('every page passes the schema and has a unique order', () => {
    const orders = pages.map((p) => p.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('every source URL in every page is absolute https', () => {
    for (const { file, data } of pages) {
      for (const source of data.sources) {
        expect(new URL(source.url).protocol, `${file}: ${source.url}`).toBe('https:');
      }
    }
  });

  it("every page that describes scenarios names publiq's page on the forms of cooperation", () => {
    const publiq =
      'https://www.publiq.be/nl/projecten/uitpas/uitpas-in-jouw-stad-of-gemeente/uitpaspartner/regionale-aansluiting/samenwerkingsvormen';
    for (const { file, data } of pages) {
      if (['start', 'basis', 'scenario', 'vergelijking', 'vragen', 'begrippen'].includes(data.kind)) {
        expect(
          data.sources.map((s) => s.url),
          file,
        ).toContain(publiq);
      }
    }
  });

  it('links in the data stay inside the guide and are root-relative', () => {
    for (const a of agreements) expect(a.link, a.id).toMatch(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/);
    for (const t of terms) for (const link of t.links) expect(link.href, t.id).toMatch(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/);
  });

  it('MDX pages never use relative ../ links or raw <a href="/..."> (both escape the base path)', () => {
    for (const file of pageFiles) {
      const body = read(file)
        .replace(/^---[\s\S]*?\n---/, '')
        .replace(/^import .*$/gm, '');
      expect(body, file).not.toMatch(/\]\(\.\.?\//);
      expect(body, file).not.toMatch(/<a\s[^>]*href="\//);
    }
  });

  it('contains no placeholder text', () => {
    const files = [
      ...pageFiles,
      ...filesUnder('content/samenwerking', /\.(ya?ml|mdx)$/),
      ...filesUnder('content/begrippen', /\.ya?ml$/),
      ...filesUnder('src/components/guide', /\.(astro|ts)$/),
    ];
    for (const file of files) {
      expect(read(file), file).not.toMatch(/lorem|ipsum|placeholder|tijdelijke tekst/i);
      expect(read(file), file).not.toMatch(/\b(TODO|FIXME|TBD|XXX)\b/);
    }
  });
});
