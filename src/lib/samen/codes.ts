// One character per answer value, per docs/contracts/samen-beslissen.md ("Answer sets
// and codes"; docs/decisions/0009-samen-beslissen.md). `-` is an unanswered question. Pure data; no display text.
import { QUESTION_IDS, type Answers, type QuestionId } from '../keuzehulp/spec';

export const UNANSWERED = '-';

/** Code → value, per question. */
export const CODES: { readonly [Q in QuestionId]: Readonly<Record<string, string>> } = {
  aanbod: { j: 'ja', b: 'bespreken', n: 'nee' },
  voordelen: { j: 'ja', b: 'bespreken', n: 'nee' },
  kostendeling: { j: 'ja', b: 'bespreken', n: 'nee' },
  doelgroep: { j: 'ja', b: 'bespreken', n: 'nee' },
  trekkers: { j: 'ja', d: 'deels', n: 'nee' },
  communicatie: { j: 'ja', b: 'bespreken', n: 'nee' },
  groepsaankopen: { j: 'ja', b: 'bespreken', n: 'nee' },
  doelgroepenwerking: { j: 'ja', b: 'bespreken', n: 'nee' },
  coordinator: { g: 'geen', t: 'deeltijds', v: 'voltijds' },
  vrijetijdsvisie: { j: 'ja', b: 'bespreken', n: 'nee' },
  structuur: { g: 'geen', i: 'informeel', f: 'formeel' },
  referentieregio: { j: 'ja', n: 'nee', o: 'onbekend' },
};

export const CODE_LENGTH = QUESTION_IDS.length;

/** The value a code stands for, or undefined for `-` and for a code the question does not know. */
export function valueOfCode(question: QuestionId, code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(CODES[question], code) ? CODES[question][code] : undefined;
}

export function codeOfValue(question: QuestionId, value: string | undefined): string {
  if (value === undefined) return UNANSWERED;
  const entry = Object.entries(CODES[question]).find(([, candidate]) => candidate === value);
  return entry ? entry[0] : UNANSWERED;
}

/** Twelve codes for a set of answers, e.g. `jjjjjbbbtngo`. */
export function encodeAnswers(answers: Answers): string {
  return QUESTION_IDS.map((id) => codeOfValue(id, answers[id])).join('');
}
