// Search cost in headless Chromium through the Pagefind JS API: bytes of the first search
// (loader, worker, Wasm, metadata, index chunks, fragments) and of later searches, and the
// latency of search() plus data() of the top results, over a fixed set of Dutch queries.
import type { Browser } from 'playwright-core';
import { median } from './measure.ts';
import type { BenchServer } from './server.ts';

/** Fixed queries: guide vocabulary, compounds, place names, a typo-free mix of short and long. */
export const QUERIES = [
  'kansentarief',
  'samenwerking',
  'kostendeling',
  'regiocoördinator',
  'vrijetijdsparticipatie',
  'verdeelsleutel',
  'pashouder',
  'gemeenteraad',
  'voordelen',
  'trekker',
  'bibliotheek',
  'intergemeentelijke samenwerking',
  'groepsaankoop',
  'doelgroep',
  'communicatie',
  'evaluatie',
  'subsidie',
  'Mechelen',
  'korting zwembad',
  'afspraken',
] as const;

export const TOP_RESULTS = 5;

export interface SearchCost {
  /** Bytes transferred by the first query (everything search needs, from a cold cache). */
  firstSearchBytes: number;
  firstSearchRequests: number;
  firstQueryMs: number;
  /** Median bytes of the later queries (2…20). */
  laterSearchBytes: number;
  /** Largest later query. */
  laterSearchMaxBytes: number;
  /** Median latency over all 20 queries, the first (cold) one included. */
  medianQueryMs: number;
  /** Median latency of the 19 later queries. */
  medianLaterQueryMs: number;
  resultCounts: number[];
}

export async function measureSearch(browser: Browser, server: BenchServer): Promise<SearchCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const pagefindURL = new URL('pagefind/pagefind.js', server.url).href;
    const perQuery: { bytes: number; requests: number; ms: number; count: number }[] = [];
    for (const [index, query] of QUERIES.entries()) {
      server.log.length = 0;
      // A string expression: nothing rewrites the dynamic import on its way to the browser.
      const result = (await page.evaluate(`(async () => {
        const started = performance.now();
        window.__pagefind ??= await import(${JSON.stringify(pagefindURL)});
        ${index === 0 ? 'await window.__pagefind.options({ excerptLength: 30 });' : ''}
        const search = await window.__pagefind.search(${JSON.stringify(query)});
        await Promise.all(search.results.slice(0, ${TOP_RESULTS}).map((result) => result.data()));
        return { ms: performance.now() - started, count: search.results.length };
      })()`)) as { ms: number; count: number };
      // Let any request still in flight (a prefetch from the worker) land in the log.
      await page.waitForTimeout(50);
      const entries = server.log.splice(0);
      perQuery.push({
        bytes: entries.reduce((sum, entry) => sum + entry.gzipBytes, 0),
        requests: entries.length,
        ms: result.ms,
        count: result.count,
      });
    }
    const later = perQuery.slice(1);
    return {
      firstSearchBytes: perQuery[0]!.bytes,
      firstSearchRequests: perQuery[0]!.requests,
      firstQueryMs: perQuery[0]!.ms,
      laterSearchBytes: median(later.map((entry) => entry.bytes)),
      laterSearchMaxBytes: Math.max(...later.map((entry) => entry.bytes)),
      medianQueryMs: median(perQuery.map((entry) => entry.ms)),
      medianLaterQueryMs: median(later.map((entry) => entry.ms)),
      resultCounts: perQuery.map((entry) => entry.count),
    };
  } finally {
    await context.close();
  }
}
