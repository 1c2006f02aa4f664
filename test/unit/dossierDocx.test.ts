// The regiodossier's .docx, written in Node from a plain data object and read back two ways:
// mammoth (headings and tables as Word sees them) and the raw word/document.xml.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/lib/dossier/docx';
import { dossierFileName, type DossierData } from '../../src/lib/dossier/dossier';

const data: DossierData = {
  region: 'Regio Voorkempen <b>&</b>',
  date: '2026-12-06',
  link: 'https://example.org/keuzehulp/samen/?regio=Regio%20Voorkempen&g=11009~jjjjjjjbtngj',
  municipalities: [
    { name: 'Brecht', nis: '11009', inhabitants: 30_512, referenceRegion: 'Kempen' },
    { name: 'Zoersel', nis: '11057', inhabitants: 22_345, referenceRegion: 'Kempen' },
    { name: 'Gemeente \u202eX', inhabitants: undefined },
  ],
  advice: {
    scenario: 'Scenario 1: minimale samenwerking',
    withinReach: 'Scenario 2: informele samenwerking',
    provisional: true,
    waiting: ['Gemeente X: nog 3 vragen (aanbod, voordelen, doelgroep).'],
    statements: [{ text: 'Een richting, geen beslissing.', origin: 'gids' }],
  },
  scenarios: [
    {
      title: 'Scenario 1: minimale samenwerking',
      agreements: [
        { title: 'Een gezamenlijk aanbod', status: 'agreed', heldBackBy: [] },
        { title: 'Een gezamenlijk voordelenkader', status: 'discuss', heldBackBy: ['Zoersel'] },
      ],
    },
    {
      title: 'Scenario 2: informele samenwerking',
      agreements: [{ title: 'Een regiocoördinator', status: 'not-yet', heldBackBy: ['Brecht', 'Zoersel'] }],
    },
  ],
  coordination: [
    { text: 'Idealiter 1 VTE regiocoördinator.', origin: 'publiq', source: 'Samenwerkingsvormen' },
    { text: 'Minstens 1 VTE geldt als volwaardig.', origin: 'gids' },
  ],
  costs: {
    lines: [
      { label: 'Regiocoördinator 1 VTE', amount: 65_000 },
      { label: 'Communicatie', amount: 5_001 },
    ],
    total: 70_001,
    keyName: 'in gelijke delen',
    keySentence: 'Elke gemeente betaalt hetzelfde bedrag, of ze nu groot of klein is.',
    shares: [
      { name: 'Brecht', inhabitants: 30_512, share: 23_334 },
      { name: 'Zoersel', inhabitants: 22_345, share: 23_334 },
      { name: 'Gemeente \u202eX', share: 23_333 },
    ],
  },
  nextSteps: [{ text: 'Bespreek het voordelenkader met Zoersel.', origin: 'regio' }],
  approvals: [
    { document: 'Collegebesluit over de aansluiting', who: 'het college van elke gemeente' },
    { document: 'Gemeenteraadsbesluit over de aansluiting', who: 'de gemeenteraad van elke gemeente' },
  ],
  sources: [{ title: 'publiq, Samenwerkingsvormen', url: 'https://www.publiq.be/nl/samenwerkingsvormen' }],
};

