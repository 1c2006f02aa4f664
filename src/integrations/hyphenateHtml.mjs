// Puts soft hyphens (U+00AD) into the long words of a page's visible text, so Dutch
// compounds break at a syllable with a hyphen instead of anywhere without one. Only text
// nodes change; tags, attributes, scripts and styles stay byte for byte as they were.
import { Parser } from 'htmlparser2';

export const SOFT_HYPHEN = '\u00AD';

/** Elements whose text is code, machine-read, or not shown as prose. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'template',
  'textarea',
  'pre',
  'code',
  'kbd',
  'samp',
  'svg',
  'math',
  // Islands re-render their own text on the client; hydration must find the same text.
  'astro-island',
]);

/**
 * @param {string} html a whole HTML document
 * @param {(text: string) => string} hyphenateText adds soft hyphens to a run of plain text
 * @returns {string}
 */
export function hyphenateHtml(html, hyphenateText) {
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  let skipDepth = 0;
  const stack = /** @type {boolean[]} */ ([]);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip = SKIPPED.has(name) || 'data-no-hyphens' in attributes;
        stack.push(skip);
        if (skip) skipDepth++;
      },
      onclosetag() {
        if (stack.pop()) skipDepth--;
      },
      ontext(text) {
        if (skipDepth > 0 || !/\p{L}{6}/u.test(text)) return;
        const hyphenated = hyphenateText(text);
        if (hyphenated !== text) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: hyphenated });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  let result = '';
  let at = 0;
  for (const edit of edits) {
    result += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + html.slice(at);
}
