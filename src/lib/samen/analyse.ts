// Everything the overview shows, computed once from the answer sets: the region's answers and
// outcome, completeness, disagreements, and per set what it holds back and what the others
// reach without it. Plain data for small components; no display text.
import type { Answers, Outcome, QuestionId } from '../keuzehulp/spec';
import type { AnswerSet } from '../link/link';
import {
  combineAnswers,
  disagreements,
  holdsBack,
  isComplete,
  othersAnswers,
  unansweredOf,
  type ReferenceRegionOf,
} from './combine';
import type { Decision } from './decision';

export interface SetAnalysis {
  set: AnswerSet;
  unanswered: QuestionId[];
  holdsBack: QuestionId[];
  /** Only with at least two sets. */
  without?: { answers: Answers; scenario: Outcome; withinReach: Outcome } | undefined;
}

export interface OverviewAnalysis {
  region: Answers;
  scenario: Outcome;
  withinReach: Outcome;
  complete: boolean;
  disagree: QuestionId[];
  sets: SetAnalysis[];
}

export function analyseOverview(
  sets: readonly AnswerSet[],
  decision: Decision,
  referenceRegionOf?: ReferenceRegionOf,
): OverviewAnalysis {
  const region = combineAnswers(sets, referenceRegionOf);
  return {
    region,
    scenario: decision.recommendScenario(region),
    withinReach: decision.withinReach(region),
    complete: isComplete(sets),
    disagree: disagreements(sets),
    sets: sets.map((set, index) => {
      const others = sets.length >= 2 ? othersAnswers(sets, index, referenceRegionOf) : undefined;
      return {
        set,
        unanswered: unansweredOf(set),
        holdsBack: holdsBack(sets, index, referenceRegionOf),
        without: others && {
          answers: others,
          scenario: decision.recommendScenario(others),
          withinReach: decision.withinReach(others),
        },
      };
    }),
  };
}
