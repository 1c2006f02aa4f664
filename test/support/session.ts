// One browser per test file, and every page it opened, closed after the file's tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { visit, type PageVisit, type VisitOptions } from './pageChecks';

export interface BrowserSession {
  /** The file's browser (launched in beforeAll). */
  browser(): Browser;
  /** Opens a URL as pageChecks.visit does, with a 10 s default timeout; closed after all tests. */
  visit(url: string, options?: VisitOptions): Promise<PageVisit>;
}

/** Call at the top of a test file: registers the beforeAll and afterAll that own the browser. */
export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  const opened: PageVisit[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const visited of opened) await visited.close().catch(() => {});
    await browser?.close();
  });
  return {
    browser: () => browser!,
    async visit(url, options = {}) {
      const visited = await visit(browser!, url, options);
      opened.push(visited);
      visited.page.setDefaultTimeout(10_000);
      return visited;
    },
  };
}
