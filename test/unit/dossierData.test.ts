// The regiodossier's content from an overview: agreements with their status and who holds them
// back, coordination and documents from the guide's own pages (which must still say so), the
// costs; then the whole document written and read back.
import { readFileSync } from 'node:fs';
import { Packer } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { dossierData } from '../../src/components/dossier/dossierData';
import { readCosts } from '../../src/lib/dossier/costs';
import { buildDossier } from '../../src/lib/dossier/docx';
import { APPROVALS, COORDINATION } from '../../src/lib/dossier/guideText';
import { costSummary } from '../../src/lib/dossier/summary';
import { readContent } from '../../src/lib/content/readFiles';
import { municipalityByNis, referenceRegionByCode } from '../../src/lib/regio/data';
import { analyseOverview } from '../../src/lib/samen/analyse';
import { parseLink } from '../../src/lib/link/link';
import { decisionOf } from '../../src/lib/samen/decision';

const model = readContent().keuzehulp;
const decision = decisionOf(model);

function overview(query: string) {
  const { regio, sets } = parseLink(query);
  const analysis = analyseOverview(sets, decision, (label) => municipalityByNis(label)?.region);
  const municipalities = sets.map((set) => {
    const known = municipalityByNis(set.label);
    return {
      name: known?.name ?? set.label,
      nis: known?.nis,
      inhabitants: known?.inhabitants,
      referenceRegion: known && referenceRegionByCode(known.region)?.name,
    };
  });
  return { regio, analysis, municipalities };
}

const input = (query: string, costs = 'kost=Regiocoördinator~65000&kost=Communicatie~5001&sleutel=mix-50') => {
  const { regio, analysis, municipalities } = overview(query);
  const parsed = readCosts(new URLSearchParams(costs));
  const summary = costSummary(parsed, municipalities);
  return {
    model,
    analysis,
    municipalities,
    regio,
    date: new Date(2026, 11, 6),
    link: `https://example.org/keuzehulp/samen/?${query}`,
    siteUrl: (path: string) => `https://example.org/${path}`,
    costs: parsed,
    summary,
  };
};

// Brecht and Malle (Kempen); Malle holds back the voordelenkader (b) and has no coordinator answer.
const QUERY = 'regio=Regio%20Voorkempen&g=11009~jjjjjjjjvjfj&g=11057~jbjjjjjj-jfj';

const stripLinks = (markdown: string) => markdown.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');

describe('dossierData', () => {
  it('lists the agreements of the recommended scenario and the next one, with status and who holds them back', () => {
    const data = dossierData(input(QUERY));
    expect(data.region).toBe('Regio Voorkempen');
    expect(data.date).toBe('2026-12-06');
    expect(data.municipalities.map((municipality) => municipality.name)).toEqual(['Brecht', 'Malle']);
    expect(data.advice.provisional).toBe(true);
    expect(data.advice.waiting).toEqual([expect.stringMatching(/^Malle: nog 1 vraag \(/)]);
    const all = data.scenarios.flatMap((scenario) => scenario.agreements);
    const voordelen = all.find((agreement) => agreement.title.toLowerCase().includes('voordel'));
    expect(voordelen).toMatchObject({ status: 'discuss', heldBackBy: ['Malle'] });
    expect(all.filter((agreement) => agreement.status === 'agreed').every((a) => a.heldBackBy.length === 0)).toBe(true);
    expect(data.scenarios[0]!.title).toMatch(/^Scenario \d: .*\((aanbevolen|de eerste stap)\)$/);
    expect(data.approvals.slice(0, APPROVALS.always.length)).toEqual(APPROVALS.always);
    expect(data.coordination.at(-1)!.origin).toBe('regio');
    expect(data.sources.every((source) => /^https:\/\//.test(source.url))).toBe(true);
  });

  it('quotes the guide’s own pages: every coordination statement and document still stands there', () => {
    const coordination = stripLinks(readFileSync('content/delen/hoeveel-coordinatie.mdx', 'utf8'));
    for (const statement of [...Object.values(COORDINATION.scenario).flat(), ...COORDINATION.always]) {
      expect(coordination, statement.text).toContain(statement.text);
    }
    const documents = stripLinks(readFileSync('content/gids/voorbeelddocumenten.mdx', 'utf8'));
    for (const approval of [...APPROVALS.always, ...Object.values(APPROVALS.scenario).flat()]) {
      expect(documents, approval.document).toContain(`| ${approval.document} | ${approval.who}`);
    }
  });

  it('writes a document that holds the region, every municipality, every share and every agreement', async () => {
    const built = input(QUERY);
    const data = dossierData(built);
    const buffer = await Packer.toBuffer(buildDossier(data));
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h1>Ontwerp – Regiodossier UiTPAS: Regio Voorkempen</h1>');
    for (const name of ['Brecht', 'Malle']) expect(html).toContain(`<td><p>${name}</p></td>`);
    expect(built.summary.rows).not.toBeNull();
    for (const row of built.summary.rows!) {
      expect(html).toContain(`€ ${row.share.toLocaleString('nl-BE')}`);
    }
    expect(built.summary.rows!.reduce((sum, row) => sum + row.share, 0)).toBe(70_001);
    for (const agreement of data.scenarios.flatMap((scenario) => scenario.agreements)) {
      expect(html).toContain(agreement.title);
    }
    expect(html).toMatch(/<table>/);
    console.log(`[dossier] two municipalities: ${buffer.length} B .docx`);
  });

  it('with a free-text municipality: by inhabitants is refused and names it; equal shares work', () => {
    const query = 'regio=R&g=11009~jjjjjjjjvjfj&g=Gemeente%20X~jjjjjjjjvjfj';
    const refused = input(query, 'kost=A~100&sleutel=inwoners');
    expect(refused.summary.rows).toBeNull();
    expect(dossierData(refused).costs!.shares).toEqual({ problem: expect.stringContaining('niet voor Gemeente X.') });
    const equal = input(query, 'kost=A~101');
    expect(equal.summary.key).toEqual({ kind: 'gelijk' });
    expect(equal.summary.rows!.map((row) => row.share)).toEqual([51, 50]);
  });
});
