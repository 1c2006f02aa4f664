// The keys that open search: Ctrl+K, Cmd+K and "/" outside a text field (src/search/shortcut.ts).
import { describe, expect, it } from 'vitest';
import { isSearchShortcut, type KeyPress } from '../../../src/search/shortcut';

describe('isSearchShortcut', () => {
  const press = (partial: Partial<KeyPress>): KeyPress => ({
    key: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    inEditable: false,
    ...partial,
  });

  it.each([
    [{ key: 'k', ctrlKey: true }, true],
    [{ key: 'K', ctrlKey: true }, true],
    [{ key: 'k', metaKey: true }, true],
    [{ key: 'k', ctrlKey: true, inEditable: true }, true],
    [{ key: '/' }, true],
    [{ key: '/', inEditable: true }, false],
    [{ key: '/', ctrlKey: true }, false],
    [{ key: 'k' }, false],
    [{ key: 'k', ctrlKey: true, shiftKey: true }, false],
    [{ key: 'k', ctrlKey: true, altKey: true }, false],
    [{ key: 'Escape' }, false],
  ])('%o → %s', (partial, expected) => {
    expect(isSearchShortcut(press(partial))).toBe(expected);
  });
});
