// Schemas of everything an editor writes in content/. A file that breaks them fails
// the build with Astro's message naming the file and the field.
import { z } from 'astro/zod';

const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'moet een volledige URL zijn die met https:// begint',
});

export const source = z.object({
  title: z.string().min(3, { message: 'geef de bron een titel' }),
  url: httpsUrl,
});
export type Source = z.infer<typeof source>;

/** The kinds of page in the guide; `onderdeel` is how search labels them. */
const pageKinds = [
  'start',
  'basis',
  'scenario',
  'vergelijking',
  'keuzehulp',
  'stappen',
  'achtergrond',
  'begrippen',
  'vragen',
  'over',
] as const;
export type PageKind = (typeof pageKinds)[number];

export const guidePage = z.object({
  /** Page title, also the h1 and the <title>. */
  title: z.string().min(3).max(90),
  /** Short label for navigation and breadcrumbs; defaults to the title. */
  navLabel: z.string().min(2).max(40).optional(),
  /** Meta description and search summary. */
  description: z
    .string()
    .min(50, { message: 'een beschrijving van minstens 50 tekens helpt zoekmachines' })
    .max(160, { message: 'mag hoogstens 160 tekens lang zijn' }),
  /** Date of the last substantive change, shown in the footer. */
  updated: z.coerce.date(),
  /** Position in the guide (previous/next links follow this order). */
  order: z.number().int().min(0),
  kind: z.enum(pageKinds),
  /** Extra search words: parts of compounds, synonyms, spellings without diaeresis. */
  keywords: z.array(z.string().min(2)).default([]),
  /** Sources of facts beyond publiq's text; shown as "Bronnen" on the page. */
  sources: z.array(source).default([]),
  /** Id of the page above this one in the breadcrumbs (e.g. "vergelijking"). */
  parent: z.string().optional(),
  /** Force the table of contents on or off; by default long pages get one. */
  toc: z.boolean().optional(),
});

/** One agreement a region makes ("Als regio kom je overeen over ..."). */
export const agreement = z.object({
  id: z.string().regex(/^[a-z]+$/),
  /** Short name, e.g. "Solidaire kostendeling". */
  title: z.string().min(3),
  /** What the region agrees on, in one sentence. */
  summary: z.string().min(10),
  /**
   * Where the guide explains a basic agreement (scenario 1's): a root-relative link into /basis/.
   * Leave it out for the others: the builder links them to their section on the page of the
   * scenario that adds them (src/lib/content/build.ts).
   */
  link: z.string().startsWith('/').optional(),
});

export const scenario = z.object({
  id: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  slug: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(3),
  shortName: z.string().min(3),
  /** One-paragraph summary used in the summary box, the home page and the keuzehulp. */
  summary: z.string().min(20),
  /**
   * Ids of the agreements this scenario adds to the one before it. Everything a scenario asks
   * (its own and those of the scenarios before it) is derived once, in src/lib/content/build.ts.
   */
  adds: z.array(z.string()).min(1),
  /** How the region coordinates. */
  coordination: z.string().min(10),
  /** Who does the work, and how much time it takes. */
  staffing: z.string().min(10),
  /** Typical legal or organisational structure. */
  structure: z.string().min(10),
  /** How often you meet and report. */
  rhythm: z.string().min(10),
  /** When this scenario fits, in one sentence (comparison table). */
  fitsWhen: z.string().min(10).optional(),
});

/**
 * A link from a glossary term to the place in the guide where it matters: a label and a path,
 * or an agreement id, which links to where the guide explains that agreement (its title as label).
 */
const termLink = z.union([
  z.object({
    label: z.string().min(2, { message: 'geef de link een tekst' }),
    /** Root-relative link inside the guide, e.g. /basis/#dezelfde-kostendeling-in-de-hele-regio. */
    href: z.string().startsWith('/', { message: 'begint met / (een link binnen de gids)' }),
  }),
  z.object({ agreement: z.string().regex(/^[a-z]+$/) }),
]);

/** One term of the glossary (content/begrippen/begrippen.yaml). */
export const term = z.object({
  /** The anchor on /begrippen/: lowercase letters, digits and hyphens, no accents. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'kleine letters, cijfers en koppeltekens, zonder accenten' }),
  /** The term as readers see it. */
  term: z.string().min(2, { message: 'geef het begrip een naam van minstens 2 tekens' }),
  /** One to three short sentences. */
  definition: z
    .string()
    .min(20, { message: 'geef een uitleg van minstens 20 tekens' })
    .max(420, { message: 'hou de uitleg kort: hoogstens 420 tekens' }),
  /** Where the guide uses the term. */
  links: z.array(termLink).default([]),
});

/** A source of a fact card, with the year it describes or was published when known. */
const datedSource = source.extend({
  /** Year of the source or of the facts it reports, e.g. 2022. */
  year: z.number().int().min(2000).max(2100).optional(),
});

/** One real UiTPAS region as a fact card on /bestaande-regios/ (content/regios/regios.yaml). */
export const region = z.object({
  /** The card's anchor: lowercase letters, digits and hyphens. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'kleine letters, cijfers en koppeltekens, zonder accenten' }),
  name: z.string().min(3),
  /** Legal or organisational structure, as the sources describe it. */
  structure: z.string().min(10),
  /** Member municipalities where a source names them; otherwise leave out and explain in membersNote. */
  members: z.array(z.string().min(2)).default([]),
  membersNote: z.string().min(5).optional(),
  coordination: z.string().min(5),
  start: z.string().min(4),
  /** How costs are shared, where a source says so. */
  costSplit: z.string().min(5).optional(),
  /** Which scenario it resembles, only where the sources support it; null says why not. */
  resembles: z.object({
    scenario: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]),
    why: z.string().min(10),
  }),
  /** The period the facts describe, e.g. "2019-2024". */
  asOf: z.string().min(4),
  sources: z.array(datedSource).min(1, { message: 'elke regio noemt minstens één bron' }),
});
export type Region = z.infer<typeof region>;
