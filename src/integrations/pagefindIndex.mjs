// Builds the Pagefind search index right after Astro writes the site, so
// `astro build` alone produces a complete, searchable dist/ (as Starlight does).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

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
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
