// Build time against a stock Starlight site with the same synthetic pages, in the same run:
// Starlight is installed from the npm registry into bench/.work/starlight (pinned below; only
// the bench installs it, never the site or its tests), then both sites are built cold in
// turn (ours, Starlight, ours, ...) at each size, so a machine that slows down hits both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureCommand, median, type Measured } from './measure.ts';
import { makeScaledCopy } from './scale.ts';
import { generatePages } from './synth.ts';

/** The Starlight release the issue compared against; change it on purpose, with a note in bench/README.md. */
export const STARLIGHT_VERSION = '0.42.4';
/** Starlight's peer dependency for its Markdown pipeline. */
const MARKDOWN_REMARK_VERSION = '7.3.1';

export interface ComparePoint {
  /** HTML pages in each build (ours: the guide plus synthetic pages; Starlight: synthetic pages, a home and a 404). */
  ourPages: number;
  starlightPages: number;
  syntheticPages: number;
  ours: Measured[];
  starlight: Measured[];
  oursMedianMs: number;
  starlightMedianMs: number;
  /** Median of ours / Starlight. */
  ratio: number;
  /** The ratio of each alternating pair, ours / Starlight. */
  pairRatios: number[];
}

export interface StarlightComparison {
  versions: { starlight: string; astro: string; pagefind: string };
  points: ComparePoint[];
}

function versionIn(dir: string, pkg: string): string {
  return (JSON.parse(readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Installs the pinned Starlight (with our Astro and Pagefind versions) into `dir`, once. */
export function installStarlight(projectDir: string, dir: string, log: (message: string) => void): void {
  const manifest = {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    dependencies: {
      '@astrojs/starlight': STARLIGHT_VERSION,
      '@astrojs/markdown-remark': MARKDOWN_REMARK_VERSION,
      astro: versionIn(projectDir, 'astro'),
      pagefind: versionIn(projectDir, 'pagefind'),
    },
  };
  const text = JSON.stringify(manifest, null, 2) + '\n';
  const manifestFile = path.join(dir, 'package.json');
  const installed = existsSync(path.join(dir, 'node_modules/@astrojs/starlight')) && existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === text;
  if (installed) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(manifestFile, text);
  log(`installing Starlight ${STARLIGHT_VERSION} from the npm registry into ${path.relative(projectDir, dir)}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}

/** A stock Starlight site (Dutch, no customisation) with `synthetic` of our synthetic pages. */
function writeStarlightSite(dir: string, synthetic: number, seed: number): void {
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      'export default defineConfig({',
      "  site: 'http://localhost:4321',",
      "  integrations: [starlight({ title: 'Benchmark', defaultLocale: 'root', locales: { root: { label: 'Nederlands', lang: 'nl' } } })],",
      '});',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  const docs = path.join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(path.join(docs, 'synthetisch'), { recursive: true });
  writeFileSync(path.join(docs, 'index.mdx'), '---\ntitle: Benchmark\ndescription: Een Starlight-site met dezelfde synthetische pagina’s.\n---\n\nDe pagina’s staan in het menu.\n');
  // The same generator and seed as our copy: the first pages are identical.
  for (const page of generatePages(synthetic, seed, 1000)) writeFileSync(path.join(docs, page.file), page.source);
}

async function coldBuild(dir: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  for (const name of ['dist', '.astro', 'node_modules/.astro', '.bench-cache']) rmSync(path.join(dir, name), { recursive: true, force: true });
  return measureCommand(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}

const htmlCount = (dist: string) =>
  existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length : 0;

/**
 * At each total page count of ours: a copy of the project with synthetic pages added, and the
 * Starlight site with as many pages; `runs` alternating cold builds of each (after one
 * unmeasured pair at the first size).
 */
export async function compareWithStarlight(options: {
  projectDir: string;
  workDir: string;
  starlightDir: string;
  ourPagesAt1x: number;
  sizes: readonly number[];
  runs: number;
  log: (message: string) => void;
}): Promise<StarlightComparison> {
  const { projectDir, workDir, starlightDir, sizes, runs, log } = options;
  installStarlight(projectDir, starlightDir, log);
  const seed = 20261125;
  const points: ComparePoint[] = [];
  for (const [index, size] of sizes.entries()) {
    const synthetic = Math.max(0, size - options.ourPagesAt1x);
    const copyDir = path.join(workDir, `compare-${size}`);
    makeScaledCopy(projectDir, copyDir, synthetic, seed);
    // Starlight: a home page, a 404 page and the rest synthetic, the same count as ours.
    writeStarlightSite(starlightDir, Math.max(1, size - 2), seed);
    const ourEnv = { SITE_OUT_DIR: path.join(copyDir, 'dist'), SITE_CACHE_DIR: path.join(copyDir, '.bench-cache'), SITE_BASE: '/' };
    if (index === 0) {
      log(`  Starlight comparison: one unmeasured pair first`);
      await coldBuild(copyDir, ourEnv);
      await coldBuild(starlightDir, {});
    }
    const ours: Measured[] = [];
    const starlight: Measured[] = [];
    for (let run = 0; run < runs; run++) {
      ours.push(await coldBuild(copyDir, ourEnv));
      starlight.push(await coldBuild(starlightDir, {}));
      log(`  ${size} pages, pair ${run + 1}/${runs}: ours ${(ours.at(-1)!.ms / 1000).toFixed(2)} s, Starlight ${(starlight.at(-1)!.ms / 1000).toFixed(2)} s`);
    }
    const oursMedianMs = median(ours.map((entry) => entry.ms));
    const starlightMedianMs = median(starlight.map((entry) => entry.ms));
    points.push({
      ourPages: htmlCount(path.join(copyDir, 'dist')),
      starlightPages: htmlCount(path.join(starlightDir, 'dist')),
      syntheticPages: synthetic,
      ours,
      starlight,
      oursMedianMs,
      starlightMedianMs,
      ratio: oursMedianMs / starlightMedianMs,
      pairRatios: ours.map((entry, run) => entry.ms / starlight[run]!.ms),
    });
    rmSync(copyDir, { recursive: true, force: true });
  }
  return {
    versions: { starlight: versionIn(starlightDir, '@astrojs/starlight'), astro: versionIn(starlightDir, 'astro'), pagefind: versionIn(starlightDir, 'pagefind') },
    points,
  };
}
