// The results list: one placeholder per result, whose data (a Pagefind fragment of about
// 2.5 KB) loads only when needed. The first results load at once; the rest when scrolled
// into view, judged after the first ones have their real height, so what a search fetches
// does not depend on timing.
import type { SearchResponse } from './pagefind';
import { renderResult } from './renderResult';

/** Results whose data loads at once (about what the dialog shows without scrolling). */
const FIRST_RESULTS = 3;

/**
 * Fills `list` with the results of `response` for `terms`; `scroller` is the box the list
 * scrolls in (null: the page). Returns a function that stops loading (for a newer search).
 */
export function showResults(
  list: HTMLElement,
  response: SearchResponse,
  terms: string,
  scroller: HTMLElement | null,
): () => void {
  const load = (item: HTMLElement) =>
    response.results[Number(item.dataset.index)]?.data().then((data) => renderResult(item, data, terms));
  let stopped = false;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void load(entry.target as HTMLElement);
      }
    },
    { root: scroller },
  );
  const items = response.results.map((_, index) => {
    const item = document.createElement('li');
    item.className = 'search-result search-result--loading';
    item.dataset.index = String(index);
    item.setAttribute('aria-busy', 'true');
    return item;
  });
  list.replaceChildren(...items);
  void Promise.all(items.slice(0, FIRST_RESULTS).map(load)).finally(() => {
    if (!stopped) for (const item of items.slice(FIRST_RESULTS)) observer.observe(item);
  });
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
