// Lighthouse 13 against the same Chromium the tests use (test/support/browser.ts).
// Shared by the benchmark (all four categories, mobile and desktop) and by the budget test
// (accessibility, best practices and SEO on mobile). Chrome's temporary folders go into a
// project folder, never /tmp; sparticuz's --single-process flags are left out on purpose
// (they make Lighthouse lose its screenshots and the performance score).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../../test/support/browser.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const ALL_CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseRun {
  url: string;
  formFactor: FormFactor;
  /** Scores 0–100 (null when Lighthouse could not score the category). */
  scores: Partial<Record<Category, number | null>>;
  /** Failing audits per category: "id: title (score)". */
  failing: Partial<Record<Category, string[]>>;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  runtimeError?: string;
}

export interface LighthouseSession {
  run(url: string, formFactor: FormFactor, categories?: Category[]): Promise<LighthouseRun>;
  chromeVersion: string;
  close(): Promise<void>;
}

// Lighthouse drives its own Chromium through chrome-launcher, with the tests' quiet flags.
const CHROME_FLAGS = ['--headless=new', ...QUIET_CHROMIUM_ARGS];

/** Starts one Chromium for a series of Lighthouse runs; `tmpRoot` receives its profile and leftovers. */
export async function startLighthouse(tmpRoot: string): Promise<LighthouseSession> {
  const chromium = await findChromium();
  const tmp = path.resolve(tmpRoot);
  mkdirSync(path.join(tmp, 'profile'), { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: chromium.executablePath,
    chromeFlags: CHROME_FLAGS,
    userDataDir: path.join(tmp, 'profile'),
    envVars: { ...(process.env as Record<string, string>), ...chromium.env, TMPDIR: tmp },
    logLevel: 'silent',
  });
  const version = await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
    .then((response) => response.json() as Promise<{ Browser?: string }>)
    .then((info) => info.Browser ?? 'unknown')
    .catch(() => 'unknown');

  return {
    chromeVersion: version,
    async run(url, formFactor, categories = ALL_CATEGORIES) {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
          // Neither changes a score: the full-page screenshot only illustrates the HTML report,
          // and bf-cache (weight 0) navigates away and back, which costs a few seconds a run.
          disableFullPageScreenshot: true,
          skipAudits: ['bf-cache'],
        },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const scores: LighthouseRun['scores'] = {};
      const failing: LighthouseRun['failing'] = {};
      for (const category of categories) {
        const entry = lhr.categories[category];
        scores[category] = entry?.score == null ? null : Math.round(entry.score * 100);
        failing[category] = (entry?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit!.id}: ${audit!.title} (score ${audit!.score})`);
      }
      const numeric = (id: string) => lhr.audits[id]?.numericValue;
      return {
        url,
        formFactor,
        scores,
        failing,
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        runtimeError: lhr.runtimeError?.message,
      };
    },
    async close() {
      chrome.kill();
      // Chromium may still be writing its profile for a moment after the kill.
      await new Promise((resolve) => setTimeout(resolve, 200));
      rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
