// The one place where the region overview meets the keuzehulp's decision: answers in, outcome
// out, bound to the content's conditions (src/lib/keuzehulp/rules.ts). Nothing else in samen/
// knows how the decision is made.
import { recommendScenario, withinReachScenario, type Condition } from '../keuzehulp/rules';
import type { Answers, Outcome } from '../keuzehulp/spec';

export interface Decision {
  recommendScenario(answers: Answers): Outcome;
  withinReach(answers: Answers): Outcome;
}

export function decisionOf(model: { conditions: readonly Condition[] }): Decision {
  return {
    recommendScenario: (answers) => recommendScenario(answers, model.conditions),
    withinReach: (answers) => withinReachScenario(answers, model.conditions),
  };
}
