// Finds a Chromium for the tests on any Linux x64 machine, in this order:
// CHROME_PATH, the system's Chromium, then the one shipped in @sparticuz/chromium
// (no root, no apt, no download). BROWSER=bundled skips the system browser.
import { existsSync, mkdirSync } from 'node:fs';
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

/** Where the bundled Chromium unpacks: a project folder, never a shared /tmp/chromium. */
const BUNDLE_DIR = path.resolve('.tmp/chromium');

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

async function bundledChromium(): Promise<ChromiumChoice> {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // @sparticuz/chromium unpacks into $TMPDIR; point it at the project folder.
  process.env.TMPDIR = BUNDLE_DIR;
  const { default: sparticuz, inflate } = await import('@sparticuz/chromium');
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'bin');
  const libDir = path.join(await inflate(path.join(bin, 'al2023.tar.br')), 'lib');
  const executablePath = await sparticuz.executablePath();
  const ldPath = [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executablePath, source: 'bundled', env: { LD_LIBRARY_PATH: ldPath, TMPDIR: BUNDLE_DIR } };
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
