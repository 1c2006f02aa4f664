// No run of ten words of publiq's text or of the research notes (domain.md) in the guide's prose,
// also across a paragraph break or from one list item into the next (issue 20: the review found
// two such runs that the built-page check, which never crosses blocks, let through). Tables are
// left out: a table of facts may name the same things in the same order. Compared against the
// hashed fingerprint test/fixtures/source-shingles.json, so the test never reads those texts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsOf } from '../support/shingles';

const root = path.resolve(import.meta.dirname, '../..');
const fingerprint = JSON.parse(readFileSync(path.join(root, 'test/fixtures/source-shingles.json'), 'utf8')) as {
  files: string[];
  hashes: string[];
};
const known = new Set(fingerprint.hashes);
const pages = ['content/gids', 'content/delen'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => path.join(dir, file)),
);

/** The prose of an MDX page, one stretch per section: paragraphs and list items run on into each other. */
function proseSections(mdx: string): string[] {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .split('\n')
    .filter((line) => !/^\s*(import\s|\||<[A-Z])/.test(line))
    .join('\n')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .split(/\n(?=#{1,6}\s)/);
}

describe('own words in the prose', () => {
  it('the fingerprint covers both publiq’s text and domain.md', () => {
    expect(fingerprint.files).toEqual(['source/samenwerkingsvormen.md', 'domain.md']);
    expect(known.size).toBeGreaterThan(1000);
  });

  it('joins the list items and paragraphs of one section into one stretch', () => {
    expect(proseSections('## Kop\n\nEen zin.\n\n- een punt\n- nog een punt\n\n## Andere kop')).toHaveLength(2);
  });

  it.each(pages)('%s shares no ten-word run with them, even across blocks', (file) => {
    const copied = proseSections(readFileSync(path.join(root, file), 'utf8'))
      .flatMap((section) => runsOf(section))
      .filter((run) => known.has(run.hash))
      .map((run) => run.words.join(' '));
    expect(copied).toEqual([]);
  });
});
