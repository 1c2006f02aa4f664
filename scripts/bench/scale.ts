// Temporary copies of the project with synthetic pages added, to see how build and search
// costs grow. Copies live in .tmp/ (git-ignored), share node_modules through a symlink, and
// are removed after the run unless BENCH_KEEP=1.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatePages } from './synth.ts';

const SKIP = new Set(['node_modules', '.git', '.tmp', '.astro', 'bench', 'dist', 'coverage']);

/** Highest `order` used by the real guide pages, so synthetic pages never collide. */
export function highestOrder(projectDir: string): number {
  const dir = path.join(projectDir, 'content', 'gids');
  let highest = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.mdx?$/.test(file)) continue;
    const order = readFileSync(path.join(dir, file), 'utf8').match(/^order:\s*(\d+)/m)?.[1];
    if (order) highest = Math.max(highest, Number(order));
  }
  return highest;
}

/** Copies the project (without outputs and caches) into `target` and adds `extraPages` synthetic pages; `contentBytes` is the size of content/ afterwards. */
export function makeScaledCopy(projectDir: string, target: string, extraPages: number, seed = 20261125): { pages: number; contentBytes: number } {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(projectDir)) {
    if (SKIP.has(name) || name.startsWith('dist-')) continue;
    cpSync(path.join(projectDir, name), path.join(target, name), { recursive: true });
  }
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  const firstOrder = Math.max(1000, highestOrder(projectDir) + 1);
  const pages = generatePages(extraPages, seed, firstOrder);
  for (const page of pages) {
    const file = path.join(target, 'content', 'gids', page.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page.source);
  }
  return { pages: pages.length, contentBytes: folderSize(path.join(target, 'content')).bytes };
}

/** Total bytes and file count of a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(dir, file));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Pagefind's output split into its parts. */
export function indexSize(distDir: string): { total: number; files: number; indexChunks: number; indexChunkBytes: number; fragments: number; fragmentBytes: number } {
  const dir = path.join(distDir, 'pagefind');
  const { bytes, files } = folderSize(dir);
  let indexChunks = 0;
  let indexChunkBytes = 0;
  let fragments = 0;
  let fragmentBytes = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const size = statSync(path.join(dir, file)).size;
    if (file.endsWith('.pf_index')) {
      indexChunks++;
      indexChunkBytes += size;
    } else if (file.endsWith('.pf_fragment')) {
      fragments++;
      fragmentBytes += size;
    }
  }
  return { total: bytes, files, indexChunks, indexChunkBytes, fragments, fragmentBytes };
}
