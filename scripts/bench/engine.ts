// Keuzehulp engine throughput: recommend() over every combination of complete answers
// (3^12 = 531,441), with the model loaded from content/keuzehulp exactly as the unit tests
// load it. The engine uses extensionless imports, so it is bundled with esbuild on the fly.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median } from './measure.ts';

export interface EngineResult {
  combinations: number;
  runs: number;
  /** Median recommendations per second over the runs. */
  perSecond: number;
  /** Median time of one full sweep. */
  sweepMs: number;
  /** How many combinations end in each outcome (sanity check that the work is real). */
  outcomes: Record<string, number>;
}

const ENTRY = `
import { recommend } from './src/lib/keuzehulp/engine';
import { QUESTION_IDS, QUESTION_VALUES } from './src/lib/keuzehulp/spec';
import { loadModel } from './test/unit/keuzehulpModel';
export { recommend, QUESTION_IDS, QUESTION_VALUES, loadModel };
`;

interface EngineModule {
  recommend(answers: Record<string, string>, model: unknown): { outcome: string | number };
  QUESTION_IDS: string[];
  QUESTION_VALUES: Record<string, readonly string[]>;
  loadModel(): unknown;
}

export async function benchEngine(projectDir: string, workDir: string, runs: number): Promise<EngineResult> {
  mkdirSync(workDir, { recursive: true });
  const outfile = path.join(workDir, 'keuzehulp-engine.mjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: projectDir, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile,
    logLevel: 'error',
    // The model loader finds content/ relative to its own folder.
    define: { 'import.meta.dirname': JSON.stringify(path.join(projectDir, 'test', 'unit')) },
  });
  // node_modules is resolved from the bundle's folder upwards: keep it inside the project.
  const engine = (await import(pathToFileURL(outfile).href)) as EngineModule;
  const model = engine.loadModel();
  const values = engine.QUESTION_IDS.map((id) => engine.QUESTION_VALUES[id]!);
  const combinations = values.reduce((product, list) => product * list.length, 1);
  const outcomes: Record<string, number> = {};
  const sweeps: number[] = [];
  for (let run = 0; run < runs; run++) {
    const answers: Record<string, string> = {};
    const started = performance.now();
    for (let combination = 0; combination < combinations; combination++) {
      let rest = combination;
      for (let q = 0; q < values.length; q++) {
        const list = values[q]!;
        answers[engine.QUESTION_IDS[q]!] = list[rest % list.length]!;
        rest = Math.floor(rest / list.length);
      }
      const { outcome } = engine.recommend(answers, model);
      if (run === 0) outcomes[String(outcome)] = (outcomes[String(outcome)] ?? 0) + 1;
    }
    sweeps.push(performance.now() - started);
  }
  const sweepMs = median(sweeps);
  return { combinations, runs, perSecond: combinations / (sweepMs / 1000), sweepMs, outcomes };
}
