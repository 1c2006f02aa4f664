// Dutch hyphenation for browsers without Dutch patterns (Chromium on Linux, for one): after
// the build, long words in every page get soft hyphens from the TeX patterns for Dutch
// (the `hyphen` package). Runs after Pagefind, so the search index and its excerpts never
// hold a soft hyphen; copying text drops them again (src/components/layout/CleanCopy.astro).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hyphenateHtml } from './hyphenateHtml.mjs';

/** Shorter words fit a 320 px line, also in table cards and headings. */
export const MIN_WORD_LENGTH = 11;

// A CommonJS package. Imported through the config's Vite module runner it broke the build
// ("Vite module runner has been closed"); Node's own require loads it directly.
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/nl');

/** What `hyphen` itself does to a run of text: the reference the fast path below must equal. */
/** @param {string} text */
export const hyphenateWithLibrary = (text) => hyphenateSync(text, { minWordLength: MIN_WORD_LENGTH });

// `hyphen` reads text one character at a time and changes nothing but its long words: runs of
// at least MIN_WORD_LENGTH characters that its `isNotLetter` (hyphen.js) does not stop at
// (whitespace, ASCII digits and punctuation except the apostrophe, U+2013 to U+203C), each
// hyphenated on its own. So only those runs go to the library, each distinct one once per
// process; in Dutch text the same compounds come back on page after page. Text with a `<` or a
// soft hyphen, where the library's HTML and hyphen skipping start, goes to it whole.
const LONG_WORD = new RegExp(`(?:(?![\\s!-&(-@[-\`{-~\u2013-\u203C])[\\s\\S]){${MIN_WORD_LENGTH},}`, 'g');
/** @type {Map<string, string>} */
const hyphenatedWords = new Map();
/** @param {string} word */
const hyphenateWord = (word) => {
  let result = hyphenatedWords.get(word);
  if (result === undefined) hyphenatedWords.set(word, (result = hyphenateWithLibrary(word)));
  return result;
};

/** @param {string} text */
export const hyphenateDutchText = (text) =>
  text.includes('<') || text.includes('\u00AD') ? hyphenateWithLibrary(text) : text.replace(LONG_WORD, hyphenateWord);

/** @returns {import('astro').AstroIntegration} */
export function hyphenateDutch() {
  return {
    name: 'hyphenate-dutch',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true })).filter(
          (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
        );
        let added = 0;
        // The header, menu and footer repeat on every page: hyphenate each distinct text once.
        /** @type {Map<string, string>} */
        const seen = new Map();
        /** @param {string} text */
        const hyphenateOnce = (text) => {
          let result = seen.get(text);
          if (result === undefined) seen.set(text, (result = hyphenateDutchText(text)));
          return result;
        };
        for (const file of files) {
          const full = path.join(outDir, file);
          const html = await readFile(full, 'utf8');
          const hyphenated = hyphenateHtml(html, hyphenateOnce);
          added += hyphenated.length - html.length;
          if (hyphenated !== html) await writeFile(full, hyphenated);
        }
        logger.info(`Soft hyphens in ${files.length} pages: ${added} added.`);
      },
    },
  };
}
