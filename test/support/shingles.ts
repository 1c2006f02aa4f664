// Ten-word runs ("shingles") of a text, hashed, so tests can check that the built site
// copies no sentence of publiq's text or of the research notes without shipping either.
import { createHash } from 'node:crypto';

/** Words of one stretch of prose: lower case, letters and digits only, accents kept. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      // Typographic apostrophes and hyphens join words the same way in every source.
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

export const SHINGLE_WORDS = 10;

/** A short, stable hash of one run of words. */
export function hashRun(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of SHINGLE_WORDS words inside one segment (runs never cross segments). */
export function runsOf(segment: string): { words: string[]; hash: string }[] {
  const words = wordsOf(segment);
  const runs: { words: string[]; hash: string }[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const run = words.slice(i, i + SHINGLE_WORDS);
    runs.push({ words: run, hash: hashRun(run) });
  }
  return runs;
}

/**
 * Segments of a Markdown research text: one per line or table cell, without URLs,
 * code spans and reliability marks, which are not prose anyone could copy.
 */
export function markdownSegments(markdown: string): string[] {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .replace(/https?:\/\/\S+/g, ' | ')
    .replace(/`[^`]*`/g, ' | ')
    .split(/\n|\|/)
    .map((segment) => segment.trim())
    .filter(Boolean);
}

/**
 * Segments of a built HTML page's main content: one per block (paragraph, list item,
 * table cell, heading), so a list of names never reads as one long sentence.
 */
export function htmlSegments(html: string): string[] {
  const main = html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? html;
  return main
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(
      /<\/?(p|li|td|th|dt|dd|h[1-6]|caption|figcaption|summary|blockquote|div|section|article|ul|ol|table|tr|br|nav|aside|header|footer|details)\b[^>]*>/g,
      '\n',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((segment) => segment.trim())
    .filter(Boolean);
}
