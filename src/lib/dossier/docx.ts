// The regiodossier as a Word document, written with the `docx` library (docs/decisions/0016-regiodossier.md).
// The overview imports this module only when the reader asks for the document. Real headings
// (Heading 1-3) and real tables, so a coordinator can edit it into a collegenota; everything in
// black on white, so it reads the same when printed in black and white.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { euro } from '../regio/costs';
import { euroCents } from './words';
import { ORIGIN_TEXT, STATUS_TEXT, type DossierCosts, type DossierData, type Statement } from './dossier';

const BLACK = '000000';

// Control characters (invalid in XML) and the invisible marks that reorder text (bidi overrides):
// labels come from a link, so every text passes through here on its way into the document.
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const plain = (text: string) => text.replace(LONE_SURROGATE, '\ufffd').replace(UNSAFE, ' ');
const run = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text: plain(text), ...options });
const number = (value: number) => value.toLocaleString('nl-BE');
const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    children: [run(text)],
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
  });

const paragraph = (...children: (string | ParagraphChild)[]) =>
  new Paragraph({ children: children.map((child) => (typeof child === 'string' ? run(child) : child)) });

const bold = (text: string) => run(text, { bold: true });

/** "Herkomst: …", in italics under a heading. */
const originLine = (text: string) => new Paragraph({ children: [run(`Herkomst: ${text}`, { italics: true })] });

const bullet = (...children: (string | ParagraphChild)[]) =>
  new Paragraph({
    bullet: { level: 0 },
    children: children.map((child) => (typeof child === 'string' ? run(child) : child)),
  });

/** A statement with its origin named before it: "publiq (Middelen): …". */
function statement({ text, origin, source }: Statement): Paragraph {
  const from = !source
    ? ORIGIN_TEXT[origin]
    : origin === 'publiq'
      ? `publiq (${source})`
      : `${ORIGIN_TEXT[origin]} (bron: ${source})`;
  return bullet(bold(`${capitalise(from)}: `), text);
}

// publiq writes its name in lower case, also at the start of a sentence.
const capitalise = (text: string) => (text.startsWith('publiq') ? text : text.charAt(0).toUpperCase() + text.slice(1));

const border = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

type Cell = string | { text: string; bold?: boolean; right?: boolean };

const cell = (content: Cell, header: boolean) => {
  const { text, bold: strong, right } = typeof content === 'string' ? { text: content } : content;
  return new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run(text, { bold: header || strong === true })],
      }),
    ],
  });
};

/** A real table: a header row that repeats on every page, then the rows. */
function table(header: Cell[], rows: Cell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((content) => cell(content, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content) => cell(content, false)) })),
    ],
  });
}

const right = (text: string, strong = false): Cell => ({ text, right: true, bold: strong });

function municipalitiesPart(data: DossierData) {
  const known = data.municipalities.every((municipality) => municipality.inhabitants !== undefined);
  const total = data.municipalities.reduce((sum, municipality) => sum + (municipality.inhabitants ?? 0), 0);
  return [
    heading('De gemeenten', 2),
    originLine(
      'de regio koos deze gemeenten. Inwoners (Statbel, 1 januari 2026) en referentieregio (Vlaamse overheid) komen uit de gegevens van de gids.',
    ),
    table(
      ['Gemeente', 'NIS-code', right('Inwoners'), 'Referentieregio'],
      [
        ...data.municipalities.map((municipality): Cell[] => [
          municipality.name,
          municipality.nis ?? 'onbekend',
          right(municipality.inhabitants === undefined ? 'onbekend' : number(municipality.inhabitants)),
          municipality.referenceRegion ?? 'onbekend',
        ]),
        [
          { text: `Totaal: ${data.municipalities.length} gemeenten`, bold: true },
          '',
          right(known ? number(total) : 'niet voor elke gemeente bekend', true),
          '',
        ],
      ],
    ),
  ];
}

