// Builds the Pagefind search index right after Astro writes the site, so
// `astro build` alone produces a complete, searchable dist/ (as Starlight does).
// Only Pagefind's documented Node API: createIndex, addHTMLFile, writeFiles.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { indexableHtml } from './indexableHtml.mjs';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kon geen index maken: ${createErrors.join('; ')}`);
        const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          const content = indexableHtml(await readFile(path.join(outDir, file), 'utf8'));
          // The URL as Pagefind derives it from the path relative to the site root.
          const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
          if (added.errors.length) throw new Error(`Pagefind (${file}): ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${files.length} HTML files in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
