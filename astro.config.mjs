// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/baseLinks.mjs';
import { pagefindIndex } from './src/search/pagefindIndex.mjs';
import { hyphenateDutch } from './src/integrations/hyphenateDutch.mjs';
import { normaliseBase, normaliseSite } from './src/config/deployTarget.mjs';
import { readPublisher } from './src/integrations/publisher.mjs';

// Where the site is deployed is configuration, not code: SITE_URL and SITE_BASE.
const site = normaliseSite(process.env.SITE_URL);
const base = normaliseBase(process.env.SITE_BASE);
// Who publishes the site and where readers report a mistake: SITE_PUBLISHER_NAME,
// SITE_PUBLISHER_URL, SITE_REPORT_MISTAKE (see README, "Deploying").
const publisher = readPublisher(process.env);

/** @type {(level: string, log: { code?: string; message: string }, handler: (level: any, log: any) => void) => void} */
function dropMdxDirectiveWarning(level, log, handler) {
  // @astrojs/mdx marks every MDX module with the directive "use astro:head-inject", which
  // Rolldown reports once per MDX file although nothing is lost (withastro/astro#18087, open).
  // Drop exactly that warning; remove this filter once that issue is fixed.
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
  handler(level, log);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests build into their own folders so parallel runs never share output.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mdx(),
    // Preact renders the .tsx components. The integration hands every file it matches to Babel
    // for JSX; Babel's own `ignore` option makes Babel decline them all (it returns no result), so
    // Vite's built-in Oxc transform compiles the JSX instead, as tsconfig.json's `jsx` and
    // `jsxImportSource` say. Babel parsing and printing each island twice (server and client
    // bundle) was the largest part of a small build's own CPU (docs/decisions/0015).
    preact({ include: [/\.tsx$/], babel: { ignore: [() => true] } }),
    sitemap({ filter: (page) => !/\/(404|zoeken)\/?$/.test(page) }),
    pagefindIndex(),
    // After Pagefind: the index must not hold soft hyphens.
    hyphenateDutch(),
  ],
  // No syntax highlighting: the guide has no code blocks, and Shiki's inline styles clash with the CSP.
  markdown: { processor: satteri({ hastPlugins: [baseLinks(base)] }), syntaxHighlight: false },
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    define: { __SITE_PUBLISHER__: JSON.stringify(publisher) },
    build: {
      rolldownOptions: {
        onLog: dropMdxDirectiveWarning,
        // Fewer, larger chunks for the islands (docs/decisions/0019-island-weight.md): each
        // chunk costs a request and compresses on its own, and Rolldown's automatic splitting
        // cut the keuzehulp into 19 files. Preact and the state store form one chunk (every
        // island loads all of it); the code that three or more entries import statically (the
        // link model, the region data, the picker) another; what the overview's entries share
        // of the dossier and overview code a third. Search and the content pages share none of
        // it: only the islands' own folders are grouped, never src/lib/paths.ts, which search
        // uses. The keuzehulp and /regio/ do not read costs: the dossier's modules stay out of
        // the second group.
        output: {
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|nanostores)[\\/]/, priority: 2 },
              {
                name: 'islands',
                test: /[\\/]src[\\/](lib[\\/]text\.ts$|(lib|components)[\\/](link|regio|keuzehulp|samen|dossier)[\\/])/,
                minShareCount: 3,
                // Only code that an entry imports statically: what loads on demand stays apart.
                tags: ['$initial'],
                priority: 1,
              },
              {
                name: 'overview',
                test: /[\\/]src[\\/](lib|components)[\\/](dossier|samen)[\\/]/,
                minShareCount: 2,
                tags: ['$initial'],
              },
            ],
          },
        },
      },
    },
  },
});
