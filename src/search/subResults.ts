// Which sections of a page a search result lists (Pagefind's "sub-results": headings
// with an id). Pagefind lists them in page order; we put first the sections whose
// heading contains a word of the query, so a glossary term or a FAQ question links to
// its own anchor first, then the sections with the most matches.
import { foldWord } from './query';

/** The parts of a Pagefind sub-result we use (`anchor` is absent for the page itself). */
export interface SubResult {
  title: string;
  url: string;
  locations?: number[];
  anchor?: unknown;
}

const words = (text: string) =>
  foldWord(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a heading has a word that starts with one of the query's words. */
export function headingMatches(title: string, query: string): boolean {
  const queryWords = words(query);
  return words(title).some((word) => queryWords.some((queryWord) => word.startsWith(queryWord)));
}

/**
 * The `limit` most relevant sections (headings only: the page itself is the result's
 * own link): heading matches first, then most matches; stable.
 */
export function rankSubResults<T extends SubResult>(subResults: readonly T[], query: string, limit = 3): T[] {
  const score = (sub: T) => (headingMatches(sub.title, query) ? 1_000_000 : 0) + (sub.locations?.length ?? 0);
  return subResults
    .filter((sub) => sub.anchor !== undefined)
    .map((sub, index) => ({ sub, index, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ sub }) => sub);
}
