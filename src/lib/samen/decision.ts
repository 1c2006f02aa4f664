// The one place where the region overview meets the keuzehulp's engine: answers in, outcome
// out. Swap this file when the engine's interface changes; nothing else in samen/ imports it.
import { recommend, recommendScenario as recommendLevel, toOutcome, withinReach as reachLevel } from '../keuzehulp/engine';
import type { Answers, Outcome } from '../keuzehulp/spec';
import type { KeuzehulpModel } from '../keuzehulp/types';

export interface Decision {
  recommendScenario(answers: Answers): Outcome;
  withinReach(answers: Answers): Outcome;
}

export function decisionOf(model: Pick<KeuzehulpModel, 'conditions'>): Decision {
  return {
    recommendScenario: (answers) => toOutcome(recommendLevel(answers, model)),
    withinReach: (answers) => toOutcome(reachLevel(answers, model)),
  };
}

/** Everything the keuzehulp's result shows (why, next step, advice), for the region's answers. */
export { recommend as fullRecommendation };
