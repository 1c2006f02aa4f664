// Builds the real site into a folder of its own, so parallel test runs never share output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface BuildOptions {
  outDir: string;
  base?: string;
  site?: string;
  /** Extra build settings, e.g. the publisher (SITE_PUBLISHER_NAME ...). */
  env?: Record<string, string>;
}

export function buildSite({ outDir, base = '/', site, env = {} }: BuildOptions): { outDir: string; ms: number } {
  const absolute = path.resolve(outDir);
  rmSync(absolute, { recursive: true, force: true });
  mkdirSync(path.dirname(absolute), { recursive: true });
  const started = performance.now();
  execFileSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      // Vitest runs with NODE_ENV=test; the site must be the production build readers get.
      NODE_ENV: 'production',
      SITE_OUT_DIR: absolute,
      SITE_CACHE_DIR: `${absolute}-cache`,
      SITE_BASE: base,
      ...(site ? { SITE_URL: site } : {}),
      ...env,
    },
  });
  return { outDir: absolute, ms: Math.round(performance.now() - started) };
}
