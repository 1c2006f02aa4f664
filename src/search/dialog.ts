// Opens the search dialog (the header trigger, Ctrl+K, Cmd+K and "/" call this).
// Loaded only when a reader opens search; the dialog's markup waits in a <template>.
import { mountSearch, type SearchUi } from './searchUi';

let opened: { dialog: HTMLDialogElement; ui: SearchUi } | undefined;

function create(trigger: HTMLElement): typeof opened {
  const template = document.getElementById('zoekvenster-sjabloon');
  if (!(template instanceof HTMLTemplateElement)) return undefined;
  document.body.append(template.content.cloneNode(true));
  const dialog = document.body.lastElementChild;
  if (!(dialog instanceof HTMLDialogElement)) return undefined;
  const ui = mountSearch(
    dialog.querySelector<HTMLElement>('[data-search]')!,
    dialog.querySelector('.search-dialog__scroll'),
  );
  if (!ui) return undefined;
  let following = false;
  // A click on the backdrop (outside the box) closes, as Esc and the close button do.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
    const link = (event.target as Element).closest('a[href]');
    if (link) {
      // Following a result: close, so an anchor on this page is not hidden behind the dialog.
      following = true;
      dialog.close();
    }
  });
  // Esc closes at once, also from a search field with text (where Chromium would first clear it).
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (!following) trigger.focus();
    following = false;
  });
  return { dialog, ui };
}

export function openSearch(trigger: HTMLElement): void {
  // The search page has its own search field: no dialog on top of it.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageInput) {
    pageInput.focus();
    return;
  }
  opened ??= create(trigger);
  if (!opened) {
    if (trigger instanceof HTMLAnchorElement) window.location.assign(trigger.href);
    return;
  }
  if (!opened.dialog.open) opened.dialog.showModal();
  opened.ui.input.focus();
  opened.ui.input.select();
}
