// Every combination of answers (3^12 = 531,441): the data-driven engine agrees with a
// hand-written reading of the spec, and the invariants of the decision model hold.
import { expect, it } from 'vitest';
import { recommend, recommendScenario } from '../../src/lib/keuzehulp/engine';
import { QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/lib/keuzehulp/spec';
import { loadModel } from './keuzehulpModel';

const model = loadModel();
const withoutAdvice = { ...model, advice: [] };

/** ../shared/specs/keuzehulp.md, "Conditions of each scenario", written out by hand. */
function specRecommendation(a: Answers): 0 | 1 | 2 | 3 {
  const basics = a.aanbod === 'ja' && a.voordelen === 'ja' && a.kostendeling === 'ja' && a.doelgroep === 'ja';
  const scenario1 = basics && (a.trekkers === 'ja' || (a.coordinator !== undefined && a.coordinator !== 'geen'));
  if (!scenario1) return 0;
  const scenario2 =
    a.communicatie === 'ja' &&
    a.groepsaankopen === 'ja' &&
    a.doelgroepenwerking === 'ja' &&
    (a.coordinator === 'deeltijds' || a.coordinator === 'voltijds');
  if (!scenario2) return 1;
  return a.vrijetijdsvisie === 'ja' && a.coordinator === 'voltijds' ? 3 : 2;
}

const level = (value: 1 | 2 | 3 | 'geen' | null) => (value === null || value === 'geen' ? 0 : value);

it('every combination of answers: matches the spec and keeps the invariants', () => {
  const started = performance.now();
  const values = QUESTION_IDS.map((id) => QUESTION_VALUES[id] as readonly string[]);
  const total = values.reduce((product, list) => product * list.length, 1);
  const answers: Record<string, string> = {};
  const counts = { geen: 0, 1: 0, 2: 0, 3: 0 } as Record<string, number>;
  let failures = 0;
  const fail = (message: string) => {
    if (failures++ < 5) expect.fail(`${message}: ${JSON.stringify(answers)}`);
  };

  for (let combination = 0; combination < total; combination++) {
    let rest = combination;
    for (let q = 0; q < QUESTION_IDS.length; q++) {
      const options = values[q];
      answers[QUESTION_IDS[q]] = options[rest % options.length];
      rest = Math.floor(rest / options.length);
    }
    const a = answers as Answers;
    const result = recommend(a, model);
    const rec = level(result.outcome);
    const reach = level(result.withinReach);
    counts[result.outcome]++;

    // The data encodes exactly the spec's rules.
    if (rec !== specRecommendation(a)) fail(`engine says ${rec}, spec says ${specRecommendation(a)}`);

    // Cumulative: the recommended scenario meets every condition of itself and of every scenario
    // below it, and the scenario above it misses at least one of its own.
    for (const check of result.reasons) if (!check.holds || !check.met) fail(`reason ${check.condition.id} does not hold`);
    if (result.reasons.length !== model.conditions.filter((c) => c.scenario <= rec).length) fail('reasons incomplete');
    if (rec < 3 && (!result.nextStep || result.nextStep.missing.length === 0)) fail('no next step below scenario 3');
    if (rec === 3 && result.nextStep !== null) fail('a next step above scenario 3');

    // Within reach is never below the recommendation, and names its open points when higher.
    if (reach < rec) fail('within reach below the recommendation');
    if ((reach > rec) !== result.openPoints.length > 0) fail('open points do not match within reach');
    for (const point of result.openPoints) if (point.open.length === 0) fail('an open point without a question to agree');

    // Advice never changes the recommendation, and only appears for its own outcome.
    if (recommend(a, withoutAdvice).outcome !== result.outcome) fail('advice changed the recommendation');
    for (const rule of result.advice) if (!rule.outcomes.includes(result.outcome)) fail(`advice ${rule.id} off-outcome`);

    // Monotone: moving any one answer one step towards the stronger value never lowers it.
    for (let q = 0; q < QUESTION_IDS.length; q++) {
      const id = QUESTION_IDS[q];
      const current = answers[id];
      const index = values[q].indexOf(current);
      if (index === values[q].length - 1) continue;
      answers[id] = values[q][index + 1];
      if (level(recommendScenario(a, model)) < rec) fail(`a stronger ${id} lowered the recommendation`);
      answers[id] = current;
    }
  }

  const seconds = (performance.now() - started) / 1000;
  console.log(`[keuzehulp] ${total} combinations in ${seconds.toFixed(2)} s; outcomes ${JSON.stringify(counts)}`);
  expect(failures).toBe(0);
  expect(total).toBe(531_441);
  for (const outcome of ['geen', '1', '2', '3']) expect(counts[outcome]).toBeGreaterThan(0);
}, 120_000);
