import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guidePage, region } from './lib/schemas';
import { DATA_FILES } from './lib/content/files';

/** The guide's pages, one MDX file each; the file path is the URL. */
const gids = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/gids' }),
  schema: guidePage,
});

/** One collection per data file (src/lib/content/files.ts); pages read them through loadContent(). */
const {
  afspraken,
  scenarios,
  begrippen,
  keuzehulpVragen,
  keuzehulpVoorwaarden,
  keuzehulpAdviezen,
  keuzehulpAntwoordwoorden,
} = DATA_FILES;

/** Real UiTPAS regions, one fact card each on /bestaande-regios/, every card with its sources. */
const regios = defineCollection({ loader: file('./content/regios/regios.yaml'), schema: region });

export const collections = {
  gids,
  regios,
  afspraken: defineCollection({ loader: file(afspraken.path), schema: afspraken.schema }),
  scenarios: defineCollection({ loader: file(scenarios.path), schema: scenarios.schema }),
  begrippen: defineCollection({ loader: file(begrippen.path), schema: begrippen.schema }),
  keuzehulpVragen: defineCollection({ loader: file(keuzehulpVragen.path), schema: keuzehulpVragen.schema }),
  keuzehulpVoorwaarden: defineCollection({
    loader: file(keuzehulpVoorwaarden.path),
    schema: keuzehulpVoorwaarden.schema,
  }),
  keuzehulpAdviezen: defineCollection({ loader: file(keuzehulpAdviezen.path), schema: keuzehulpAdviezen.schema }),
  keuzehulpAntwoordwoorden: defineCollection({
    loader: file(keuzehulpAntwoordwoorden.path),
    schema: keuzehulpAntwoordwoorden.schema,
  }),
};
