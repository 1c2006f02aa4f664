// Routing only: which screen comes next. One question per step, in the spec's order
// (QUESTION_IDS), so step n asks QUESTION_IDS[n]. Questions the data answers are skipped: with
// the municipalities known, `referentieregio` is not put to the reader (specs/regio.md).
import { QUESTION_IDS, type Answers, type QuestionId } from './spec';

export type View = { name: 'intro' } | { name: 'step'; step: number; back?: 'result' } | { name: 'result' };

const STEPS = QUESTION_IDS.length;

/** The questions the reader is not asked: `referentieregio` when municipalities are known. */
export const skippedQuestions = (gemeenten: readonly string[]): QuestionId[] =>
  gemeenten.length > 0 ? ['referentieregio'] : [];

const asked = (step: number, skipped: readonly QuestionId[]) => !skipped.includes(QUESTION_IDS[step]!);

/** Index of the first unanswered question that is asked, or -1 when every one is answered. */
export function firstOpenStep(answers: Answers, skipped: readonly QuestionId[] = []): number {
  return QUESTION_IDS.findIndex((id) => answers[id] === undefined && !skipped.includes(id));
}

/** Where a link or a reload lands: the requested view if it still makes sense, else the first open step. */
export function resolveView(answers: Answers, requested?: unknown, skipped: readonly QuestionId[] = []): View {
  const view = requested as View | null | undefined;
  if (
    view?.name === 'step' &&
    Number.isInteger(view.step) &&
    view.step >= 0 &&
    view.step < STEPS &&
    asked(view.step, skipped)
  ) {
    return view.back === 'result'
      ? { name: 'step', step: view.step, back: 'result' }
      : { name: 'step', step: view.step };
  }
  if (view?.name === 'intro') return { name: 'intro' };
  const open = firstOpenStep(answers, skipped);
  if (open === -1) return { name: 'result' };
  // Nothing answered by the reader yet (an answer the data gives does not count): the start.
  if (QUESTION_IDS.every((id) => answers[id] === undefined || skipped.includes(id))) return { name: 'intro' };
  return { name: 'step', step: open };
}

/**
 * The view after a step is answered: the result once every question is answered (also when
 * the reader came from the result to change one answer), otherwise the next asked step, or the
 * first open one when the reader came from the result or this was the last step.
 */
export function afterStep(
  answers: Answers,
  view: { step: number; back?: 'result' | undefined },
  skipped: readonly QuestionId[] = [],
): View {
  const open = firstOpenStep(answers, skipped);
  if (open === -1) return { name: 'result' };
  const next = QUESTION_IDS.findIndex((_, step) => step > view.step && asked(step, skipped));
  if (view.back === 'result' || next === -1) return { name: 'step', step: open };
  return { name: 'step', step: next };
}

/** The view before a step: the result it came from, the previous asked step, or the introduction. */
export function beforeStep(
  view: { step: number; back?: 'result' | undefined },
  skipped: readonly QuestionId[] = [],
): View {
  if (view.back === 'result') return { name: 'result' };
  const previous = QUESTION_IDS.findLastIndex((_, step) => step < view.step && asked(step, skipped));
  return previous === -1 ? { name: 'intro' } : { name: 'step', step: previous };
}

/** The last step the reader is asked (its button says "Naar het resultaat"). */
export const lastStep = (skipped: readonly QuestionId[] = []) =>
  QUESTION_IDS.findLastIndex((id) => !skipped.includes(id));

/** "Vraag 3 van 12"; questions the data answers are not counted. */
export function progressLabel(step: number, skipped: readonly QuestionId[] = []): string {
  const questions = QUESTION_IDS.filter((id) => !skipped.includes(id));
  return `Vraag ${questions.indexOf(QUESTION_IDS[step]!) + 1} van ${questions.length}`;
}
