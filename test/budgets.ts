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
  /**
   * All JavaScript of the keuzehulp page without municipalities, Preact included, before the
   * reader interacts: at the start (/keuzehulp/) and for a link that resumes at a question.
   * Each screen's code loads with the screen (intro, question, result); what only some readers
   * need loads on use: the printout and its QR code, the URL notice, the way back to an overview.
   */
  keuzehulpJs: 15 * KB,
  /**
   * The same for a link that opens a result (no municipalities). Measured 17.7 KB on 2026-11-30:
   * Preact, the page script and Astro's loader take 8.6 KB before any keuzehulp code, and the
   * result needs the rules and the whole result screen. Was 17 KB in one bundle with the steps;
   * the split and the region's hooks cost ~0.9 KB here and saved 3.6 KB at the start.
   * 23 KB since 2026-12-06: the printout's head and its QR code (4.5 KB, uqr included) load with
   * the result, so a print from the browser's menu or Ctrl+P has them (docs/decisions/0018).
   */
  keuzehulpResultJs: 23 * KB,
  /**
   * What the region adds to the keuzehulp (docs/contracts/regio.md): the municipality data, the picker
   * with its deelgemeente names, the map, and their CSS. Loaded only when the link names
   * municipalities or the reader opens the picker.
   */
  keuzehulpRegionExtra: 30 * KB,
  /**
   * All JavaScript of the region overview (/keuzehulp/samen/), Preact included. Was 20 KB;
   * 21 KB since 2026-11-30 (measured 20.4 KB): the overview shares the keuzehulp's rules and
   * the copy helper, and now that the keuzehulp loads its screens lazily, that shared code comes
   * in a few chunks instead of one (about 0.9 KB of chunk overhead).
   */
  samenJs: 21 * KB,
  /**
   * /regio/ (docs/contracts/regio.md): what the map (inline SVG), the region data and the picker and
   * facts islands (Preact included) add to a first visit, before the reader interacts.
   */
  regioExtra: 30 * KB,
  /**
   * Everything a first visit of /regio/ transfers before the reader interacts: HTML with the
   * inline map, CSS, JavaScript, the icon. 46.6 KB on 2026-12-05 (the walk), 45 KB asked.
   */
  regioFirstVisit: 45 * KB,
  /** Everything the first search transfers (UI, core, Wasm, index, fragments). */
  firstSearch: 120 * KB,
  /**
   * Everything a later query transfers when it needs an index chunk the first search did not
   * load: on /basis/, "kostendeling" then "vrijetijdsparticipatie" (17.4 KB on 2026-11-30:
   * the last index chunk 12.7 KB + two fragments 4.8 KB). The issue asked for 15 KB; Pagefind
   * cuts its index into chunks of about 20,000 word positions (fixed, no documented option),
   * so this figure is the size of the last, partly filled chunk: it grows with the content
   * until that chunk is full. Later queries whose words lie in an already loaded chunk
   * transfer only fragments (about 5 KB). See docs/decisions/0005-search.md.
   */
  laterSearch: 20 * KB,
  /**
   * The same when the chunk the later query needs is a full one: "vrijetijdsparticipatie" then
   * "kostendeling" (35.2 KB on 2026-11-30: 31.3 KB chunk + fragments). Bounded by Pagefind's
   * fixed chunk size (a full chunk is about 32 KB) plus the fragments of the results in view.
   */
  laterSearchFullChunk: 40 * KB,
} as const;

export type BudgetName = keyof typeof budgets;

/**
 * The failure message for a figure over its budget, naming the page and the figure, or null
 * when it fits. Use as `expect(overBudget('/keuzehulp/', 'keuzehulpJs', bytes)).toBeNull()`.
 */
export function overBudget(page: string, figure: BudgetName, bytes: number): string | null {
  const budget = budgets[figure];
  return bytes <= budget
    ? null
    : `${page}: ${figure} is ${bytes} B gzip (${(bytes / KB).toFixed(1)} KB), over the budget of ${budget} B (${(budget / KB).toFixed(1)} KB) by ${bytes - budget} B`;
}

/** Lighthouse categories that must score 100 on the budgeted pages (mobile). */
export const lighthouseBudget = {
  paths: ['', 'scenarios/minimale-samenwerking/', 'keuzehulp/', 'begrippen/', 'regio/'],
  categories: ['accessibility', 'best-practices', 'seo'] as const,
  minimumScore: 100,
};

/**
 * What we compare ourselves with in the benchmark report (not enforced): Starlight's
 * size-limit budgets, gzip (Starlight's .size-limit.json in withastro/starlight).
 */
export const starlightReference = {
  htmlPerPage: 7 * 1000,
  js: 27 * 1000,
  css: 16.75 * 1000,
  firstVisit: 50 * 1000,
} as const;

/** Minimum repetitions of the benchmark (npm run bench); env vars may raise or, for a quick try, lower them. */
export const benchRuns = {
  /** Lighthouse runs per page and form factor (BENCH_LH_RUNS); the report gives the median. */
  lighthouse: 3,
  /** Cold builds per scale (BENCH_BUILD_RUNS); the report gives the median. */
  build: 3,
  /** Sweeps over every keuzehulp answer combination (BENCH_ENGINE_RUNS). */
  engine: 5,
  /** Scale factors of the content (BENCH_SCALES, comma-separated). */
  scales: [1, 10, 100],
} as const;
