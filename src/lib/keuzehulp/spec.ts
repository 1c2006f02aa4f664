// The keuzehulp's contract as constants (see docs/decision-model.md): question ids, their
// answer values (weakest first) and the outcomes. Values are defined here only: the wording in
// content/keuzehulp/vragen.yaml is keyed by them, and the URL codec accepts nothing else.
// No DOM, no Preact, no zod: the island imports this.

export const QUESTION_VALUES = {
  aanbod: ['nee', 'bespreken', 'ja'],
  voordelen: ['nee', 'bespreken', 'ja'],
  kostendeling: ['nee', 'bespreken', 'ja'],
  doelgroep: ['nee', 'bespreken', 'ja'],
  trekkers: ['nee', 'deels', 'ja'],
  communicatie: ['nee', 'bespreken', 'ja'],
  groepsaankopen: ['nee', 'bespreken', 'ja'],
  doelgroepenwerking: ['nee', 'bespreken', 'ja'],
  coordinator: ['geen', 'deeltijds', 'voltijds'],
  vrijetijdsvisie: ['nee', 'bespreken', 'ja'],
  structuur: ['geen', 'informeel', 'formeel'],
  referentieregio: ['nee', 'onbekend', 'ja'],
} as const satisfies Record<string, readonly string[]>;

export type QuestionId = keyof typeof QUESTION_VALUES;
export type AnswerValue<Q extends QuestionId = QuestionId> = (typeof QUESTION_VALUES)[Q][number];

/** Question ids in the order of docs/contracts/keuzehulp.md (also the order of the URL query). */
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

/** Free-text URL fields and their maximum length (in characters, not UTF-16 units). */
export const TEXT_FIELDS = ['regio', 'door'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const TEXT_MAX = 80;

export function isQuestionId(value: string): value is QuestionId {
  return Object.prototype.hasOwnProperty.call(QUESTION_VALUES, value);
}

export function isAnswerValue<Q extends QuestionId>(question: Q, value: string): value is AnswerValue<Q> {
  return (QUESTION_VALUES[question] as readonly string[]).includes(value);
}
