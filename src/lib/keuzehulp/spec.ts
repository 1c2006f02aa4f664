// The keuzehulp's contract as constants (see docs/decision-model.md): question ids, their
// answer values (weakest first) with their letter codes, and the outcomes. Values are defined
// here only: the wording in content/keuzehulp/ is keyed by them, and the link (src/lib/link/)
// accepts nothing else.
// No DOM, no Preact, no zod: the island imports this.

/**
 * The one table of the questions: each id with its answer values, weakest first, and the letter
 * code of each value in an overview link (specs: samen-beslissen, "Answer sets and their codes").
 * The words a reader sees for them are content (content/keuzehulp/), never here.
 */
export const QUESTIONS = {
  aanbod: { nee: 'n', bespreken: 'b', ja: 'j' },
  voordelen: { nee: 'n', bespreken: 'b', ja: 'j' },
  kostendeling: { nee: 'n', bespreken: 'b', ja: 'j' },
  doelgroep: { nee: 'n', bespreken: 'b', ja: 'j' },
  trekkers: { nee: 'n', deels: 'd', ja: 'j' },
  communicatie: { nee: 'n', bespreken: 'b', ja: 'j' },
  groepsaankopen: { nee: 'n', bespreken: 'b', ja: 'j' },
  doelgroepenwerking: { nee: 'n', bespreken: 'b', ja: 'j' },
  coordinator: { geen: 'g', deeltijds: 't', voltijds: 'v' },
  vrijetijdsvisie: { nee: 'n', bespreken: 'b', ja: 'j' },
  structuur: { geen: 'g', informeel: 'i', formeel: 'f' },
  referentieregio: { nee: 'n', onbekend: 'o', ja: 'j' },
} as const satisfies Record<string, Record<string, string>>;

export type QuestionId = keyof typeof QUESTIONS;
export type AnswerValue<Q extends QuestionId = QuestionId> = keyof (typeof QUESTIONS)[Q] & string;

/** Each question's answer values, weakest first (the keys of QUESTIONS, in their order). */
export const QUESTION_VALUES = Object.fromEntries(
  Object.entries(QUESTIONS).map(([id, codes]) => [id, Object.keys(codes)]),
) as unknown as { readonly [Q in QuestionId]: readonly AnswerValue<Q>[] };

/** Question ids in the order of the spec's table (also the order of the URL query). */
export const QUESTION_IDS = Object.keys(QUESTION_VALUES) as QuestionId[];

/** One answer per question at most; a missing key is an unanswered question. */
export type Answers = { [Q in QuestionId]?: AnswerValue<Q> };

/** The value that means "not agreed yet, still to discuss"; within reach turns it into `ja`. */
export const TO_DISCUSS = 'bespreken';
export const AGREED = 'ja';

/** Recommended scenario: 1, 2, 3, or none yet. */
export type ScenarioLevel = 1 | 2 | 3;
export type Outcome = ScenarioLevel | 'geen';

/** The strongest answer to a question (its last value): what meets an agreement. */
export function strongest<Q extends QuestionId>(question: Q): AnswerValue<Q> {
  const values = QUESTION_VALUES[question];
  return values[values.length - 1] as AnswerValue<Q>;
}

export function isQuestionId(value: string): value is QuestionId {
  return Object.prototype.hasOwnProperty.call(QUESTION_VALUES, value);
}

export function isAnswerValue<Q extends QuestionId>(question: Q, value: string): value is AnswerValue<Q> {
  return Object.prototype.hasOwnProperty.call(QUESTIONS[question], value);
}
