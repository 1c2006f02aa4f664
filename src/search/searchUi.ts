// The search UI over Pagefind's documented API, shared by the dialog and /zoeken/:
// wires the field, the "onderdeel" filter, the polite result count and the results list.
import { moveFocus } from './arrowKeys';
import { loadPagefind, type PagefindApi, type SearchResponse } from './pagefind';
import { searchTerms } from './query';
import { showResults } from './resultList';
import { resultSummary, texts } from './texts';

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

  // Loads Pagefind, and again after a failed load (a dropped connection): every query asks
  // loadPagefind, which keeps a load that worked and forgets one that failed.
  let filled = false;
  const pagefindReady = async () => {
    const pagefind = await loadPagefind();
    if (!filled) {
      filled = true;
      void fillFilter(pagefind, filter).catch(() => (filled = false));
    }
    return pagefind;
  };
  void pagefindReady().catch(() => undefined);

  let stopLoading: (() => void) | undefined;
  let latest = 0;

  async function run(): Promise<void> {
    const query = input!.value.trim();
    const terms = searchTerms(query);
    const section = filter!.value;
    const call = ++latest;
    if (!terms) {
      stopLoading?.();
      list!.replaceChildren();
      status!.textContent = '';
      help!.hidden = true;
      return;
    }
    let pagefind: PagefindApi;
    let response: SearchResponse | null;
    // Until the first results arrive (the index loads on a slow connection), say that it searches.
    if (!list!.childElementCount) status!.textContent = texts.searching;
    try {
      pagefind = await pagefindReady();
      response = await pagefind.debouncedSearch(terms, section ? { filters: { onderdeel: section } } : {}, 200);
    } catch {
      if (call === latest) status!.textContent = texts.failed;
      return;
    }
    // A later keystroke started a newer search: this one's results are stale.
    if (!response || call !== latest) return;
    stopLoading?.();
    stopLoading = showResults(list!, response, terms, scroller);
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
