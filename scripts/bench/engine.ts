// Keuzehulp rules throughput: recommendScenario() over every combination of complete answers
// (3^12 = 531,441), with the content read by the same loader as the tests
// (src/lib/content/readFiles.ts). The code uses extensionless imports, so it is bundled with
// esbuild on the fly.
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
import { readDecision } from './src/lib/content/readFiles';
import { QUESTION_IDS, QUESTION_VALUES } from './src/lib/keuzehulp/spec';
export { readDecision, QUESTION_IDS, QUESTION_VALUES };
`;

interface EngineModule {
  readDecision(): { recommendScenario(answers: Record<string, string>): string | number };
  QUESTION_IDS: string[];
  QUESTION_VALUES: Record<string, readonly string[]>;
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
    // The loader finds content/ relative to its own folder.
    define: { 'import.meta.dirname': JSON.stringify(path.join(projectDir, 'src', 'lib', 'content')) },
  });
  // node_modules is resolved from the bundle's folder upwards: keep it inside the project.
  const engine = (await import(pathToFileURL(outfile).href)) as EngineModule;
  const { recommendScenario } = engine.readDecision();
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
      const outcome = recommendScenario(answers);
      if (run === 0) outcomes[String(outcome)] = (outcomes[String(outcome)] ?? 0) + 1;
    }
    sweeps.push(performance.now() - started);
  }
  const sweepMs = median(sweeps);
  return { combinations, runs, perSecond: combinations / (sweepMs / 1000), sweepMs, outcomes };
}
