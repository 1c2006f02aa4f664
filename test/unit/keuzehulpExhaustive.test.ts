// Every combination of answers (3^12 = 531,441): the rules built from the content agree with the
// one hand-written oracle of the rule (test/support/decisionOracle.ts), and its invariants hold.
import { expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readFiles';
import {
  adviceFor,
  levelOf,
  nextStep,
  openPoints,
  recommendScenario,
  why,
  withinReachScenario,
} from '../../src/lib/keuzehulp/rules';
import { QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/lib/keuzehulp/spec';
import { specRecommendation } from '../support/decisionOracle';

const { conditions } = readContent().keuzehulp;

it('every combination of answers: matches the spec and keeps the invariants', () => {
  const values = QUESTION_IDS.map((id) => QUESTION_VALUES[id] as readonly string[]);
  const total = values.reduce((product, list) => product * list.length, 1);
  const answers: Record<string, string> = {};
  const counts: Record<string, number> = { geen: 0, 1: 0, 2: 0, 3: 0 };
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
    const outcome = recommendScenario(a, conditions);
    const rec = levelOf(outcome);
    const reach = levelOf(withinReachScenario(a, conditions));
    counts[outcome]++;

    // The rules built from scenarios.yaml are exactly the spec's rules.
    if (rec !== specRecommendation(a)) fail(`rules say ${rec}, spec says ${specRecommendation(a)}`);

    // Cumulative: the recommended scenario meets every condition of itself and of every scenario
    // below it, and the scenario above it misses at least one of its own.
    const reasons = why(a, conditions);
    for (const check of reasons) if (!check.holds || !check.met) fail(`reason ${check.condition.id} does not hold`);
    if (reasons.length !== conditions.filter((c) => c.scenario <= rec).length) fail('reasons incomplete');
    const next = nextStep(a, conditions);
    if (rec < 3 && (!next || next.missing.length === 0)) fail('no next step below scenario 3');
    if (rec === 3 && next !== null) fail('a next step above scenario 3');

    // Within reach is never below the recommendation, and names its open points when higher.
    const open = openPoints(a, conditions);
    if (reach < rec) fail('within reach below the recommendation');
    if (reach > rec !== open.length > 0) fail('open points do not match within reach');
    for (const point of open) if (point.open.length === 0) fail('an open point without a question to agree');

    // Advice only appears for its own outcomes (its rules read the outcome, never set it).
    const advice = adviceFor(outcome, a);
    if (rec !== 1 && advice.includes('overleg')) fail('scenario 1 advice off-outcome');
    if (rec < 2 && advice.includes('brugfiguur')) fail('coordinator advice without a coordinator scenario');

    // Monotone: moving any one answer one step towards the stronger value never lowers it.
    for (let q = 0; q < QUESTION_IDS.length; q++) {
      const id = QUESTION_IDS[q];
      const current = answers[id];
      const index = values[q].indexOf(current);
      if (index === values[q].length - 1) continue;
      answers[id] = values[q][index + 1];
      if (levelOf(recommendScenario(a, conditions)) < rec) fail(`a stronger ${id} lowered the recommendation`);
      answers[id] = current;
    }
  }

  expect(failures).toBe(0);
  expect(total).toBe(531_441);
  for (const outcome of ['geen', '1', '2', '3']) expect(counts[outcome]).toBeGreaterThan(0);
}, 240_000);