async function readBack(dossier: DossierData) {
  const buffer = await Packer.toBuffer(buildDossier(dossier));
  const { value: html } = await mammoth.convertToHtml({ buffer });
  return { buffer, html };
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

describe('the regiodossier (.docx)', () => {
  it('holds the region, "Ontwerp", every municipality, every share and every agreement', async () => {
    const { buffer, html } = await readBack(data);
    const body = text(html);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    expect(html).toMatch(/<h1>Ontwerp – Regiodossier UiTPAS: Regio Voorkempen &lt;b&gt;&amp;&lt;\/b&gt;<\/h1>/);
    expect(body).toContain('6 december 2026');
    for (const name of ['Brecht', 'Zoersel']) expect(body).toContain(name);
    expect(body).toContain('30.512');
    for (const share of ['€ 23.334', '€ 23.333', '€ 70.001', '€ 65.000', '€ 5.001']) expect(body).toContain(share);
    expect(body).toContain('€ 0,76'); // 23.334 / 30.512 per inhabitant
    for (const agreement of ['Een gezamenlijk aanbod', 'Een gezamenlijk voordelenkader', 'Een regiocoördinator']) {
      expect(body).toContain(agreement);
    }
    expect(body).toContain('te bespreken');
    expect(body).toContain('Brecht, Zoersel');
    expect(body).toContain('Elke gemeente betaalt hetzelfde bedrag');
    expect(body).toContain('Collegebesluit over de aansluiting het college van elke gemeente');
    expect(body).toContain('publiq (Samenwerkingsvormen): Idealiter 1 VTE regiocoördinator.');
    expect(body).toContain('Lezing van de gids: Minstens 1 VTE');
    expect(body).toContain('Antwoorden van de regio: Bespreek het voordelenkader');
    expect(body).toContain('Laat ze nakijken door de diensten van je eigen gemeente');
    expect(body).toContain(data.link);
  });

  it('uses real headings and real tables: a header row, one row per municipality, an empty column for the decision', async () => {
    const { html } = await readBack(data);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]);
    expect(h2).toEqual([
      'Zo lees je dit ontwerp',
      'De gemeenten',
      'Het gezamenlijke advies',
      'De afspraken',
      'De coördinatie',
      'De gedeelde kosten',
      'Volgende stappen',
      'Bronnen',
    ]);
    expect(html).toContain('<h3>Scenario 2: informele samenwerking</h3>');
    const tables = html.match(/<table>.*?<\/table>/g) ?? [];
    // municipalities, two agreement tables, cost lines, shares, approvals
    expect(tables).toHaveLength(6);
    const [municipalities, agreements] = tables;
    expect(municipalities!.match(/<tr>/g)).toHaveLength(1 + 3 + 1);
    expect(municipalities).toContain('<td><p>Zoersel</p></td><td><p>11057</p></td>');
    expect(agreements).toMatch(/<th><p><strong>Besluit van de regio<\/strong><\/p><\/th>/);
    expect(agreements).toMatch(/<td><p>Zoersel<\/p><\/td><td><\/td><\/tr>/);
  });

  it('writes black only, a repeating table header, Dutch, and the page numbers in the footer', async () => {
    const buffer = await Packer.toBuffer(buildDossier(data));
    const files = unzipSync(new Uint8Array(buffer));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).not.toContain('\u202e');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain('w:val="nl-BE"');
    const colours = new Set(
      [...(xml + styles).matchAll(/w:color w:val="([0-9A-Fa-f]{6}|auto)"/g)].map((match) => match[1]),
    );
    expect(colours.size).toBeGreaterThan(0);
    expect(
      [...colours].every((colour) => colour === '000000' || colour === 'auto'),
      [...colours].join(),
    ).toBe(true);
    const footer = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    const footerXml = strFromU8(files[footer!]!);
    expect(footerXml).toContain('PAGE');
    expect(footerXml).toContain('NUMPAGES');
  });

  it('says so when the region has no costs yet, or no shares', async () => {
    const { html } = await readBack({ ...data, costs: undefined });
    expect(text(html)).toContain('De regio heeft nog geen kosten ingevuld.');
    const refused = await readBack({
      ...data,
      costs: { ...data.costs!, shares: { problem: 'We kennen het aantal inwoners niet voor Gemeente X.' } },
    });
    expect(text(refused.html)).toContain('We kennen het aantal inwoners niet voor Gemeente X.');
  });

  it('names the file after the region and the date', () => {
    expect(dossierFileName('Regio Voorkempen', '2026-12-06')).toBe(
      'uitpas-regiodossier-regio-voorkempen-2026-12-06.docx',
    );
    expect(dossierFileName('Sint-Niklaas & Wétteren!', '2026-01-02')).toBe(
      'uitpas-regiodossier-sint-niklaas-wetteren-2026-01-02.docx',
    );
    expect(dossierFileName('', '2026-01-02')).toBe('uitpas-regiodossier-regio-2026-01-02.docx');
  });
});
