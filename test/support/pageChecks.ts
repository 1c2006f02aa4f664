// Opens a page in a fresh browser context and records what a reader's browser sees:
// console errors, failed and cross-origin requests, and the bytes of every response.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';

export interface LoadedResource {
  url: string;
  type: string;
  status: number;
  /** Raw bytes of the body. */
  bytes: number;
  /** Bytes after gzip -9: what a reader downloads from a compressing host. */
  gzipBytes: number;
}

export interface PageVisit {
  context: BrowserContext;
  page: Page;
  response: Response | null;
  consoleErrors: string[];
  foreignRequests: string[];
  resources: LoadedResource[];
  /**
   * What Chromium reported in its Issues panel of the kinds Lighthouse counted against best
   * practices (audits "deprecations" and "inspector-issues"): deprecated APIs, mixed content,
   * cookies, blocked responses, CSP violations, heavy ads.
   */
  browserIssues: string[];
  /** Geolocation or notification permission asked for (Lighthouse: "...-on-start"). */
  permissionRequests: string[];
  close(): Promise<void>;
}

export interface VisitOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
}

/** Issue codes of Chromium's Audits domain that Lighthouse 13 fails a page for. */
const LIGHTHOUSE_ISSUE_CODES = new Set([
  'DeprecationIssue',
  'MixedContentIssue',
  'CookieIssue',
  'BlockedByResponseIssue',
  'HeavyAdIssue',
  'ContentSecurityPolicyIssue',
]);

export async function visit(browser: Browser, url: string, options: VisitOptions = {}): Promise<PageVisit> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const resources: LoadedResource[] = [];
  const browserIssues: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (LIGHTHOUSE_ISSUE_CODES.has(issue.code)) browserIssues.push(`${issue.code}: ${JSON.stringify(issue.details)}`);
  });
  await cdp.send('Audits.enable');
  const permissionRequests: string[] = [];
  await context.exposeBinding('__recordPermissionRequest', (_source, what: string) => {
    permissionRequests.push(what);
  });
  await context.addInitScript(() => {
    const record = (what: string) =>
      (window as unknown as { __recordPermissionRequest(what: string): void }).__recordPermissionRequest(what);
    if (navigator.geolocation) {
      navigator.geolocation.getCurrentPosition = () => record('navigator.geolocation.getCurrentPosition');
      navigator.geolocation.watchPosition = () => {
        record('navigator.geolocation.watchPosition');
        return 0;
      };
    }
    if (typeof Notification !== 'undefined') {
      Notification.requestPermission = () => {
        record('Notification.requestPermission');
        return Promise.resolve('denied');
      };
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith('data:') && !target.startsWith('blob:') && new URL(target).origin !== origin) {
      foreignRequests.push(target);
    }
  });
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      resources.push({
        url: response.url(),
        type: response.request().resourceType(),
        status: response.status(),
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 9 }).length,
      });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return {
    context,
    page,
    response,
    consoleErrors,
    foreignRequests,
    resources,
    browserIssues,
    permissionRequests,
    close: () => context.close(),
  };
}

/** Sum of gzip bytes of the given resource type (e.g. "script"). */
export function gzipBytesOf(resources: readonly LoadedResource[], type: string): number {
  return resources.filter((resource) => resource.type === type).reduce((sum, resource) => sum + resource.gzipBytes, 0);
}
