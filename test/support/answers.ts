// Keuzehulp answers the end-to-end tests use, one set per outcome, and the link that holds them.
// The question order is the project's own (QUESTION_IDS): a link lists its answers in that order.
import { QUESTION_IDS } from '../../src/lib/keuzehulp/spec';

/** Question id → answer value; plain strings, so a test can also put in a value that is wrong. */
export type AnswerSet = Record<string, string>;

/** Every agreement made, a full-time coordinator and a formal structure: scenario 3. */
export const formal: AnswerSet = {
  aanbod: 'ja',
  voordelen: 'ja',
  kostendeling: 'ja',
  doelgroep: 'ja',
  trekkers: 'ja',
  communicatie: 'ja',
  groepsaankopen: 'ja',
  doelgroepenwerking: 'ja',
  coordinator: 'voltijds',
  vrijetijdsvisie: 'ja',
  structuur: 'formeel',
  referentieregio: 'ja',
};
/** The leisure vision still to discuss, an informal structure: scenario 2, with 3 within reach. */
export const informal: AnswerSet = { ...formal, vrijetijdsvisie: 'bespreken', structuur: 'informeel' };
/** No joint communication and no coordinator: scenario 1. */
export const minimal: AnswerSet = {
  ...informal,
  communicatie: 'nee',
  coordinator: 'geen',
  referentieregio: 'onbekend',
};
/** The offer still to discuss: no scenario yet, 1 within reach. */
export const none: AnswerSet = { ...minimal, aanbod: 'bespreken', referentieregio: 'nee' };

/** The keuzehulp's query for these answers, in the question order, with `extra` appended. */
export const answersQuery = (answers: AnswerSet, extra = ''): string =>
  '?' +
  QUESTION_IDS.filter((id) => answers[id])
    .map((id) => `${id}=${answers[id]}`)
    .join('&') +
  extra;