function advicePart(data: DossierData) {
  const { advice } = data;
  return [
    heading('Het gezamenlijke advies', 2),
    originLine(
      'de antwoorden van de gemeenten, gecombineerd met de regels van de keuzehulp van de gids. Een richting, geen beslissing.',
    ),
    paragraph(bold('Aanbevolen scenario: '), advice.scenario),
    paragraph(bold('Binnen bereik: '), advice.withinReach),
    advice.provisional
      ? paragraph(bold('Voorlopig. '), 'Nog niet elke gemeente heeft elke vraag beantwoord. Wie nog moet antwoorden:')
      : paragraph('Elke gemeente heeft elke vraag beantwoord. Dit advies is niet voorlopig.'),
    ...(advice.provisional ? advice.waiting.map((line) => bullet(line)) : []),
    ...advice.statements.map(statement),
  ];
}

function agreementsPart(data: DossierData) {
  return [
    heading('De afspraken', 2),
    originLine(
      'welke afspraken een scenario vraagt, komt uit de tekst van publiq; de stand per afspraak uit de antwoorden van de regio. De laatste kolom is leeg: daar schrijft de regio wat ze beslist.',
    ),
    ...data.scenarios.flatMap((scenario) => [
      heading(scenario.title, 3),
      table(
        ['Afspraak', 'Stand in de regio', 'Wie houdt ze nog tegen', 'Besluit van de regio'],
        scenario.agreements.map((agreement): Cell[] => [
          agreement.title,
          STATUS_TEXT[agreement.status],
          agreement.heldBackBy.length > 0 ? agreement.heldBackBy.join(', ') : 'niemand',
          '',
        ]),
      ),
    ]),
  ];
}

function costsPart(costs: DossierCosts | undefined) {
  const part: (Paragraph | Table)[] = [
    heading('De gedeelde kosten', 2),
    originLine(
      'de kostenposten, de bedragen en de verdeelsleutel zijn de eigen raming van de regio. De gids rekent alleen de verdeling uit. Bedragen van andere regio’s zijn voorbeelden, geen prijzen.',
    ),
  ];
  if (!costs || costs.lines.length === 0) {
    return [
      ...part,
      paragraph('De regio heeft nog geen kosten ingevuld. Vul ze in bij ‘Kosten verdelen’ in het regio-overzicht.'),
    ];
  }
  part.push(
    heading('Kostenposten per jaar', 3),
    table(
      ['Kostenpost', right('Bedrag per jaar')],
      [
        ...costs.lines.map((line): Cell[] => [line.label, right(euro(line.amount))]),
        [{ text: 'Totaal', bold: true }, right(euro(costs.total), true)],
      ],
    ),
    heading('Verdeling over de gemeenten', 3),
    paragraph(bold('Verdeelsleutel: '), costs.keyName, '. ', costs.keySentence),
  );
  if ('problem' in costs.shares) return [...part, paragraph(costs.shares.problem)];
  const inhabitants = costs.shares.reduce((sum, share) => sum + (share.inhabitants ?? 0), 0);
  const known = costs.shares.every((share) => share.inhabitants !== undefined);
  part.push(
    table(
      ['Gemeente', right('Inwoners'), right('Aandeel per jaar'), right('Per inwoner')],
      [
        ...costs.shares.map((share): Cell[] => [
          share.name,
          right(share.inhabitants === undefined ? 'onbekend' : number(share.inhabitants)),
          right(euro(share.share)),
          right(share.inhabitants ? euroCents(share.share / share.inhabitants) : '–'),
        ]),
        [
          { text: 'Totaal', bold: true },
          right(known ? number(inhabitants) : '–', true),
          right(euro(costs.total), true),
          right(known && inhabitants > 0 ? euroCents(costs.total / inhabitants) : '–', true),
        ],
      ],
    ),
    paragraph(
      'De aandelen zijn hele euro’s en tellen op tot het totaal: elke gemeente krijgt haar exacte aandeel naar beneden afgerond, de euro’s die overblijven gaan een voor een naar de grootste resten.',
    ),
  );
  return part;
}

