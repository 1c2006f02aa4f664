// Moving through a page with the keyboard alone, as a reader without a mouse does.
import type { Locator, Page } from 'playwright-core';

/** True when the focused element is one of the elements the locator finds. */
export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));

/** Presses Tab until focus is on (one of) the target's elements; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}
