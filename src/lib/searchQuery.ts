// Reading a search query from a URL (/zoeken/?q=...). Pure, so it runs in unit tests too.

/** Longest query we pass on; a link with a longer ?q= is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The search words in a query string such as "?q=kostendeling" (URLSearchParams
 * already turns "+" into a space and decodes %xx). Whitespace is collapsed and the
 * result trimmed, so "?q=%20%20" gives "" (no search).
 */
export function queryFromSearch(search: string): string {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('q');
  } catch {
    return '';
  }
  if (!raw) return '';
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}
