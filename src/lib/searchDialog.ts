// Loaded only when a reader opens search (never before): loads Pagefind's Component
// UI from the built bundle, gives it Dutch strings and the site's base path, and
// mounts the dialog (from the <template> in SearchTrigger.astro) or the /zoeken/ page.
import { joinBase } from './paths';
import { queryFromSearch } from './searchQuery';
import { rankSubResults, type SubResult } from './searchSubResults';

/** The parts of the Component UI's Instance we use (pagefind-component-ui.js has no types). */
interface PagefindInstance {
  searchTerm: string;
  setTranslations(strings: Record<string, string>): void;
  triggerSearch(term: string): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  announce(key: string, values?: Record<string, string | number>, priority?: 'polite' | 'assertive'): void;
  getDisplaySubResults(result: unknown, limit?: number): SubResult[];
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}
interface PagefindModalElement extends HTMLElement {
  dialogEl: HTMLDialogElement | null;
  open(): void;
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Pagefind's bundle under the base path (the UI cannot detect it: it is imported as a module). */
export const BUNDLE_PATH = joinBase(import.meta.env.BASE_URL, 'pagefind/');

/**
 * Overrides of the Component UI's built-in Dutch strings: "je" instead of "u", "Wissen"
 * instead of the anglicism "Reset", and a kinder empty result.
 */
export const DUTCH_STRINGS: Record<string, string> = {
  placeholder: 'Zoek in de gids',
  search_label: 'Zoek in de gids',
  clear_search: 'Wissen',
  load_more: 'Meer resultaten tonen',
  filters_label: 'Filteren',
  zero_results: 'Niets gevonden voor [SEARCH_TERM]',
  many_results: '[COUNT] resultaten voor [SEARCH_TERM]',
  one_result: '1 resultaat voor [SEARCH_TERM]',
  searching: 'Bezig met zoeken naar [SEARCH_TERM]…',
  input_hint: 'Resultaten verschijnen terwijl je typt',
  keyboard_select: 'openen',
  error_search: 'Zoeken lukt nu niet. Probeer het later opnieuw.',
};

/**
 * Ranking, tuned on the guide's content (test/e2e/search.test.ts checks the queries):
 * - the `trefwoorden` metadata (compound parts, synonyms, spellings without diaeresis)
 *   weighs as much as a heading, so a page that lists a word as a keyword comes first;
 * - exact words count more than longer words they are the start of ("retributie" over
 *   "retributiereglement").
 */
export const RANKING = { metaWeights: { trefwoorden: 3 }, termSimilarity: 3 };

let loading: Promise<PagefindInstance> | undefined;

/** Loads the Component UI once (CSS and JS from the Pagefind bundle) and configures it. */
export function loadSearchUI(): Promise<PagefindInstance> {
  loading ??= (async () => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = `${BUNDLE_PATH}pagefind-component-ui.css`;
    const styled = new Promise((resolve) => {
      stylesheet.onload = stylesheet.onerror = resolve;
    });
    document.head.append(stylesheet);
    // A classic script, not import(): the bundle is a self-running script that sets
    // window.PagefindComponents, and this keeps Vite's preload helper out of the page.
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${BUNDLE_PATH}pagefind-component-ui.js`;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    await styled;
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not load');
    const instance = components.configureInstance('default', {
      bundlePath: BUNDLE_PATH,
      // Search on the main thread: the guide's index is small, and this saves the
      // worker script (12 KB) on the first search.
      noWorker: true,
      ranking: RANKING,
    });
    instance.setTranslations(DUTCH_STRINGS);
    // The UI announces "no results" assertively; a count, even zero, is news that can
    // wait for the reader to pause, so every result count is announced politely.
    const announce = instance.announce.bind(instance);
    instance.announce = (key, values, priority) =>
      announce(key, values, key === 'zero_results' ? 'polite' : priority);
    // Sub-results: the section whose heading matches the query first (see searchSubResults.ts).
    const allSubResults = instance.getDisplaySubResults.bind(instance);
    instance.getDisplaySubResults = (result, limit = 3) =>
      rankSubResults(allSubResults(result, Number.POSITIVE_INFINITY), instance.searchTerm, limit);
    return instance;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Clones a <template> of this page into `parent`. */
function mount(templateId: string, parent: HTMLElement): void {
  const template = document.getElementById(templateId);
  if (template instanceof HTMLTemplateElement) parent.append(template.content.cloneNode(true));
}

/** Shows the kind "nothing found" help in `root` only when a query found nothing. */
function wireEmptyHelp(instance: PagefindInstance, root: ParentNode): void {
  const help = root.querySelector<HTMLElement>('[data-search-empty]');
  if (!help) return;
  instance.on('results', (result) => {
    help.hidden = !(instance.searchTerm.trim() && result.results.length === 0);
  });
}

/**
 * The filter dropdown's button has role="combobox", which takes its accessible name
 * from a label, not from its text: name it after its visible text (axe: button-name).
 */
function labelFilterButtons(instance: PagefindInstance, root: ParentNode): void {
  const label = () => {
    for (const button of root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger')) {
      const text = button.querySelector('.pf-dropdown-trigger-label');
      if (text && !button.hasAttribute('aria-labelledby')) {
        text.id ||= `${button.id}-label`;
        button.setAttribute('aria-labelledby', text.id);
      }
    }
  };
  label();
  instance.on('results', label);
}

/** Opens the search dialog (the header trigger, Ctrl+K, Cmd+K and "/" call this). */
export async function openSearch(trigger: HTMLElement): Promise<void> {
  const pageInput = document.querySelector<HTMLInputElement>('#zoekpagina input');
  if (pageInput) {
    // The search page has its own search field: no dialog on top of it.
    pageInput.focus();
    return;
  }
  // What the reader types while the UI loads goes into the search field afterwards.
  let typed = '';
  const keep = (event: KeyboardEvent) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) typed += event.key;
  };
  document.addEventListener('keydown', keep, true);
  let instance: PagefindInstance;
  try {
    instance = await loadSearchUI();
  } catch {
    // Without the bundle (offline, blocked) the search page explains what to do.
    if (trigger instanceof HTMLAnchorElement) window.location.assign(trigger.href);
    return;
  } finally {
    document.removeEventListener('keydown', keep, true);
  }
  let modal = document.querySelector<PagefindModalElement>('pagefind-modal');
  if (!modal) {
    mount('zoek-dialoog', document.body);
    modal = document.querySelector<PagefindModalElement>('pagefind-modal');
    if (!modal?.dialogEl) return;
    modal.dialogEl.setAttribute('aria-label', 'Zoeken in de gids');
    wireEmptyHelp(instance, modal);
    labelFilterButtons(instance, modal);
    // Closing (Esc, the close button, a click outside) hands focus back to the trigger.
    // A result link on this page moves focus to its anchor right after (the UI does that).
    modal.dialogEl.addEventListener('close', () => trigger.focus());
  }
  modal.open();
  const input = modal.querySelector<HTMLInputElement>('pagefind-input input');
  if (input && typed) {
    input.value += typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input?.focus();
}

/** The /zoeken/ page: mounts the search UI and runs the query of ?q= at once. */
export async function mountSearchPage(root: HTMLElement): Promise<void> {
  const instance = await loadSearchUI();
  mount('zoekpagina-inhoud', root);
  wireEmptyHelp(instance, root);
  labelFilterButtons(instance, root);
  const query = queryFromSearch(window.location.search);
  const input = root.querySelector<HTMLInputElement>('pagefind-input input');
  if (query) {
    if (input) input.value = query;
    instance.triggerSearch(query);
  } else {
    input?.focus();
  }
  // Keep the address in step with the query, so the page can be bookmarked or shared.
  input?.addEventListener('input', () => {
    const next = new URL(window.location.href);
    const term = input.value.trim();
    if (term) next.searchParams.set('q', term);
    else next.searchParams.delete('q');
    window.history.replaceState(null, '', next);
  });
}
