import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { agreement, guidePage, scenario } from './lib/schemas';

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

export const collections = { gids, afspraken, scenarios };
