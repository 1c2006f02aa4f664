// The keuzehulp's policy, in one place (docs/decision-model.md). Which agreements each
// scenario adds comes from content/samenwerking/scenarios.yaml: each agreement is answered by
// the question with the same id, and met by its strongest answer. Staffing is stated below.
// Everything here returns ids and booleans; the wording lives in content/keuzehulp.
import {
  AGREED,
  QUESTION_IDS,
  TO_DISCUSS,
  isQuestionId,
  strongest,
  type Answers,
  type Outcome,
  type QuestionId,
  type ScenarioLevel,
} from './spec';

/** Holds when the answer to `question` is one of `values`. */
export interface Clause {
  question: QuestionId;
  values: readonly string[];
}

/** One thing a scenario asks; it holds when any of its clauses holds. */
export interface Condition {
  id: string;
  scenario: ScenarioLevel;
  anyOf: readonly Clause[];
}

/** A scenario as the rules need it: its id and the agreements it adds to the one before it. */
export interface ScenarioAgreements {
  id: ScenarioLevel;
  adds: readonly string[];
}

const STAFFED = ['deeltijds', 'voltijds'];

/**
 * Staffing, besides the agreements: scenario 1 needs someone responsible in every municipality
 * (or a coordinator for all), scenario 2 a coordinator. Scenario 3's full-time coordinator is
 * one of its agreements (`coordinator`, met by `voltijds`).
 */
const STAFFING: readonly Condition[] = [
  {
    id: 'verantwoordelijke',
    scenario: 1,
    anyOf: [
      { question: 'trekkers', values: ['ja'] },
      { question: 'coordinator', values: STAFFED },
    ],
  },
  { id: 'regiocoordinator', scenario: 2, anyOf: [{ question: 'coordinator', values: STAFFED }] },
];

/** The questions the staffing conditions read (a function, so the browser bundle leaves it out). */
export const staffingQuestions = (): QuestionId[] =>
  STAFFING.flatMap((condition) => condition.anyOf.map((clause) => clause.question));

/**
 * Every condition, in scenario order, then in question order: the rows of the decision table.
 * An agreement is a condition of the scenario that adds it (and so of every scenario above it).
 */
export function conditionsOf(scenarios: readonly ScenarioAgreements[]): Condition[] {
  const conditions: Condition[] = [...STAFFING];
  for (const scenario of scenarios) {
    for (const id of scenario.adds) {
      if (!isQuestionId(id))
        throw new Error(
          `scenarios.yaml: afspraak "${id}" van scenario ${scenario.id} heeft geen vraag in de keuzehulp`,
        );
      conditions.push({ id, scenario: scenario.id, anyOf: [{ question: id, values: [strongest(id)] }] });
    }
  }
  const position = (condition: Condition) =>
    Math.min(...condition.anyOf.map((clause) => QUESTION_IDS.indexOf(clause.question)));
  return conditions.sort((a, b) => a.scenario - b.scenario || position(a) - position(b));
}

const clauseHolds = (clause: Clause, answers: Answers) => clause.values.includes(answers[clause.question] ?? '');
export const holds = (condition: Condition, answers: Answers) =>
  condition.anyOf.some((clause) => clauseHolds(clause, answers));

/** The highest scenario whose conditions, and those of every scenario below it, all hold. */
export function recommendScenario(answers: Answers, conditions: readonly Condition[]): Outcome {
  for (const level of [1, 2, 3] as const) {
    if (conditions.some((condition) => condition.scenario === level && !holds(condition, answers))) {
      return level === 1 ? 'geen' : ((level - 1) as ScenarioLevel);
    }
  }
  return 3;
}

/** The answers with every "bespreken" agreed: what the region has in hand. */
function agreeOpenPoints(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, value === TO_DISCUSS ? AGREED : value]),
  ) as Answers;
}

/** The scenario that would be recommended if every open point ("bespreken") were agreed. */
export function withinReachScenario(answers: Answers, conditions: readonly Condition[]): Outcome {
  return recommendScenario(agreeOpenPoints(answers), conditions);
}

