// The register of facts (npm run facts, scripts/facts/register.ts): the publisher checks every
// figure against the live sources in one sitting, so no amount may be missing from it (issue 20).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsMarkdown, factsRegister, figuresIn } from '../../scripts/facts/register';

const root = path.resolve(import.meta.dirname, '../..');
const register = factsRegister();
const COST_PAGE = '/wat-kost-een-uitpas-regio/';

describe('figures in a sentence', () => {
  it('finds amounts, percentages, dates and counts, each once', () => {
    expect(figuresIn('Vlaanderen gaf in 2019 100.000 euro, en 13 gemeenten betaalden € 0,23 per inwoner.')).toEqual([
      { kind: 'datum', value: '2019' },
      { kind: 'bedrag', value: '100.000 euro' },
      { kind: 'aantal', value: '13 gemeenten' },
      { kind: 'bedrag', value: '€ 0,23 per inwoner' },
    ]);
    expect(figuresIn('De gemeente betaalt 40 % volgens 20-40-40, tot 1 januari 2031.')).toEqual([
      { kind: 'percentage', value: '40 %' },
      { kind: 'percentage', value: '20-40-40' },
      { kind: 'datum', value: '1 januari 2031' },
    ]);
    expect(figuresIn('Reken op 6 tot 12 maanden.')).toEqual([{ kind: 'aantal', value: '6 tot 12 maanden' }]);
  });
});

describe('the register', () => {
  it('lists every amount on the cost page, each with a source', () => {
    const body = readFileSync(path.join(root, 'content/gids/wat-kost-een-uitpas-regio.mdx'), 'utf8').replace(
      /^---\n[\s\S]*?\n---\n/,
      '',
    );
    // Every number written next to "euro" or "€", found independently of the register's patterns.
    const amounts = [...body.matchAll(/(\d[\d.]*(?:,\d+)?)\s*(?:euro|€)|€\s*(\d[\d.]*(?:,\d+)?)/g)].map(
      (match) => match[1] ?? match[2],
    );
    expect(amounts.length).toBeGreaterThan(15);
    const listed = register.filter((fact) => fact.page === COST_PAGE && fact.kind === 'bedrag');
    for (const amount of amounts) {
      const rows = listed.filter((fact) => fact.value.includes(amount));
      expect(rows.length, `${amount} euro`).toBeGreaterThan(0);
      for (const row of rows) expect(row.sources.length, `${amount} euro: "${row.sentence}"`).toBeGreaterThan(0);
    }
    // The Druivenstreek budget as corrected: about € 80,000 subsidy, about € 160,000 in all.
    expect(listed.some((fact) => fact.value === '160.000 euro' && /Druivenstreek|budget/.test(fact.sentence))).toBe(
      true,
    );
  });

  it('covers every content page, the data the pages show and /regio/', () => {
    const pages = new Set(register.map((fact) => fact.page));
    for (const page of [COST_PAGE, '/bestaande-regios/', '/achtergrond/', '/begrippen/', '/keuzehulp/', '/regio/'])
      expect(pages, page).toContain(page);
    expect(register.filter((fact) => fact.page === '/regio/' && fact.kind === 'bedrag').length).toBeGreaterThan(3);
  });

  it('writes one Markdown table with a row per fact', () => {
    const table = factsMarkdown(register, '2026-12-06');
    const rows = table.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(register.length);
    expect(table).toContain('| # | soort | waarde | pagina | bestand | zin | bron |');
  });
});
