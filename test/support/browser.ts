// Finds a Chromium for the tests on any Linux x64 machine, in this order:
// CHROME_PATH, the system's Chromium, then the one shipped in @sparticuz/chromium
// (no root, no apt, no download). BROWSER=bundled skips the system browser.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Flags that keep Chromium from reaching for the (closed) network on its own.
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface ChromiumChoice {
  executablePath: string;
  source: 'CHROME_PATH' | 'system' | 'bundled';
  /** Extra environment the binary needs (bundled NSS libraries). */
  env?: Record<string, string>;
}

/** Where the bundled Chromium lives once unpacked: a project folder, never a shared /tmp/chromium. */
const BUNDLE_DIR = path.resolve('.tmp/chromium');
/** Written last into a complete bundle; names the package version it was unpacked from. */
const READY_FILE = 'ready.json';

export async function findChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, source: 'CHROME_PATH' };
  }
  if (process.env.BROWSER !== 'bundled') {
    const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
    if (system) return { executablePath: system, source: 'system' };
  }
  return bundledChromium();
}

/** True when the tests will use the Chromium of @sparticuz/chromium. */
export function usesBundledChromium(): boolean {
  if (process.env.CHROME_PATH) return false;
  return process.env.BROWSER === 'bundled' || !SYSTEM_CANDIDATES.some((candidate) => existsSync(candidate));
}

/** The package's own folder (its package.json is not in its exports). */
function bundlePackageDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
}

function bundledVersion(): string {
  return (JSON.parse(readFileSync(path.join(bundlePackageDir(), 'package.json'), 'utf8')) as { version: string })
    .version;
}

function bundleChoice(dir: string): ChromiumChoice {
  const ldPath = [path.join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    executablePath: path.join(dir, 'chromium'),
    source: 'bundled',
    env: { LD_LIBRARY_PATH: ldPath, TMPDIR: dir },
  };
}

function isReady(dir: string, version: string): boolean {
  try {
    return (JSON.parse(readFileSync(path.join(dir, READY_FILE), 'utf8')) as { version?: string }).version === version;
  } catch {
    return false;
  }
}

/**
 * Unpacks the bundled Chromium once, atomically: into a staging folder of this process, then
 * one rename. Several test workers starting at once never see a half-written binary (which
 * failed launches with ETXTBSY); a later run finds the ready bundle and unpacks nothing.
 * The e2e global setup calls this before any worker starts.
 */
export async function prepareBundledChromium(): Promise<{ dir: string; unpacked: boolean }> {
  const version = bundledVersion();
  if (isReady(BUNDLE_DIR, version)) return { dir: BUNDLE_DIR, unpacked: false };

  const staging = `${BUNDLE_DIR}-staging-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  const previousTmp = process.env.TMPDIR;
  // @sparticuz/chromium unpacks into os.tmpdir(), which reads $TMPDIR at each call.
  process.env.TMPDIR = staging;
  try {
    const { default: sparticuz, inflate } = await import('@sparticuz/chromium');
    const bin = path.join(bundlePackageDir(), 'bin');
    await inflate(path.join(bin, 'al2023.tar.br'));
    await sparticuz.executablePath();
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
  writeFileSync(path.join(staging, READY_FILE), JSON.stringify({ version }));

  // An old or broken bundle is moved aside first; a rename never replaces a non-empty folder.
  if (existsSync(BUNDLE_DIR) && !isReady(BUNDLE_DIR, version)) {
    const stale = `${BUNDLE_DIR}-stale-${process.pid}-${Date.now()}`;
    renameSync(BUNDLE_DIR, stale);
    rmSync(stale, { recursive: true, force: true });
  }
  try {
    renameSync(staging, BUNDLE_DIR);
  } catch (error) {
    // Another process finished first: use its bundle, drop ours.
    if (!isReady(BUNDLE_DIR, version)) throw error;
    rmSync(staging, { recursive: true, force: true });
    return { dir: BUNDLE_DIR, unpacked: false };
  }
  return { dir: BUNDLE_DIR, unpacked: true };
}

async function bundledChromium(): Promise<ChromiumChoice> {
  const { dir } = await prepareBundledChromium();
  return bundleChoice(dir);
}

export async function launchOptions(): Promise<LaunchOptions> {
  const choice = await findChromium();
  // The bundled binary is chrome-headless-shell. Its package suggests --single-process,
  // but then the whole browser dies when a test closes its last context: leave it out.
  const args = [...QUIET_CHROMIUM_ARGS, choice.source === 'bundled' ? '--headless=shell' : '--headless'];
  return {
    executablePath: choice.executablePath,
    headless: true,
    args,
    env: { ...(process.env as Record<string, string>), ...choice.env },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(await launchOptions());
}
