// The keuzehulp's decision engine: pure functions from answers to a recommendation, driven
// by the model in content/keuzehulp. Rules: ../shared/specs/keuzehulp.md, "The result".
import { AGREED, TO_DISCUSS, type Answers, type Outcome, type QuestionId, type ScenarioLevel } from './spec';
import type { AdviceRule, Clause, Condition, KeuzehulpModel, OutcomeText } from './types';

const LEVELS = [1, 2, 3] as const;

export function clauseHolds(clause: Clause, answers: Answers): boolean {
  const answer = answers[clause.question];
  return answer !== undefined && clause.values.includes(answer);
}

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  return condition.anyOf.some((clause) => clauseHolds(clause, answers));
}

/** The highest scenario whose conditions, and those of every scenario below it, all hold. */
export function recommendScenario(answers: Answers, model: Pick<KeuzehulpModel, 'conditions'>): ScenarioLevel | null {
  let recommended: ScenarioLevel | null = null;
  for (const level of LEVELS) {
    for (const condition of model.conditions) {
      if (condition.scenario === level && !conditionHolds(condition, answers)) return recommended;
    }
    recommended = level;
  }
  return recommended;
}

/** The answers with every "bespreken" turned into "ja": what the region has in hand to agree. */
export function agreeOpenPoints(answers: Answers): Answers {
  const agreed: Record<string, string> = {};
  for (const [question, value] of Object.entries(answers)) agreed[question] = value === TO_DISCUSS ? AGREED : value;
  return agreed as Answers;
}

/** The scenario that would be recommended if every open point ("bespreken") were agreed. */
export function withinReach(answers: Answers, model: Pick<KeuzehulpModel, 'conditions'>): ScenarioLevel | null {
  return recommendScenario(agreeOpenPoints(answers), model);
}

export function toOutcome(level: ScenarioLevel | null): Outcome {
  return level ?? 'geen';
}

export function levelOf(outcome: Outcome): number {
  return outcome === 'geen' ? 0 : outcome;
}

export interface ConditionCheck {
  condition: Condition;
  holds: boolean;
  /** The answer that met the condition (the first clause that holds). */
  met?: { question: QuestionId; value: string } | undefined;
  /** Questions answered "bespreken" that would meet the condition once agreed. */
  open: QuestionId[];
}

export function checkCondition(condition: Condition, answers: Answers): ConditionCheck {
  const metClause = condition.anyOf.find((clause) => clauseHolds(clause, answers));
  const open = condition.anyOf
    .filter((clause) => answers[clause.question] === TO_DISCUSS && clause.values.includes(AGREED))
    .map((clause) => clause.question);
  return {
    condition,
    holds: metClause !== undefined,
    met: metClause && { question: metClause.question, value: answers[metClause.question] as string },
    open,
  };
}

/** Advice that applies to this outcome and these answers. Never changes the outcome. */
export function adviceFor(outcome: Outcome, answers: Answers, rules: readonly AdviceRule[]): AdviceRule[] {
  return rules.filter(
    (rule) => rule.outcomes.includes(outcome) && rule.when.every((clause) => clauseHolds(clause, answers)),
  );
}

export interface NextStep {
  /** The scenario above the recommendation. */
  scenario: ScenarioLevel;
  /** Its conditions that do not hold yet, each with what to do. */
  missing: ConditionCheck[];
}

export interface Recommendation {
  outcome: Outcome;
  /** Equal to `outcome` when nothing more is within reach. */
  withinReach: Outcome;
  /** Why: every condition of the recommended scenario (and those below) with the answer that met it. */
  reasons: ConditionCheck[];
  /** Conditions between the recommendation and what is within reach, still to be agreed. */
  openPoints: ConditionCheck[];
  /** Null when the recommendation is scenario 3. */
  nextStep: NextStep | null;
  advice: AdviceRule[];
  text: OutcomeText | undefined;
}

export function recommend(answers: Answers, model: KeuzehulpModel): Recommendation {
  const scenario = recommendScenario(answers, model);
  const reach = withinReach(answers, model);
  const level = scenario ?? 0;
  const reachLevel = reach ?? 0;
  const checks = model.conditions.map((condition) => checkCondition(condition, answers));
  const outcome = toOutcome(scenario);
  const next = level < 3 ? ((level + 1) as ScenarioLevel) : null;
  return {
    outcome,
    withinReach: toOutcome(reach),
    reasons: checks.filter((check) => check.condition.scenario <= level),
    openPoints: checks.filter(
      (check) => !check.holds && check.condition.scenario > level && check.condition.scenario <= reachLevel,
    ),
    nextStep: next
      ? { scenario: next, missing: checks.filter((check) => check.condition.scenario === next && !check.holds) }
      : null,
    advice: adviceFor(outcome, answers, model.advice),
    text: model.outcomes.find((item) => item.outcome === outcome),
  };
}
