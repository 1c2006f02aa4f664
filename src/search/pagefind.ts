// Loads Pagefind's documented search API (pagefind.js, written by the build into
// <base>/pagefind/) the first time a reader opens search, never before.
import { joinBase } from '../lib/paths';
import type { SubResult } from './subResults';

/** A result's data, as documented for `result.data()` (the fields we use). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: (SubResult & { excerpt: string })[];
}

export interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
}

/** The documented functions of pagefind.js we call. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: { filters?: Record<string, string> },
    ms?: number,
  ): Promise<SearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Pagefind's bundle under the base path. */
export const BUNDLE_PATH = joinBase(import.meta.env.BASE_URL, 'pagefind/');

/**
 * Search options (all documented in Pagefind's "search config" and "ranking"):
 * - noWorker: search on the main thread. The guide's index is small, and the worker
 *   script would add 12 KB gzip to the first search (docs/decisions/0005-search.md);
 * - excerptLength: about two lines of text;
 * - ranking: the `trefwoorden` metadata (compound parts, synonyms, spellings without
 *   diaeresis) weighs as much as a heading; exact words count more than longer words
 *   they start ("retributie" over "retributiereglement").
 */
export const SEARCH_OPTIONS = {
  noWorker: true,
  excerptLength: 22,
  ranking: { metaWeights: { trefwoorden: 3 }, termSimilarity: 3 },
} as const;

let loading: Promise<PagefindApi> | undefined;
let failedLoads = 0;

/**
 * Imports and configures pagefind.js once; a failed load (a dropped connection) is retried on
 * the next call. The browser remembers a failed import() of a URL, so a retry asks for the
 * script under a new query string.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const retry = failedLoads > 0 ? `?poging=${failedLoads}` : '';
    const pagefind = (await import(/* @vite-ignore */ `${BUNDLE_PATH}pagefind.js${retry}`)) as PagefindApi;
    await pagefind.options({ ...SEARCH_OPTIONS, basePath: BUNDLE_PATH, baseUrl: import.meta.env.BASE_URL });
    void pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    failedLoads += 1;
    loading = undefined;
  });
  return loading;
}
