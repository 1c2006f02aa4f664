// The data files of content/ and the schema each one must meet: one list, read by Astro's
// content layer for the site (src/content.config.ts) and by ./readFiles.ts for tests and the
// benchmark. The guide's MDX pages are a glob collection, declared in content.config.ts.
import { agreement, scenario, term } from '../schemas';
import { keuzehulpAdvice, keuzehulpAnswerWord, keuzehulpCondition, keuzehulpQuestion } from '../keuzehulp/schema';

export const DATA_FILES = {
  afspraken: { path: 'content/samenwerking/afspraken.yaml', schema: agreement },
  scenarios: { path: 'content/samenwerking/scenarios.yaml', schema: scenario },
  begrippen: { path: 'content/begrippen/begrippen.yaml', schema: term },
  keuzehulpVragen: { path: 'content/keuzehulp/vragen.yaml', schema: keuzehulpQuestion },
  keuzehulpVoorwaarden: { path: 'content/keuzehulp/voorwaarden.yaml', schema: keuzehulpCondition },
  keuzehulpAdviezen: { path: 'content/keuzehulp/adviezen.yaml', schema: keuzehulpAdvice },
  keuzehulpAntwoordwoorden: { path: 'content/keuzehulp/antwoordwoorden.yaml', schema: keuzehulpAnswerWord },
} as const;
