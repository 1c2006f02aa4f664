// The header's search link, enhanced: it opens the search dialog (also on Ctrl+K, Cmd+K and
// "/"). The dialog's code, pagefind.js and the index load only when it first opens.
import { isSearchShortcut } from './shortcut';

export function enhanceSearchTrigger(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (!trigger) return;
  const open = () => import('./dialog').then(({ openSearch }) => openSearch(trigger));
  // With JavaScript the link opens a dialog, so it announces itself as a button.
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
  trigger.addEventListener('click', (event) => {
    // Ctrl-, Cmd-, Shift- or middle-click still opens the search page in a new tab.
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void open();
  });
  trigger.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      void open();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const target = event.target as HTMLElement;
    const inEditable = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
    if (!isSearchShortcut({ key, ctrlKey, metaKey, altKey, shiftKey, inEditable })) return;
    event.preventDefault();
    void open();
  });
}
