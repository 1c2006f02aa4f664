import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { agreement, guidePage, region, scenario, term } from './lib/schemas';
import { keuzehulpAdvice, keuzehulpCondition, keuzehulpOutcome, keuzehulpQuestion } from './lib/keuzehulp/schema';

/** The guide's pages, one MDX file each; the file path is the URL. */
const gids = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/gids' }),
  schema: guidePage,
});

/** The agreements a region can make; every page and the keuzehulp read them from here. */
const afspraken = defineCollection({
  loader: file('./content/samenwerking/afspraken.yaml'),
  schema: agreement,
});

/** The three scenarios of publiq's text, cumulative (1 within 2 within 3). */
const scenarios = defineCollection({
  loader: file('./content/samenwerking/scenarios.yaml'),
  schema: scenario,
});

/** The glossary: one entry per term, shown on /begrippen/ with its own anchor. */
const begrippen = defineCollection({
  loader: file('./content/begrippen/begrippen.yaml'),
  schema: term,
});

/** Real UiTPAS regions, one fact card each on /bestaande-regios/, every card with its sources. */
const regios = defineCollection({
  loader: file('./content/regios/regios.yaml'),
  schema: region,
});

/** Keuzehulp: questions, scenario conditions, advice and result sentences (see content/keuzehulp). */
const keuzehulpVragen = defineCollection({ loader: file('./content/keuzehulp/vragen.yaml'), schema: keuzehulpQuestion });
const keuzehulpVoorwaarden = defineCollection({
  loader: file('./content/keuzehulp/voorwaarden.yaml'),
  schema: keuzehulpCondition,
});
const keuzehulpAdviezen = defineCollection({ loader: file('./content/keuzehulp/adviezen.yaml'), schema: keuzehulpAdvice });
const keuzehulpUitkomsten = defineCollection({
  loader: file('./content/keuzehulp/uitkomsten.yaml'),
  schema: keuzehulpOutcome,
});

export const collections = {
  gids,
  afspraken,
  scenarios,
  begrippen,
  regios,
  keuzehulpVragen,
  keuzehulpVoorwaarden,
  keuzehulpAdviezen,
  keuzehulpUitkomsten,
};
