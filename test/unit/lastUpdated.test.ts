// Reading "Laatst bijgewerkt" from git (src/lib/lastUpdated.ts) in throwaway repositories: the
// newest commit per file, a folder as all its files, and the fallback when git cannot tell (no
// repository, a copy nested in another repository, a file seen only in a shallow clone's boundary).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitDates, filesOfPage, lastUpdated } from '../../src/lib/lastUpdated';

const work = mkdtempSync(path.join(tmpdir(), 'last-updated-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (cwd: string, args: string[], date?: string) => {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
};
const write = (repo: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};
const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

const repo = path.join(work, 'repo');
mkdirSync(repo);
git(repo, ['init', '-q', '-b', 'main']);
write(repo, 'content/gids/basis.mdx', 'a');
write(repo, 'content/begrippen/begrippen.yaml', 'a');
git(repo, ['add', '-A']);
git(repo, ['commit', '-qm', 'one'], '2026-11-20T10:00:00Z');
write(repo, 'content/begrippen/begrippen.yaml', 'b');
git(repo, ['commit', '-qam', 'two'], '2026-11-30T10:00:00Z');
write(repo, 'content/gids/basis.mdx', 'b');
git(repo, ['commit', '-qam', 'three'], '2026-12-05T10:00:00Z');
const fallback = new Date('2026-01-01');

describe('commitDates and lastUpdated', () => {
  it('takes the newest commit of every file the page shows, a folder counting with all its files', () => {
    expect(day(commitDates(repo).get('content/begrippen/begrippen.yaml'))).toBe('2026-11-30');
    expect(day(lastUpdated(['content/begrippen/begrippen.yaml'], fallback, repo))).toBe('2026-11-30');
    expect(day(lastUpdated(['content/gids/basis.mdx', 'content/begrippen'], fallback, repo))).toBe('2026-12-05');
    expect(day(lastUpdated(['content/begrippen/'], fallback, repo))).toBe('2026-11-30');
  });

  it('falls back when git knows none of the files, or there is no repository of its own', () => {
    expect(lastUpdated(['content/nieuw.mdx'], fallback, repo)).toBe(fallback);
    const plain = path.join(work, 'plain');
    mkdirSync(plain);
    expect(lastUpdated(['content/gids/basis.mdx'], fallback, plain)).toBe(fallback);
    // A copy inside another repository (as the benchmark makes) must not borrow that history.
    const nested = path.join(repo, 'copy');
    mkdirSync(nested);
    expect(commitDates(nested).size).toBe(0);
  });

  it("in a shallow clone, a file seen only in the boundary commit gets the fallback, not the clone's date", () => {
    const clone = path.join(work, 'shallow');
    git(work, ['clone', '-q', '--depth', '2', `file://${repo}`, clone]);
    // Commit "two" is the boundary: it lists every file; only "three" is real history.
    expect(day(lastUpdated(['content/gids/basis.mdx'], fallback, clone))).toBe('2026-12-05');
    expect(lastUpdated(['content/begrippen/begrippen.yaml'], fallback, clone)).toBe(fallback);
  });
});

describe('filesOfPage', () => {
  it('adds what the MDX imports and the data its components render', () => {
    const body = [
      "import GlossaryList from '../../src/components/guide/GlossaryList.astro';",
      "import HoeveelCoordinatie from '../delen/hoeveel-coordinatie.mdx';",
    ].join('\n');
    expect(filesOfPage('content/gids/begrippen.mdx', body)).toEqual([
      'content/gids/begrippen.mdx',
      'src/components/guide/GlossaryList.astro',
      'content/begrippen/begrippen.yaml',
      'content/delen/hoeveel-coordinatie.mdx',
    ]);
  });
});
