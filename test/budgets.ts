// Every byte budget of the product, in one place. Tests and the benchmark read these.
// Figures are gzip bytes (what a reader downloads).

export const KB = 1024;

export const budgets = {
  /** HTML of any page. */
  htmlPerPage: 15 * KB,
  /** All CSS a page loads. */
  cssPerPage: 10 * KB,
  /** JavaScript a content page loads before the reader interacts (only what opens search). */
  jsBeforeInteraction: 2 * KB,
  /** All JavaScript of the keuzehulp page, Preact included. */
  keuzehulpJs: 15 * KB,
  /** Everything the first search transfers (UI, core, Wasm, index, fragments). */
  firstSearch: 150 * KB,
  /** Everything a second query transfers. */
  laterSearch: 15 * KB,
} as const;

/** Lighthouse categories that must score 100 on the budgeted pages (mobile). */
export const lighthouseBudget = {
  paths: ['', 'scenarios/minimale-samenwerking/', 'keuzehulp/', 'begrippen/'],
  categories: ['accessibility', 'best-practices', 'seo'] as const,
  minimumScore: 100,
};
