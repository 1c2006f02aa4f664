// The register of facts (issue 20): every amount, percentage, date and count in the guide's
// content, with its page, its sentence and the sources it cites, so whoever publishes can check
// them all against the live sources in one sitting. Pure: reads files, returns rows.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type FactKind = 'bedrag' | 'percentage' | 'datum' | 'aantal';

export interface Fact {
  kind: FactKind;
  /** The figure as written, e.g. "€ 100.000", "40 %", "1 januari 2031", "13 gemeenten". */
  value: string;
  /** Site path(s) of the page(s) that show it. */
  page: string;
  /** Repository file it comes from. */
  file: string;
  /** The sentence it stands in, links reduced to their text. */
  sentence: string;
  /** The sources the sentence cites, else its paragraph, else its section (URLs). Empty: none found. */
  sources: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const NUMBER_WORDS =
  'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|honderd|duizend';

/** Patterns in the order they claim text: an amount's digits are not counted again as a count. */
const PATTERNS: [FactKind, RegExp][] = [
  ['bedrag', /€\s?\d[\d.]*(?:,\d+)?(?:\s?(?:miljoen|per inwoner))?|\d[\d.]*(?:,\d+)?\s?(?:miljoen\s)?euro\b/gi],
  ['percentage', /\d+(?:,\d+)?(?:\s?(?:à|tot|-)\s?\d+(?:,\d+)?)?\s?%|\b\d{2}-\d{2}-\d{2}\b/gi],
  [
    'datum',
    new RegExp(
      `\\b(?:\\d{1,2}(?:\\s?(?:en|-|tot)\\s?\\d{1,2})?\\s(?:${MONTHS})(?:\\s\\d{4})?|(?:${MONTHS})(?:\\s?(?:-|tot|en)\\s?(?:${MONTHS}))?\\s\\d{4}|(?:19|20)\\d{2}(?:\\s?(?:-|tot en met|tot)\\s?(?:19|20)\\d{2})?)\\b`,
      'gi',
    ),
  ],
  [
    'aantal',
    new RegExp(
      `\\b(?:\\d+(?:[.,]\\d+)?(?:\\s?(?:tot|à|-|of)\\s?\\d+(?:[.,]\\d+)?)?|${NUMBER_WORDS})\\s(?!(?:${MONTHS}|tot|à|of|en)\\b)[a-zà-ÿ'’-]{3,}`,
      'gi',
    ),
  ],
];

/** Every figure in a sentence, each span claimed once (amount before percentage before date before count). */
export function figuresIn(sentence: string): { kind: FactKind; value: string }[] {
  const taken: [number, number][] = [];
  const found: { kind: FactKind; value: string; at: number }[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ kind, value: match[0].trim(), at: start });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ kind, value }) => ({ kind, value }));
}

const LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;
const urlsIn = (text: string) =>
  [...text.matchAll(LINK)].map((match) => match[2]).filter((href) => /^https?:\/\//.test(href));
/** Markdown links and emphasis reduced to their text, HTML tags and JSX comments dropped. */
const plain = (text: string) =>
  text
    .replace(LINK, '$1')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Sentences: split after . ! ? followed by a space and a capital, digit or opening mark. */
const sentencesOf = (paragraph: string) => paragraph.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9€"‘“(*[])/);

/** Site path of a guide page file: content/gids/basis.mdx -> /basis/, index -> /. */
const pageOf = (file: string) => {
  const slug = file.replace(/^content\/gids\//, '').replace(/\.mdx$/, '');
  return slug === 'index' ? '/' : `/${slug}/`;
};
/** Data files and shared parts, with the pages that show them. */
const SHOWN_ON: Record<string, string> = {
  'content/delen/hoeveel-coordinatie.mdx': "/vergelijking/ en de drie scenariopagina's",
  'content/regios/regios.yaml': '/bestaande-regios/',
  'content/begrippen/begrippen.yaml': '/begrippen/',
  'content/keuzehulp/vragen.yaml': '/keuzehulp/',
  'content/keuzehulp/voorwaarden.yaml': '/keuzehulp/',
  'content/keuzehulp/adviezen.yaml': '/keuzehulp/',
  'content/samenwerking/afspraken.yaml': "/basis/, /vergelijking/ en de scenariopagina's",
  'content/samenwerking/scenarios.yaml': "/vergelijking/ en de scenariopagina's",
};

function factsOfText(text: string, file: string, page: string, fallback: string[]): Fact[] {
  const facts: Fact[] = [];
  // Sections start at a heading; paragraphs are separated by blank lines.
  for (const section of text.split(/\n(?=#{2,4}\s)/)) {
    const sectionSources = urlsIn(section);
    for (const paragraph of section.split(/\n\s*\n/)) {
      const paragraphSources = urlsIn(paragraph);
      for (const line of paragraph.split(/\n(?=\s*(?:[-*]|\d+\.)\s|\|)/)) {
        const lineSources = urlsIn(line);
        for (const raw of sentencesOf(line)) {
          const sentence = plain(raw.replace(/^\s*(?:[-*]|\d+\.|#+)\s+/, '').replace(/\|/g, ' '));
          const sentenceSources = urlsIn(raw);
          for (const figure of figuresIn(sentence)) {
            facts.push({
              ...figure,
              page,
              file,
              sentence,
              sources: sentenceSources.length
                ? sentenceSources
                : lineSources.length
                  ? lineSources
                  : paragraphSources.length
                    ? paragraphSources
                    : sectionSources.length
                      ? sectionSources
                      : fallback,
            });
          }
        }
      }
    }
  }
  return facts;
}

/** The body of an MDX page: no frontmatter, no import lines. */
function mdxBody(source: string) {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^import\s/.test(line))
    .join('\n');
}

/** Every string value of a YAML entry, and every URL in it (its sources). */
function yamlEntryTexts(entry: unknown): { texts: string[]; urls: string[] } {
  const texts: string[] = [];
  const urls: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (/^https?:\/\//.test(value)) urls.push(value);
      else if (!['id', 'slug', 'link', 'url', 'asOf'].includes(key)) texts.push(value);
      urls.push(...urlsIn(value));
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(entry);
  return { texts, urls };
}

const filesUnder = (dir: string, pattern: RegExp) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
    .sort();

/** The whole register, in page order of the files. */
export function factsRegister(root = ROOT): Fact[] {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const facts: Fact[] = [];
  for (const file of [...filesUnder('content/gids', /\.mdx$/), 'content/delen/hoeveel-coordinatie.mdx']) {
    const source = read(file);
    const frontmatterSources = [...source.matchAll(/^\s+url:\s*(\S+)/gm)].map((match) => match[1]);
    facts.push(...factsOfText(mdxBody(source), file, SHOWN_ON[file] ?? pageOf(file), frontmatterSources));
  }
  for (const file of filesUnder('content', /\.yaml$/)) {
    const entries = parse(read(file)) as unknown[];
    for (const entry of entries) {
      const { texts, urls } = yamlEntryTexts(entry);
      for (const text of texts) facts.push(...factsOfText(text, file, SHOWN_ON[file] ?? file, urls));
    }
  }
  // /regio/ writes its figures in code: the cost examples (string literals) and the static texts
  // of RegionRules.astro (its template, tags dropped, the decree's minimum filled in).
  const minimum = Number(
    /CULTURE_DECREE_MINIMUM = ([\d_]+)/.exec(read('src/lib/regio/regions.ts'))?.[1].replace(/_/g, ''),
  );
  const codeTexts: [string, string[]][] = [
    [
      'src/lib/regio/costs.ts',
      [...read('src/lib/regio/costs.ts').matchAll(/'([^'\n]{20,})'|`([^`\n]{20,})`/g)].map((match) =>
        (match[1] ?? match[2]).replace(/\$\{[^}]*\}/g, '…'),
      ),
    ],
    [
      'src/components/regio/RegionRules.astro',
      read('src/components/regio/RegionRules.astro')
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .replace(/\{CULTURE_DECREE_MINIMUM[^}]*\}/g, minimum.toLocaleString('nl-BE'))
        .replace(/\{' '\}/g, ' ')
        .replace(/<\/?(?:p|li|h3|div|ul)\b[^>]*>/g, '\n\n')
        .replace(/<[^>]+>/g, ' ')
        .replace(/[{}()]|&&|part === '\w+'/g, ' ')
        .split(/\n\s*\n/),
    ],
  ];
  for (const [file, texts] of codeTexts) {
    const urls = [...read(file).matchAll(/https:\/\/[^\s'"`<>]+/g)].map((match) => match[0]);
    for (const text of texts) facts.push(...factsOfText(text, file, '/regio/', urls));
  }
  return facts;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** One Markdown table, with a short header saying what it is for. */
export function factsMarkdown(facts: Fact[], date: string): string {
  const lines = [
    `# Feitenregister van de gids (${date})`,
    '',
    `Elk bedrag, percentage, datum en aantal in de inhoud, met de pagina, de zin en de bron die de zin aanhaalt: ${facts.length} rijen.`,
    'Controleer elke rij op de live bron vóór publicatie en noteer de datum van die controle op /over/.',
    'Een lege bron betekent: de zin, de alinea en het deel noemen geen bron.',
    '',
    '| # | soort | waarde | pagina | bestand | zin | bron |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...facts.map(
      (fact, index) =>
        `| ${index + 1} | ${fact.kind} | ${cell(fact.value)} | ${cell(fact.page)} | ${fact.file} | ${cell(fact.sentence)} | ${fact.sources.map(cell).join('<br>')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