function stepsPart(data: DossierData) {
  return [
    heading('Volgende stappen', 2),
    ...data.nextSteps.map(statement),
    heading('Wat elk college en elke gemeenteraad goedkeurt', 3),
    originLine(
      'de pagina Voorbeelddocumenten van de gids. Die combineert de stappen van publiq met besluiten van gemeenten. Wat publiq niet voorschrijft, staat er als advies van de gids.',
    ),
    table(
      ['Document', 'Wie keurt goed of tekent'],
      data.approvals.map((approval): Cell[] => [approval.document, approval.who]),
    ),
  ];
}

const link = (url: string) =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text: plain(url), style: 'Hyperlink' })] });

function sourcesPart(data: DossierData) {
  return [
    heading('Bronnen', 2),
    ...data.sources.map((source) => bullet(`${source.title}: `, link(source.url))),
    paragraph(bold('Het regio-overzicht met alle antwoorden: '), link(data.link)),
  ];
}

/** The document, ready for Packer. */
export function buildDossier(data: DossierData): Document {
  const date = longDate(data.date);
  const title = `Ontwerp – Regiodossier UiTPAS: ${plain(data.region)}`;
  return new Document({
    title,
    creator: 'UiTPAS-regio: samenwerkingsgids',
    description: `Ontwerp van het regiodossier voor ${plain(data.region)}, ${date}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, color: BLACK, language: { value: 'nl-BE' } } },
        heading1: { run: { font: 'Calibri', size: 36, bold: true, color: BLACK } },
        heading2: {
          run: { font: 'Calibri', size: 30, bold: true, color: BLACK },
          paragraph: { spacing: { before: 360 } },
        },
        heading3: {
          run: { font: 'Calibri', size: 24, bold: true, color: BLACK },
          paragraph: { spacing: { before: 240 } },
        },
        // Unused here, but black too: a coordinator who adds one keeps a black-and-white document.
        heading4: { run: { color: BLACK } },
        heading5: { run: { color: BLACK } },
        heading6: { run: { color: BLACK } },
        caption: { run: { color: BLACK } },
        hyperlink: { run: { color: BLACK, underline: {} } },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    children: [
                      `Ontwerp – Regiodossier ${plain(data.region)} – pagina `,
                      PageNumber.CURRENT,
                      ' van ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          heading(title, 1),
          paragraph(bold('Datum: '), date),
          paragraph(
            bold('Ontwerp. '),
            'Dit is een werkversie, geen besluit. Laat ze nakijken door de diensten van je eigen gemeente, bijvoorbeeld de juridische en de financiële dienst, voor je ze aan het college of de gemeenteraad voorlegt.',
          ),
          heading('Zo lees je dit ontwerp', 2),
          paragraph(
            'Bij elk deel staat waar de tekst vandaan komt. ',
            bold('publiq'),
            ': wat publiq zelf schrijft, met de pagina waar het staat. ',
            bold('Lezing van de gids'),
            ': hoe de gids de teksten van publiq leest; dat is geen regel van publiq. ',
            bold('Antwoorden van de regio'),
            ': wat jullie gemeenten zelf invulden in het regio-overzicht.',
          ),
          paragraph(
            'Dit dossier bevat geen juridische bepalingen of modelteksten. Schrijf die samen met jullie diensten en met jullie partnermedewerker bij publiq.',
          ),
          ...municipalitiesPart(data),
          ...advicePart(data),
          ...agreementsPart(data),
          heading('De coördinatie', 2),
          originLine('bij elke uitspraak staat of ze van publiq komt of een lezing van de gids is.'),
          ...data.coordination.map(statement),
          ...costsPart(data.costs),
          ...stepsPart(data),
          ...sourcesPart(data),
        ],
      },
    ],
  });
}

/** The document as a file for the browser to save. */
export const dossierBlob = (data: DossierData): Promise<Blob> => Packer.toBlob(buildDossier(data));
