// Loads content/keuzehulp the way the build does (same schemas, same buildModel), for the
// unit tests. Not a test file itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { agreement, scenario, term } from '../../src/lib/schemas';
import { buildModel } from '../../src/lib/keuzehulp/model';
import {
  keuzehulpAdvice,
  keuzehulpCondition,
  keuzehulpOutcome,
  keuzehulpQuestion,
} from '../../src/lib/keuzehulp/schema';
import type { KeuzehulpModel } from '../../src/lib/keuzehulp/types';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string): unknown => parse(readFileSync(path.join(root, file), 'utf8'));

export function loadRaw() {
  return {
    questions: z.array(keuzehulpQuestion).parse(read('content/keuzehulp/vragen.yaml')),
    conditions: z.array(keuzehulpCondition).parse(read('content/keuzehulp/voorwaarden.yaml')),
    advice: z.array(keuzehulpAdvice).parse(read('content/keuzehulp/adviezen.yaml')),
    outcomes: z.array(keuzehulpOutcome).parse(read('content/keuzehulp/uitkomsten.yaml')),
    agreements: z.array(agreement).parse(read('content/samenwerking/afspraken.yaml')),
    scenarios: z.array(scenario).parse(read('content/samenwerking/scenarios.yaml')),
    glossaryIds: z.array(term).parse(read('content/begrippen/begrippen.yaml')).map((entry) => entry.id),
  };
}

export function loadModel(): KeuzehulpModel {
  const raw = loadRaw();
  return buildModel(raw, raw.agreements, raw.scenarios, raw.glossaryIds);
}
