// Builds the Pagefind search index right after Astro writes the site, so
// `astro build` alone produces a complete, searchable dist/ (as Starlight does).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { keepPagefindUiLanguages } from './pagefindDutchOnly.mjs';

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
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const outputPath = path.join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);

        // The Component UI carries the UI strings of ~46 languages; ship Dutch (and the
        // English fallback) only. Throws, failing the build, if the bundle's shape changed.
        const uiFile = path.join(outputPath, 'pagefind-component-ui.js');
        const ui = await readFile(uiFile, 'utf8');
        const { code, dropped } = keepPagefindUiLanguages(ui);
        await writeFile(uiFile, code);
        logger.info(`Component UI: ${dropped.length} languages dropped, ${ui.length - code.length} bytes less.`);
      },
    },
  };
}
