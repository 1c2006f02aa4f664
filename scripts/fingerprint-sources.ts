// Writes test/fixtures/source-shingles.json: hashed ten-word runs of publiq's source text
// and of the research notes (domain.md). Tests compare the built site against it, so no
// test ever reads those files. Run after either file changes:
//   node scripts/fingerprint-sources.ts [folder]   (without it: SOURCES_DIR, else DEFAULT_SOURCES_DIR)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownSegments, runsOf, SHINGLE_WORDS } from '../test/support/shingles.ts';

/** Where the maintainers keep the source texts: a folder beside the repository, never in it. */
const DEFAULT_SOURCES_DIR = '../shared';
const shared = path.resolve(process.argv[2] ?? process.env.SOURCES_DIR ?? DEFAULT_SOURCES_DIR);
const files = ['source/samenwerkingsvormen.md', 'domain.md'];
const hashes = new Set<string>();
for (const file of files) {
  const text = readFileSync(path.join(shared, file), 'utf8');
  for (const segment of markdownSegments(text)) for (const run of runsOf(segment)) hashes.add(run.hash);
}
const out = path.resolve(import.meta.dirname, '../test/fixtures/source-shingles.json');
writeFileSync(
  out,
  `${JSON.stringify({ words: SHINGLE_WORDS, files, generated: new Date().toISOString().slice(0, 10), hashes: [...hashes].sort() })}\n`,
);
console.log(
  `${hashes.size} runs of ${SHINGLE_WORDS} words from ${files.join(', ')} -> ${path.relative(process.cwd(), out)}`,
);
