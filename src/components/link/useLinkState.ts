// The one hook for state in the URL (docs/decisions/0012-one-region-one-link.md), used by the
// keuzehulp, the region overview and the islands of /regio/. The link is parsed once per history
// entry (on load and on back/forward); a change writes a new entry (push) or edits this one
// (replace) and keeps what it wrote, without parsing it again. Islands on one page share the
// state through one nanostores atom, the way Astro documents for sharing state between islands
// (https://docs.astro.build/en/recipes/sharing-state-islands/): a component that reads it is
// drawn again when it changes, in the same task (Preact's own render queue, not a timer, so
// focus moves after a change find the new screen). Nothing is stored anywhere else.
import { atom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import { parseLink, type LinkState, type ParsedLink } from '../../lib/link/link';

interface LinkEntry {
  link: ParsedLink;
  /** The page's own view for this entry (the keuzehulp's screen), kept in history.state. */
  view: unknown;
  /** True after a push, back or forward: the new screen takes the focus. */
  moved: boolean;
}

const viewOf = (state: unknown): unknown =>
  state && typeof state === 'object' && 'view' in state ? (state as { view: unknown }).view : null;

const read = (historyState: unknown, moved: boolean): LinkEntry => ({
  link: parseLink(location.search),
  view: viewOf(historyState),
  moved,
});

const $entry = atom<LinkEntry | null>(null);

/**
 * The link as it is now, for handlers outside Preact's render (a click on the static map): two
 * quick clicks must both count, even before the island has drawn the first.
 */
export const currentLink = (): ParsedLink => $entry.get()?.link ?? parseLink(location.search);

/**
 * Parses the link once, on the first use on a page, and follows back and forward from then on.
 * `onPop` lets a page keep part of the state it had (the keuzehulp keeps later answers when the
 * reader goes back a step); the address bar then shows what is kept.
 */
function start(write: (state: LinkState) => string, onPop?: (before: ParsedLink, after: ParsedLink) => ParsedLink) {
  if ($entry.get() !== null) return;
  $entry.set(read(history.state, false));
  addEventListener('popstate', (event) => {
    const next = read(event.state, true);
    if (onPop) {
      next.link = onPop($entry.get()!.link, next.link);
      const query = write(next.link);
      history.replaceState(event.state, '', location.pathname + (query ? `?${query}` : ''));
    }
    $entry.set(next);
  });
}

export interface GoOptions {
  /** Edit this history entry instead of adding one (typing a name). */
  replace?: boolean;
  /** The view to remember with the entry; by default the current one. */
  view?: unknown;
}

/**
 * The link state and a way to change it. `write` makes the page's own query from a state (the
 * keuzehulp writes its answers, the overview its sets, /regio/ its municipalities).
 */
export function useLinkState(
  write: (state: LinkState) => string,
  onPop?: (before: ParsedLink, after: ParsedLink) => ParsedLink,
) {
  start(write, onPop);
  const [, redraw] = useState(0);
  useEffect(() => $entry.listen(() => redraw((count) => count + 1)), []);
  const { link, view, moved } = $entry.get()!;
  const go = (next: Partial<LinkState>, { replace = false, view: nextView = $entry.get()!.view }: GoOptions = {}) => {
    const merged: ParsedLink = { ...$entry.get()!.link, ...next, problems: [] };
    const query = write(merged);
    history[replace ? 'replaceState' : 'pushState'](
      { view: nextView },
      '',
      location.pathname + (query ? `?${query}` : ''),
    );
    $entry.set({ link: merged, view: nextView, moved: !replace });
    return merged;
  };
  /** Marks the move as handled (the new screen has taken the focus). */
  const settled = () => {
    const value = $entry.get();
    if (value?.moved) value.moved = false;
  };
  return { link, view, moved, go, settled };
}
