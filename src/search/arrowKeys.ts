// ArrowDown and ArrowUp walk from the search field through the result links and back, as
// in a list box, while Tab keeps its usual order.

/** Handles an arrow key pressed inside the search form. */
export function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLElement>('a[href]')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  const next = stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}
