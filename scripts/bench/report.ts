// Renders the benchmark result as Markdown (bench/latest.md).
import { budgets, starlightReference } from '../../test/budgets.ts';
import type { BenchResult, ScalePoint } from './bench.ts';
import type { Weight } from './pageWeight.ts';

const starlight = (bytes: number) => `${bytes / 1000} kB = ${kb(bytes)} KB`;
const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)}` : '–');
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const factor = (value: number) => (Number.isFinite(value) ? `×${value >= 10 ? value.toFixed(0) : value.toFixed(2)}` : '–');

function weightRow(label: string, first: Weight, repeat: Weight): string {
  return `| ${label} | ${first.requests} | ${kb(first.html.raw)} / ${kb(first.html.gzip)} | ${kb(first.css.raw)} / ${kb(first.css.gzip)} | ${kb(first.js.raw)} / ${kb(first.js.gzip)} | ${kb(first.other.gzip)} | **${kb(first.total.gzip)}** | ${repeat.requests} | ${kb(repeat.total.gzip)} |`;
}

function sumWeights(weights: readonly Weight[]): Weight {
  const zero = () => ({ raw: 0, gzip: 0 });
  const total: Weight = { requests: 0, html: zero(), css: zero(), js: zero(), other: zero(), total: zero() };
  for (const weight of weights) {
    total.requests += weight.requests;
    for (const key of ['html', 'css', 'js', 'other', 'total'] as const) {
      total[key].raw += weight[key].raw;
      total[key].gzip += weight[key].gzip;
    }
  }
  return total;
}

interface ScaleFigure {
  label: string;
  value(point: ScalePoint): number;
  format(value: number): string;
  /** Whether growing with the page count is expected (total costs) or not (per-page or per-query costs). */
  total: boolean;
}

const SCALE_FIGURES: ScaleFigure[] = [
  { label: 'Pages (HTML files)', value: (p) => p.pages, format: String, total: true },
  { label: 'Content (content/, real + synthetic)', value: (p) => p.contentBytes, format: (v) => `${kb(v)} KB`, total: true },
  { label: 'Build time (median, cold)', value: (p) => p.build.medianMs, format: seconds, total: true },
  { label: 'Peak memory of the build (process tree)', value: (p) => p.build.medianPeakTreeRss, format: mib, total: true },
  { label: 'Output size (dist/)', value: (p) => p.distBytes, format: (v) => `${kb(v)} KB`, total: true },
  { label: 'HTML per page (gzip, mean)', value: (p) => p.htmlGzipPerPage, format: (v) => `${kb(v)} KB`, total: false },
  { label: 'Search index size (pagefind/)', value: (p) => p.index.total, format: (v) => `${kb(v)} KB`, total: true },
  { label: 'Index chunks (.pf_index)', value: (p) => p.index.indexChunks, format: String, total: true },
  { label: 'Index chunk bytes', value: (p) => p.index.indexChunkBytes, format: (v) => `${kb(v)} KB`, total: true },
  { label: 'First search, bytes transferred', value: (p) => p.search?.firstSearchBytes ?? NaN, format: (v) => `${kb(v)} KB`, total: false },
  { label: 'First search, requests', value: (p) => p.search?.firstSearchRequests ?? NaN, format: String, total: false },
  { label: 'Later search, bytes (median of 19)', value: (p) => p.search?.laterSearchBytes ?? NaN, format: (v) => `${kb(v)} KB`, total: false },
  { label: 'Later search, bytes (largest)', value: (p) => p.search?.laterSearchMaxBytes ?? NaN, format: (v) => `${kb(v)} KB`, total: false },
  { label: 'First query latency (cold)', value: (p) => p.search?.firstQueryMs ?? NaN, format: (v) => `${v.toFixed(0)} ms`, total: false },
  { label: 'Query latency (median of 20)', value: (p) => p.search?.medianQueryMs ?? NaN, format: (v) => `${v.toFixed(1)} ms`, total: false },
  { label: 'Later query latency (median of 19)', value: (p) => p.search?.medianLaterQueryMs ?? NaN, format: (v) => `${v.toFixed(1)} ms`, total: false },
];

/** Figures that grow faster than the page count, from each scale point to every larger one. */
export function superLinear(points: readonly ScalePoint[]): string[] {
  const notes: string[] = [];
  for (const [index, from] of points.entries()) {
    for (const to of points.slice(index + 1)) {
      const pageGrowth = to.pages / from.pages;
      for (const figure of SCALE_FIGURES.slice(1)) {
        const growth = figure.value(to) / figure.value(from);
        if (Number.isFinite(growth) && growth > pageGrowth * 1.1) {
          notes.push(
            `${figure.label}: ${factor(growth)} from ${from.factor}x to ${to.factor}x (${figure.format(figure.value(from))} → ${figure.format(figure.value(to))}), while the page count grew ${factor(pageGrowth)}`,
          );
        }
      }
    }
  }
  return notes;
}

export function renderMarkdown(result: BenchResult): string {
  const lines: string[] = [];
  const { machine, versions } = result;
  lines.push(
    '# Benchmark: latest run',
    '',
    'Produced by `npm run bench` (see [README.md](README.md) for what it measures and how). Do not edit by hand: run `npm ci && npm run bench` and commit the new file.',
    '',
    `- **Date:** ${result.date} · **commit** ${result.commit} · **wall time of the run:** ${result.wallSeconds.toFixed(0)} s`,
    `- **Machine:** ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(1)} GiB memory, ${machine.os}; load average ${machine.loadBefore.map((v) => v.toFixed(2)).join(' / ')} at the start, ${machine.loadAfter.map((v) => v.toFixed(2)).join(' / ')} at the end`,
    `- **Tools:** Node ${versions.node}, Astro ${versions.astro}, Pagefind ${versions.pagefind}, Preact ${versions.preact}, playwright-core ${versions['playwright-core']}, Chromium ${versions.chromium}`,
    `- **Repetitions:** builds ${result.method.runs.build}× per scale, engine ${result.method.runs.engine} sweeps; medians reported`,
    '',
    'Sizes in KB are KiB (1024 bytes). "gzip" is gzip -9 of the file, what a compressing host sends; Pagefind\'s index files are stored compressed and count as they are.',
    '',
  );

  // 1. Page weight
  if (result.weights.length) {
    const firsts = result.weights.map((w) => w.first);
    const repeats = result.weights.map((w) => w.repeat);
    const home = result.weights.find((w) => w.path === '');
    lines.push(
      '## 1. Page weight',
      '',
      `Every page, loaded in headless Chromium (412×823) until the network is idle, counted at the server. **First visit**: empty cache. **Repeat visit**: the same page again with a warm cache, with the headers README recommends: ${result.method.cachePolicy}.`,
      '',
      '| Page | Requests | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | Other gzip | **Total gzip** | Repeat: requests | Repeat: gzip |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
      ...result.weights.map((w) => weightRow(`/${w.path}`, w.first, w.repeat)),
      weightRow(`**All ${result.weights.length} pages**`, sumWeights(firsts), sumWeights(repeats)),
      '',
    );
    const special = new Set(['keuzehulp/', 'zoeken/']);
    const content = result.weights.filter((w) => !special.has(w.path)).map((w) => w.first);
    const keuzehulp = result.weights.find((w) => w.path === 'keuzehulp/')?.first;
    const zoeken = result.weights.find((w) => w.path === 'zoeken/')?.first;
    const largest = (pick: (w: Weight) => number) => (content.length ? kb(Math.max(...content.map(pick))) : '–');
    const of = (weight: Weight | undefined, pick: (w: Weight) => number) => (weight ? kb(pick(weight)) : '–');
    const row = (label: string, pick: (w: Weight) => number, budget: string, reference: string) =>
      `| ${label} | ${largest(pick)} | ${of(keuzehulp, pick)} | ${of(zoeken, pick)} | ${budget} | ${reference} |`;
    lines.push(
      'Against the budgets (KB gzip, first visit):',
      '',
      `| Figure | Content pages (largest of ${content.length}) | /keuzehulp/ | /zoeken/ (loads search) | Our budget (\`test/budgets.ts\`) | Starlight's budget or claim |`,
      '|---|--:|--:|--:|--:|--:|',
      row('HTML', (w) => w.html.gzip, `${kb(budgets.htmlPerPage)}`, starlight(starlightReference.htmlPerPage)),
      row('CSS', (w) => w.css.gzip, `${kb(budgets.cssPerPage)}`, starlight(starlightReference.css)),
      row('JS', (w) => w.js.gzip, `${kb(budgets.jsBeforeInteraction)} (content pages), ${kb(budgets.keuzehulpJs)} (keuzehulp)`, starlight(starlightReference.js)),
      row('Everything', (w) => w.total.gzip, '–', `under ${starlight(starlightReference.firstVisit)} (claim)`),
      '',
    );
    if (home) lines.push(`Home page: ${home.first.requests} requests and ${kb(home.first.total.gzip)} KB gzip on a first visit; ${home.repeat.requests} request(s) and ${kb(home.repeat.total.gzip)} KB on a repeat visit.`, '');
  }

  // 2. Build
  const first = result.scale[0];
  if (first) {
    lines.push(
      '## 2. Build',
      '',
      `A cold \`astro build\` of the whole site, the Pagefind index included (it is built by the \`pagefind-index\` integration), with no Astro cache, in a clean copy of the project: ${first.pages} HTML pages.`,
      '',
      '| Figure | Median | Runs |',
      '|---|--:|---|',
      `| Wall time | ${seconds(first.build.medianMs)} | ${first.build.runs.map((r) => seconds(r.ms)).join(', ')} |`,
      `| Peak memory, whole process tree | ${mib(first.build.medianPeakTreeRss)} | ${first.build.runs.map((r) => mib(r.peakTreeRss)).join(', ')} |`,
      `| Peak memory, largest single process (VmHWM) | ${mib(first.build.medianPeakProcessHwm)} | ${first.build.runs.map((r) => mib(r.peakProcessHwm)).join(', ')} |`,
      '',
      `Memory: ${result.method.memory}.`,
      '',
    );
  }

  // 3. Scale
  if (result.scale.length > 1) {
    const [base, ...rest] = result.scale;
    lines.push(
      '## 3. Scale',
      '',
      `The same build with synthetic Dutch guide pages added (regional pages and question pages; varied vocabulary with compounds and place names; seeded, so every run writes the same pages) up to ${rest.map((p) => `${p.factor}x`).join(' and ')} the current ${base!.pages} pages. Search: headless Chromium loads \`pagefind/pagefind.js\` and runs ${result.method.queries.length} fixed queries (\`${result.method.queries.join('`, `')}\`), each timed over \`search()\` plus \`data()\` of the top 5 results.`,
      '',
      `| Figure | ${result.scale.map((p) => `${p.factor}x`).join(' | ')} | ${rest.map((p) => `growth 1x→${p.factor}x`).join(' | ')} |`,
      `|---|${result.scale.map(() => '--:').join('|')}|${rest.map(() => '--:').join('|')}|`,
    );
    for (const figure of SCALE_FIGURES) {
      const values = result.scale.map((p) => figure.value(p));
      const growth = rest.map((p) => factor(figure.value(p) / figure.value(base!)));
      lines.push(`| ${figure.label} | ${values.map((v) => (Number.isFinite(v) ? figure.format(v) : '–')).join(' | ')} | ${growth.join(' | ')} |`);
    }
    lines.push('');
    const check = (value: number, budget: number) => (Number.isFinite(value) ? (value <= budget ? 'within' : '**over**') : '–');
    lines.push(
      `Search budgets (\`test/budgets.ts\`): first search ≤ ${kb(budgets.firstSearch)} KB: ${result.scale
        .map((p) => `${p.factor}x ${check(p.search?.firstSearchBytes ?? NaN, budgets.firstSearch)}`)
        .join(', ')}; a later search ≤ ${kb(budgets.laterSearch)} KB (median): ${result.scale
        .map((p) => `${p.factor}x ${check(p.search?.laterSearchBytes ?? NaN, budgets.laterSearch)}`)
        .join(', ')}; largest later search ≤ ${kb(budgets.laterSearchFullChunk)} KB: ${result.scale
        .map((p) => `${p.factor}x ${check(p.search?.laterSearchMaxBytes ?? NaN, budgets.laterSearchFullChunk)}`)
        .join(', ')}. (Measured through the Pagefind JS API alone: the search dialog's own UI code comes on top, see /zoeken/ in section 1.)`,
      '',
    );
    const faster = superLinear(result.scale);
    lines.push(
      faster.length
        ? `**Grew faster than the page count:**\n\n${faster.map((line) => `- ${line}`).join('\n')}`
        : '**Nothing grew faster than the page count.**',
      '',
    );
  }

  // 4. Engine
  if (result.engine) {
    const e = result.engine;
    lines.push(
      '## 4. Keuzehulp engine',
      '',
      `\`recommend()\` over every combination of complete answers (${e.combinations.toLocaleString('en')}), model loaded from \`content/keuzehulp\` as the unit tests load it: **${Math.round(e.perSecond).toLocaleString('en')} recommendations per second** (median of ${e.runs} sweeps; one sweep ${seconds(e.sweepMs)}). Outcomes: ${Object.entries(e.outcomes).map(([k, v]) => `${k === 'geen' ? 'none' : `scenario ${k}`} ${v.toLocaleString('en')}`).join(', ')}.`,
      '',
    );
  }
  if (result.compare) {
    const c = result.compare;
    lines.push(
      '## 5. Build time against Starlight',
      '',
      `A stock Starlight ${c.versions.starlight} site (Astro ${c.versions.astro}, Pagefind ${c.versions.pagefind}, installed by the bench into \`bench/.work/starlight\`) with the same synthetic pages, built in the same run: cold builds in turn, ours then Starlight, medians. At the smallest size ours builds its own pages with their islands, map and hyphenation, Starlight plain pages: the fixed cost of our features shows there.`,
      '',
      '| Pages (ours / Starlight) | Ours | Starlight | Ours ÷ Starlight | Pair ratios |',
      '|---|--:|--:|--:|---|',
      ...c.points.map(
        (p) =>
          `| ${p.ourPages} / ${p.starlightPages} | ${seconds(p.oursMedianMs)} | ${seconds(p.starlightMedianMs)} | **${p.ratio.toFixed(2)}x** | ${p.pairRatios.map((r) => r.toFixed(2)).join(', ')} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}
