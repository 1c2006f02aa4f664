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

/** @param {string} text */
export const hyphenateDutchText = (text) => hyphenateSync(text, { minWordLength: MIN_WORD_LENGTH });

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