export const levelOf = (outcome: Outcome): number => (outcome === 'geen' ? 0 : outcome);

export interface Check<C extends Condition = Condition> {
  condition: C;
  holds: boolean;
  /** The answer that met the condition (its first clause that holds). */
  met?: { question: QuestionId; value: string } | undefined;
  /** Questions answered "bespreken" that would meet the condition once agreed. */
  open: QuestionId[];
}

export function check<C extends Condition>(condition: C, answers: Answers): Check<C> {
  const met = condition.anyOf.find((clause) => clauseHolds(clause, answers));
  const open = condition.anyOf.filter(
    (clause) => answers[clause.question] === TO_DISCUSS && clause.values.includes(AGREED),
  );
  return {
    condition,
    holds: met !== undefined,
    met: met && { question: met.question, value: answers[met.question] as string },
    open: open.map((clause) => clause.question),
  };
}

/** Why: every condition of the recommended scenario and those below it, with the answer that met it. */
export const why = <C extends Condition>(answers: Answers, conditions: readonly C[]) => {
  const level = levelOf(recommendScenario(answers, conditions));
  return conditions.filter((condition) => condition.scenario <= level).map((condition) => check(condition, answers));
};

/** Within reach: the conditions between the recommendation and what is within reach, still to agree. */
export const openPoints = <C extends Condition>(answers: Answers, conditions: readonly C[]) => {
  const [level, reach] = [recommendScenario, withinReachScenario].map((rule) => levelOf(rule(answers, conditions)));
  return conditions
    .filter((condition) => condition.scenario > level && condition.scenario <= reach && !holds(condition, answers))
    .map((condition) => check(condition, answers));
};

/** Next step: the scenario above the recommendation and its conditions that do not hold; null at 3. */
export function nextStep<C extends Condition>(answers: Answers, conditions: readonly C[]) {
  const level = levelOf(recommendScenario(answers, conditions));
  if (level === 3) return null;
  const scenario = (level + 1) as ScenarioLevel;
  const missing = conditions.filter((condition) => condition.scenario === scenario && !holds(condition, answers));
  return { scenario, missing: missing.map((condition) => check(condition, answers)) };
}

/** Advice (aandachtspunten), in the order of the result. Never changes the recommendation. */
export const ADVICE_IDS = [
  'overleg',
  'retributies',
  'voordelenkader',
  'rapportage',
  'coordinator-voltijds',
  'formele-afspraken',
  'lokaal-regionaal',
  'bestaande-samenwerking',
  'brugfiguur',
  'personeel',
  'referentieregio-nee',
  'referentieregio-onbekend',
] as const;
export type AdviceId = (typeof ADVICE_IDS)[number];

/** The questions advice reads besides the outcome; adviceFor's type lets it read no other. */
export const ADVICE_QUESTIONS = [
  'coordinator',
  'structuur',
  'referentieregio',
] as const satisfies readonly QuestionId[];

export function adviceFor(outcome: Outcome, a: Pick<Answers, (typeof ADVICE_QUESTIONS)[number]>): AdviceId[] {
  const coordinated = outcome === 2 || outcome === 3;
  const notFormal = a.structuur === 'geen' || a.structuur === 'informeel';
  const applies: Record<AdviceId, boolean> = {
    overleg: outcome === 1,
    retributies: outcome === 1,
    voordelenkader: outcome === 1,
    rapportage: outcome === 1,
    'coordinator-voltijds': outcome === 2 && a.coordinator === 'deeltijds',
    'formele-afspraken': coordinated && notFormal,
    'lokaal-regionaal': outcome === 3 && a.structuur === 'formeel',
    'bestaande-samenwerking': outcome === 3 && notFormal,
    brugfiguur: coordinated,
    personeel: a.coordinator === 'geen' || a.coordinator === 'deeltijds',
    'referentieregio-nee': a.referentieregio === 'nee',
    'referentieregio-onbekend': a.referentieregio === 'onbekend',
  };
  return ADVICE_IDS.filter((id) => applies[id]);
}
