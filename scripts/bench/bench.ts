// npm run bench: builds the site and measures page weight, build time and
// memory, how build and search costs grow with 10x and 100x the content, and the keuzehulp
// engine's throughput. Writes bench/latest.md (for people) and bench/latest.json.
//
// Env: BENCH_BUILD_RUNS, BENCH_ENGINE_RUNS (repetitions), BENCH_SCALES
// (e.g. "1,10,100"), BENCH_SKIP (comma list of: weight, scale, search, compare, engine),
// BENCH_KEEP=1 keeps the temporary copies in .tmp/bench/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchRuns } from '../../test/budgets.ts';
import { launchBrowser } from '../../test/support/browser.ts';
import { benchEngine, type EngineResult } from './engine.ts';
import { MEMORY_METHOD, measureCommand, median, type Measured } from './measure.ts';
import { measurePageWeights, type PageWeight } from './pageWeight.ts';
import { renderMarkdown } from './report.ts';
import { folderSize, indexSize, makeScaledCopy } from './scale.ts';
import { measureSearch, QUERIES, type SearchCost } from './search.ts';
import { CACHE_POLICY, startBenchServer } from './server.ts';
import { compareWithStarlight, type StarlightComparison } from './starlight.ts';

const projectDir = path.resolve(import.meta.dirname, '..', '..');
const workDir = path.join(projectDir, '.tmp', 'bench');
const outDir = path.join(projectDir, 'bench');

const atLeast = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};
const runs = {
  build: atLeast('BENCH_BUILD_RUNS', benchRuns.build),
  engine: atLeast('BENCH_ENGINE_RUNS', benchRuns.engine),
  /** One unmeasured build first, so the first measured one does not pay for a cold disk cache. */
  warmUp: process.env.BENCH_WARMUP === '0' ? 0 : 1,
};
const scales = (process.env.BENCH_SCALES ?? benchRuns.scales.join(','))
  .split(',')
  .map(Number)
  .filter((value) => value >= 1);
if (!scales.includes(1)) scales.unshift(1);
/** Total page counts of ours at which the build is compared with Starlight's (BENCH_COMPARE_PAGES). */
const compareSizes = (process.env.BENCH_COMPARE_PAGES ?? '20,146,1406')
  .split(',')
  .map(Number)
  .filter((value) => value >= 1);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

const started = Date.now();
const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

