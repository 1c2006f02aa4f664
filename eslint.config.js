// ESLint: the recommended rules of ESLint, typescript-eslint, the Astro plugin and jsx-a11y
// (for the Preact islands), checked by `npm test` through `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.tmp/', 'node_modules/', 'scripts/data/node_modules/', 'bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  // The Astro plugin registers jsx-a11y; apply the same recommended rules to the Preact islands.
  // Preact writes `for` on labels (as HTML does); jsx-a11y's documented setting accepts it.
  {
    files: ['**/*.tsx'],
    rules: jsxA11y.flatConfigs.recommended.rules,
    settings: { 'jsx-a11y': { attributes: { for: ['htmlFor', 'for'] } } },
  },
  // A scrolling frame (a wide table) is a named group or region that takes focus, so that keyboard
  // users can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable). The rule's documented
  // `roles` option allows exactly those roles.
  ...['jsx-a11y/no-noninteractive-tabindex', 'astro/jsx-a11y/no-noninteractive-tabindex'].map((rule) => ({
    rules: { [rule]: ['error', { tags: [], roles: ['tabpanel', 'region', 'group'], allowExpressionValues: true }] },
  })),
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        // Replaced at build time by Vite's `define` (src/integrations/publisher.mjs).
        __SITE_PUBLISHER__: 'readonly',
      },
    },
  },
);
