// The rule that combines the answers of several municipalities into the region's answers
// (the samen-beslissen spec, "Combining the answers"; docs/decisions/0009), and what follows from it:
// who holds what back, the scenario without one set, where the sets differ, who is not done.
// A municipality that has not answered a question takes no part in it: it is waiting, not
// holding anything back; the region's answer is over the answers given. Pure functions, no display text. The decision itself (answers → scenario) is passed in, so
// this file does not depend on how the keuzehulp's engine is built.
import { QUESTION_IDS, QUESTION_VALUES, type Answers, type Outcome, type QuestionId } from '../keuzehulp/spec';
import type { AnswerSet } from '../link/link';

/** Questions 1-11: the ones a municipality can hold back (12 only triggers advice). */
export const HOLDABLE_QUESTIONS: readonly QuestionId[] = QUESTION_IDS.filter((id) => id !== 'referentieregio');

/**
 * The reference region a label lies in, when the label is the NIS code of a Flemish
 * municipality the site knows; undefined otherwise.
 */
export type ReferenceRegionOf = (label: string) => string | undefined;

export type RecommendScenario = (answers: Answers) => Outcome;

/** -1 for unanswered (only where the region's answer is unanswered), then 0 (weakest) to 2 (strongest). */
export function rank(question: QuestionId, value: string | undefined): number {
  return value === undefined ? -1 : (QUESTION_VALUES[question] as readonly string[]).indexOf(value);
}

/** The lowest answer given; undefined when no set answered. */
function lowest(question: QuestionId, sets: readonly AnswerSet[]): string | undefined {
  let result: string | undefined;
  let resultRank = Infinity;
  for (const set of sets) {
    const value = set.answers[question];
    if (value === undefined) continue;
    const valueRank = rank(question, value);
    if (valueRank < resultRank) {
      resultRank = valueRank;
      result = value;
    }
  }
  return result;
}

function combineTrekkers(sets: readonly AnswerSet[]): string | undefined {
  const values = sets.map((set) => set.answers.trekkers).filter((value) => value !== undefined);
  if (values.length === 0) return undefined;
  if (values.every((value) => value === 'ja')) return 'ja';
  if (values.every((value) => value === 'nee')) return 'nee';
  return 'deels';
}

function combineReferenceRegion(sets: readonly AnswerSet[], referenceRegionOf?: ReferenceRegionOf): string | undefined {
  const regions = referenceRegionOf ? sets.map((set) => referenceRegionOf(set.label)) : [];
  if (regions.length > 0 && regions.every((region) => region !== undefined)) {
    return new Set(regions).size === 1 ? 'ja' : 'nee';
  }
  return lowest('referentieregio', sets);
}

/** The region's answers: unanswered questions are absent. Empty for no sets. */
export function combineAnswers(sets: readonly AnswerSet[], referenceRegionOf?: ReferenceRegionOf): Answers {
  const region: Record<string, string> = {};
  if (sets.length === 0) return {};
  for (const question of QUESTION_IDS) {
    const value =
      question === 'trekkers'
        ? combineTrekkers(sets)
        : question === 'referentieregio'
          ? combineReferenceRegion(sets, referenceRegionOf)
          : lowest(question, sets);
    if (value !== undefined) region[question] = value;
  }
  return region as Answers;
}

const without = <T>(items: readonly T[], index: number) => items.filter((_, position) => position !== index);

/**
 * Questions 1-11, in order, on which the region's answer with all sets is lower than without
 * set `index` (both over the answers given). Always empty for a single set; a question the set
 * has not answered is never held back.
 */
export function holdsBack(
  sets: readonly AnswerSet[],
  index: number,
  referenceRegionOf?: ReferenceRegionOf,
): QuestionId[] {
  if (sets.length < 2) return [];
  const all = combineAnswers(sets, referenceRegionOf);
  const others = combineAnswers(without(sets, index), referenceRegionOf);
  return HOLDABLE_QUESTIONS.filter(
    (question) =>
      sets[index]!.answers[question] !== undefined && rank(question, all[question]) < rank(question, others[question]),
  );
}

/** The region's answers without set `index`: what the others reach together. */
export function othersAnswers(
  sets: readonly AnswerSet[],
  index: number,
  referenceRegionOf?: ReferenceRegionOf,
): Answers {
  return combineAnswers(without(sets, index), referenceRegionOf);
}

/** The scenario the others are recommended without set `index`; undefined with fewer than two sets. */
export function withoutScenario(
  sets: readonly AnswerSet[],
  index: number,
  recommendScenario: RecommendScenario,
  referenceRegionOf?: ReferenceRegionOf,
): Outcome | undefined {
  if (sets.length < 2) return undefined;
  return recommendScenario(othersAnswers(sets, index, referenceRegionOf));
}

/** Questions (all twelve, in order) on which at least two sets gave different answers; unanswered ones do not count. */
export function disagreements(sets: readonly AnswerSet[]): QuestionId[] {
  return QUESTION_IDS.filter((question) => {
    const given = new Set(sets.map((set) => set.answers[question]).filter((value) => value !== undefined));
    return given.size > 1;
  });
}

/** The questions a set has not answered yet, in order. */
export function unansweredOf(set: AnswerSet): QuestionId[] {
  return QUESTION_IDS.filter((question) => set.answers[question] === undefined);
}

/** True when every set answers all twelve questions (and there is at least one set). */
export function isComplete(sets: readonly AnswerSet[]): boolean {
  return sets.length > 0 && sets.every((set) => unansweredOf(set).length === 0);
}
