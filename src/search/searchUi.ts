// The search UI over Pagefind's documented API, shared by the dialog and /zoeken/:
// the field, the "onderdeel" filter, the polite result count and the results list.
// A result's data (about 2.5 KB) loads only when its placeholder scrolls into view.
import { loadPagefind, type PagefindApi, type SearchResponse } from './pagefind';
import { searchTerms } from './query';
import { renderResult } from './renderResult';
import { resultSummary, texts } from './texts';

/** Results whose excerpt loads at once; the rest load when scrolled into view. */
const FIRST_RESULTS = 3;

export interface SearchUi {
  input: HTMLInputElement;
  /** Runs the search for the field's current value (after a debounce). */
  run(): Promise<void>;
}

/** Wires the search form in `root` (see SearchForm.astro); `scroller` is the results' scroll box. */
export function mountSearch(root: HTMLElement, scroller: HTMLElement | null = null): SearchUi | null {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const filter = root.querySelector<HTMLSelectElement>('[data-search-filter]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const help = root.querySelector<HTMLElement>('[data-search-empty]');
  if (!input || !filter || !status || !list || !help) return null;

  const pagefindReady = loadPagefind();
  void pagefindReady.then((pagefind) => fillFilter(pagefind, filter)).catch(() => undefined);

  let observer: IntersectionObserver | undefined;
  let latest = 0;

  function show(response: SearchResponse, terms: string): void {
    observer?.disconnect();
    const load = (item: HTMLElement) =>
      response.results[Number(item.dataset.index)]?.data().then((data) => renderResult(item, data, terms));
    const observing = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observing.unobserve(entry.target);
          void load(entry.target as HTMLElement);
        }
      },
      { root: scroller },
    );
    observer = observing;
    const items = response.results.map((_, index) => {
      const item = document.createElement('li');
      item.className = 'search-result search-result--loading';
      item.dataset.index = String(index);
      item.setAttribute('aria-busy', 'true');
      return item;
    });
    list!.replaceChildren(...items);
    // The first results load at once; the rest only when scrolled into view, judged after the
    // first ones have their real height, so what a search fetches does not depend on timing.
    const first = items.slice(0, FIRST_RESULTS);
    void Promise.all(first.map(load)).finally(() => {
      if (observer === observing) for (const item of items.slice(FIRST_RESULTS)) observing.observe(item);
    });
  }

  async function run(): Promise<void> {
    const query = input!.value.trim();
    const terms = searchTerms(query);
    const section = filter!.value;
    const call = ++latest;
    if (!terms) {
      observer?.disconnect();
      list!.replaceChildren();
      status!.textContent = '';
      help!.hidden = true;
      return;
    }
    let pagefind: PagefindApi;
    let response: SearchResponse | null;
    try {
      pagefind = await pagefindReady;
      response = await pagefind.debouncedSearch(terms, section ? { filters: { onderdeel: section } } : {}, 200);
    } catch {
      status!.textContent = texts.failed;
      return;
    }
    // A later keystroke started a newer search: this one's results are stale.
    if (!response || call !== latest) return;
    show(response, terms);
    help!.hidden = response.results.length > 0;
    status!.textContent = resultSummary(response.results.length, query, section);
  }

  input.addEventListener('input', () => void run());
  filter.addEventListener('change', () => void run());
  root.addEventListener('keydown', (event) => moveFocus(event, input, list));
  return { input, run };
}

/** The filter's options: every part of the guide in the index, in Dutch alphabetical order. */
async function fillFilter(pagefind: PagefindApi, filter: HTMLSelectElement): Promise<void> {
  const sections = Object.keys((await pagefind.filters()).onderdeel ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
  filter.append(...sections.map((section) => new Option(section, section)));
}

/** ArrowDown and ArrowUp walk from the field through the result links and back. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLElement>('a[href]')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  const next = stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}
