// Finds words that a line break cuts without a hyphen: for each visible text node in the
// page's main content, the rectangles of its characters show where a line ends; a new line
// that starts inside a word must follow a (soft) hyphen or a slash.
import type { Page } from 'playwright-core';

/** Each bad break as "…samenwerkingsovereenkoms|t…". */
export function unhyphenatedBreaks(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const bad: string[] = [];
    const scope = document.querySelector(selector);
    if (!scope) return [`no ${selector}`];
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    // Visually hidden text (1 px boxes for screen readers) wraps at every letter; skip it.
    const hidden = (element: Element | null): boolean => {
      for (let at = element; at && at !== scope; at = at.parentElement) {
        if (at.getBoundingClientRect().width <= 2) return true;
      }
      return false;
    };
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      if (!/\p{L}{2}/u.test(text) || !node.parentElement?.checkVisibility() || hidden(node.parentElement)) continue;
      let previousTop: number | null = null;
      let previous = '';
      for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (/\s/.test(char)) {
          previousTop = null;
          continue;
        }
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        // A range right after a line break may also report a box at the end of the previous
        // line (empty, or the added hyphen): the character itself is in its last box.
        const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
        if (rect) {
          if (previousTop !== null && rect.top > previousTop + 2 && !/[\u00AD\-‐–/]/.test(previous)) {
            bad.push(
              `${text.slice(Math.max(0, index - 20), index)}|${text.slice(index, index + 8)}`.replaceAll('\u00AD', ''),
            );
          }
          previousTop = rect.top;
        }
        previous = char;
      }
    }
    return bad;
  }, root);
}

/** The paths of the n pages with the most text in main, longest first. */
export async function longestPages(
  page: Page,
  baseURL: string,
  paths: readonly string[],
  n: number,
): Promise<string[]> {
  const lengths: [string, number][] = [];
  for (const path of paths) {
    await page.goto(baseURL + path);
    lengths.push([path, await page.evaluate(() => document.querySelector('main')?.textContent?.length ?? 0)]);
  }
  return lengths
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([path]) => path);
}
