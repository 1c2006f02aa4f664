// Builds the real site into a folder of its own, so parallel test runs never share output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface BuildOptions {
  outDir: string;
  base?: string;
  site?: string;
  /** Extra build settings, e.g. the publisher (SITE_PUBLISHER_NAME ...). */
  env?: Record<string, string>;
  /** The project folder to build (a copy with edited content, say); the current one by default. */
  root?: string;
}

export interface BuiltSite {
  outDir: string;
  ms: number;
  /** Everything the build printed (stdout and stderr), for the quiet-build check. */
  log: string;
}

export function buildSite({ outDir, base = '/', site, env = {}, root = process.cwd() }: BuildOptions): BuiltSite {
  const absolute = path.resolve(outDir);
  rmSync(absolute, { recursive: true, force: true });
  mkdirSync(path.dirname(absolute), { recursive: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Vitest runs with NODE_ENV=test; the site must be the production build readers get.
      NODE_ENV: 'production',
      SITE_OUT_DIR: absolute,
      SITE_CACHE_DIR: `${absolute}-cache`,
      SITE_BASE: base,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(site ? { SITE_URL: site } : {}),
      ...env,
    },
  });
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status ?? result.signal}):\n${log}`);
  return { outDir: absolute, ms: Math.round(performance.now() - started), log };
}
