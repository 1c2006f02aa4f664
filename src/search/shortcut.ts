// The keyboard shortcuts that open search. Pure (no DOM), so it runs in unit tests too;
// it is part of the tiny script every page loads, so keep it small.

/** The parts of a keydown event the shortcut check needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  /** Whether focus is in a field where "/" is something to type (input, textarea, select, contenteditable). */
  inEditable: boolean;
}

/** Ctrl+K or Cmd+K anywhere, or "/" outside a text field, opens search. */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 'k') return !press.shiftKey;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.inEditable;
}
