// The same content for Node (unit tests, browser tests, the benchmark): reads the data files
// of ./files.ts from disk, validates them with the same schemas and builds them with ./build.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { recommendScenario, withinReachScenario } from '../keuzehulp/rules';
import type { Answers, Outcome } from '../keuzehulp/spec';
import { buildContent, type Content, type RawContent } from './build';
import { DATA_FILES } from './files';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The parsed, validated data files. */
export function readRawContent(root = ROOT): RawContent {
  const raw = {} as Record<string, unknown>;
  for (const [name, file] of Object.entries(DATA_FILES)) {
    raw[name] = z.array(file.schema as z.ZodType).parse(parse(readFileSync(path.join(root, file.path), 'utf8')));
  }
  return raw as RawContent;
}

let cached: Content | undefined;
export function readContent(): Content {
  cached ??= buildContent(readRawContent());
  return cached;
}

/** The decision on plain answers, bound to the content's conditions (for scripts and tests). */
export function readDecision() {
  const { conditions } = readContent().keuzehulp;
  return {
    recommendScenario: (answers: Answers): Outcome => recommendScenario(answers, conditions),
    withinReachScenario: (answers: Answers): Outcome => withinReachScenario(answers, conditions),
  };
}
