// Page weight of every page: what a first visit downloads (cold cache) and what a repeat
// visit downloads with a warm cache, counted at the server (see server.ts for the headers).
import type { Browser } from 'playwright-core';
import type { BenchServer, LoggedRequest } from './server.ts';

export interface Weight {
  requests: number;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  other: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
}

export interface PageWeight {
  path: string;
  first: Weight;
  repeat: Weight;
}

export function weigh(entries: readonly LoggedRequest[]): Weight {
  const zero = () => ({ raw: 0, gzip: 0 });
  const weight: Weight = { requests: entries.length, html: zero(), css: zero(), js: zero(), other: zero(), total: zero() };
  for (const entry of entries) {
    const bucket = entry.kind === 'html' || entry.kind === 'css' || entry.kind === 'js' ? weight[entry.kind] : weight.other;
    bucket.raw += entry.bytes;
    bucket.gzip += entry.gzipBytes;
    weight.total.raw += entry.bytes;
    weight.total.gzip += entry.gzipBytes;
  }
  return weight;
}

export async function measurePageWeights(browser: Browser, server: BenchServer, paths: readonly string[]): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const pagePath of paths) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      server.log.length = 0;
      await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
      const first = weigh(server.log.splice(0));
      await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
      const repeat = weigh(server.log.splice(0));
      results.push({ path: pagePath, first, repeat });
    } finally {
      await context.close();
    }
  }
  return results;
}