function versionOf(pkg: string): string {
  try {
    return JSON.parse(readFileSync(path.join(projectDir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: projectDir, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

export interface BuildFigures {
  runs: Measured[];
  medianMs: number;
  medianPeakTreeRss: number;
  medianPeakProcessHwm: number;
}

export interface ScalePoint {
  factor: number;
  /** HTML pages in the build. */
  pages: number;
  syntheticPages: number;
  contentBytes: number;
  build: BuildFigures;
  distBytes: number;
  htmlGzipPerPage: number;
  index: ReturnType<typeof indexSize>;
  search?: SearchCost;
}

async function coldBuilds(copyDir: string, count: number, warmUp: number): Promise<BuildFigures> {
  const results: Measured[] = [];
  const dist = path.join(copyDir, 'dist');
  const cache = path.join(copyDir, '.bench-cache');
  for (let run = -warmUp; run < count; run++) {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(path.join(copyDir, '.astro'), { recursive: true, force: true });
    const measured = await measureCommand(process.execPath, [path.join(copyDir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: copyDir,
      env: { ...process.env, SITE_OUT_DIR: dist, SITE_CACHE_DIR: cache, SITE_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (run < 0) {
      log(`  warm-up build (not counted): ${(measured.ms / 1000).toFixed(2)} s`);
      continue;
    }
    results.push(measured);
    log(`  build ${run + 1}/${count}: ${(measured.ms / 1000).toFixed(2)} s, peak ${(measured.peakTreeRss / 2 ** 20).toFixed(0)} MiB`);
  }
  return {
    runs: results,
    medianMs: median(results.map((entry) => entry.ms)),
    medianPeakTreeRss: median(results.map((entry) => entry.peakTreeRss)),
    medianPeakProcessHwm: median(results.map((entry) => entry.peakProcessHwm)),
  };
}

function htmlPages(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

function pagePaths(distDir: string): string[] {
  return htmlPages(distDir)
    .filter((file) => file !== '404.html')
    .map((file) => file.replace(/index\.html$/, ''));
}

function htmlGzipPerPage(distDir: string): number {
  const files = htmlPages(distDir);
  let total = 0;
  for (const file of files) total += gzipSizeOf(path.join(distDir, file));
  return total / files.length;
}

function gzipSizeOf(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

async function main() {
  mkdirSync(workDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const loadBefore = os.loadavg();
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no').length > 0;
  const browser = await launchBrowser();
  const chromiumVersion = browser.version();

  // 1x: a clean copy of the project as it is, built cold BENCH_BUILD_RUNS times.
  const points: ScalePoint[] = [];
  let pagesAt1x = 0;
  let weights: PageWeight[] = [];

  for (const factor of scales) {
    if (factor !== 1 && skip.has('scale')) continue;
    const copyDir = path.join(workDir, `scale-${factor}x`);
    const extra = factor === 1 ? 0 : (factor - 1) * pagesAt1x;
    log(`${factor}x: copying the project with ${extra} synthetic pages`);
    const copy = makeScaledCopy(projectDir, copyDir, extra);
    const build = await coldBuilds(copyDir, runs.build, factor === 1 ? runs.warmUp : 0);
    const dist = path.join(copyDir, 'dist');
    const pages = htmlPages(dist).length;
    if (factor === 1) pagesAt1x = pages;
    const point: ScalePoint = {
      factor,
      pages,
      syntheticPages: copy.pages,
      contentBytes: copy.contentBytes,
      build,
      distBytes: folderSize(dist).bytes,
      htmlGzipPerPage: htmlGzipPerPage(dist),
      index: indexSize(dist),
    };
    const server = await startBenchServer(dist, '/');
    try {
      if (factor === 1 && !skip.has('weight')) {
        log('page weight of every page (first visit, repeat visit)');
        weights = await measurePageWeights(browser, server, pagePaths(dist));
      }
      if (!skip.has('search')) {
        log(`${factor}x: ${QUERIES.length} search queries`);
        point.search = await measureSearch(browser, server);
      }
    } finally {
      await server.close();
    }
    points.push(point);
    if (!process.env.BENCH_KEEP) rmSync(copyDir, { recursive: true, force: true });
  }
  await browser.close();

  let compare: StarlightComparison | undefined;
  if (!skip.has('compare')) {
    log(`build time against Starlight at ${compareSizes.join(', ')} pages, ${runs.build} alternating cold builds each`);
    compare = await compareWithStarlight({
      projectDir,
      workDir,
      starlightDir: path.join(outDir, '.work', 'starlight'),
      ourPagesAt1x: pagesAt1x,
      sizes: compareSizes,
      runs: runs.build,
      log,
    });
  }

  let engine: EngineResult | undefined;
  if (!skip.has('engine')) {
    log(`keuzehulp engine: ${runs.engine} sweeps over every answer combination`);
    engine = await benchEngine(projectDir, workDir, runs.engine);
  }

  const result = {
    date: new Date().toISOString(),
    wallSeconds: (Date.now() - started) / 1000,
    commit: commit + (dirty ? ' (with uncommitted changes)' : ''),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: os.totalmem() / 2 ** 30,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadBefore,
      loadAfter: os.loadavg(),
    },
    versions: {
      node: process.version,
      astro: versionOf('astro'),
      pagefind: versionOf('pagefind'),
      preact: versionOf('preact'),
      'playwright-core': versionOf('playwright-core'),
      chromium: chromiumVersion,
    },
    method: {
      runs,
      memory: MEMORY_METHOD,
      cachePolicy: CACHE_POLICY,
      queries: QUERIES,
    },
    weights,
    scale: points,
    compare,
    engine,
  };
  if (!process.env.BENCH_KEEP) rmSync(workDir, { recursive: true, force: true });
  const markdown = renderMarkdown(result);
  writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(path.join(outDir, 'latest.md'), markdown);
  log(`wrote bench/latest.md and bench/latest.json in ${result.wallSeconds.toFixed(0)} s`);
  process.stdout.write(markdown);
}

export type BenchResult = {
  date: string;
  wallSeconds: number;
  commit: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; loadBefore: number[]; loadAfter: number[] };
  versions: Record<string, string>;
  method: { runs: Record<string, number>; memory: string; cachePolicy: string; queries: readonly string[] };
  weights: PageWeight[];
  scale: ScalePoint[];
  compare: StarlightComparison | undefined;
  engine: EngineResult | undefined;
};

await main();
