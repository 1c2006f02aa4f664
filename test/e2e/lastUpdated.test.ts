// "Laatst bijgewerkt" on the built site follows the content's history (issue 20): on every page it
// is never older than the newest commit of any file the page shows. Checked against git directly,
// file by file, so the build's own reading of the log (src/lib/lastUpdated.ts) is not its own judge.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { filesOfPage } from '../../src/lib/lastUpdated';
import { sitemapPaths } from '../support/site';

const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '../..');

/** The boundary commits of a shallow clone: git dates every older file to them, so they say nothing. */
const shallowBoundaries = (() => {
  const file = spawnSync('git', ['-C', root, 'rev-parse', '--git-path', 'shallow'], { encoding: 'utf8' }).stdout.trim();
  const shallowPath = file && path.resolve(root, file);
  return new Set(shallowPath && existsSync(shallowPath) ? readFileSync(shallowPath, 'utf8').split('\n') : []);
})();

/**
 * The UTC day of the newest commit that touched any of `paths`, as git itself says; '' when that
 * commit is a shallow clone's boundary (its history is cut there, so the build falls back too).
 */
function newestCommitDay(paths: readonly string[]): string {
  const log = spawnSync('git', ['-C', root, 'log', '-1', '--format=%H %ct', '--', ...paths], { encoding: 'utf8' });
  expect(log.status).toBe(0);
  const [hash, seconds] = log.stdout.trim().split(' ');
  expect(seconds, `git knows ${paths.join(', ')}`).toMatch(/^\d+$/);
  if (shallowBoundaries.has(hash)) return '';
  return new Date(Number(seconds) * 1000).toISOString().slice(0, 10);
}

/** The date in the page's footer, as its datetime attribute gives it. */
function footerDay(sitePath: string): string {
  const html = readFileSync(path.join(distDir, sitePath, 'index.html'), 'utf8');
  const footer = html.match(/<footer class="site-footer">[\s\S]*?<\/footer>/)?.[0] ?? '';
  const day = /Laatst bijgewerkt op <time datetime="(\d{4}-\d{2}-\d{2})">/.exec(footer)?.[1];
  expect(day, `${sitePath} shows "Laatst bijgewerkt"`).toBeDefined();
  return day ?? '';
}

/** The MDX file behind a guide page's path, or undefined for a page of its own (/regio/ ...). */
function mdxOf(sitePath: string): string | undefined {
  const slug = sitePath.replace(/\/$/, '') || 'index';
  const file = `content/gids/${slug}.mdx`;
  return existsSync(path.join(root, file)) ? file : undefined;
}

// Reads the repository's history, as a clone has it; in a shallow clone, files whose history is
// cut at the boundary are dated by the fallback, and git cannot say more about them either.
describe('"Laatst bijgewerkt" follows the history of what each page shows', () => {
  const pages = sitemapPaths(distDir);

  it('no guide page shows a date older than the last change of its MDX, its imports or its data', () => {
    const guidePages = pages.filter((sitePath) => mdxOf(sitePath));
    expect(guidePages.length).toBeGreaterThan(15);
    for (const sitePath of guidePages) {
      const file = mdxOf(sitePath)!;
      const body = readFileSync(path.join(root, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(footerDay(sitePath) >= newestCommitDay(filesOfPage(file, body)), sitePath).toBe(true);
    }
  });

  it('the glossary and the keuzehulp are as new as the data they render', () => {
    expect(footerDay('begrippen/') >= newestCommitDay(['content/begrippen/begrippen.yaml'])).toBe(true);
    expect(footerDay('keuzehulp/') >= newestCommitDay(['content/keuzehulp', 'content/samenwerking'])).toBe(true);
    for (const sitePath of ['scenarios/minimale-samenwerking/', 'vergelijking/'])
      expect(footerDay(sitePath) >= newestCommitDay(['content/delen/hoeveel-coordinatie.mdx']), sitePath).toBe(true);
  });

  it('the region page, the region overview and the search page have a date, as new as their files', () => {
    expect(footerDay('regio/') >= newestCommitDay(['src/pages/regio.astro', 'src/data/regio'])).toBe(true);
    expect(footerDay('keuzehulp/samen/') >= newestCommitDay(['src/pages/keuzehulp/samen', 'content/keuzehulp'])).toBe(
      true,
    );
    expect(footerDay('zoeken/') >= newestCommitDay(['src/pages/zoeken.astro'])).toBe(true);
  });
});
