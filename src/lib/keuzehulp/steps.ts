// Routing only: which screen comes next. One question per step, in the order of docs/contracts/keuzehulp.md
// (QUESTION_IDS), so step n asks QUESTION_IDS[n].
import { QUESTION_IDS, type Answers, type QuestionId } from './spec';

export type View = { name: 'intro' } | { name: 'step'; step: number; back?: 'result' } | { name: 'result' };

const STEPS = QUESTION_IDS.length;

/** Index of the first unanswered question, or -1 when every question is answered. */
export function firstOpenStep(answers: Answers): number {
  return QUESTION_IDS.findIndex((id) => answers[id] === undefined);
}

/** Where a link or a reload lands: the requested view if it still makes sense, else the first open step. */
export function resolveView(answers: Answers, requested?: View | null): View {
  if (requested?.name === 'step' && Number.isInteger(requested.step) && requested.step >= 0 && requested.step < STEPS) {
    return requested.back === 'result'
      ? { name: 'step', step: requested.step, back: 'result' }
      : { name: 'step', step: requested.step };
  }
  if (requested?.name === 'intro') return requested;
  const open = firstOpenStep(answers);
  if (open === -1) return { name: 'result' };
  if (Object.keys(answers).length === 0) return { name: 'intro' };
  return { name: 'step', step: open };
}

/**
 * The view after a step is answered: the result once every question is answered (also when
 * the reader came from the result to change one answer), otherwise the next step, or the first
 * open one when the reader came from the result or this was the last step.
 */
export function afterStep(answers: Answers, view: { step: number; back?: 'result' | undefined }): View {
  const open = firstOpenStep(answers);
  if (open === -1) return { name: 'result' };
  if (view.back === 'result' || view.step >= STEPS - 1) return { name: 'step', step: open };
  return { name: 'step', step: view.step + 1 };
}

/** The view before a step: the result it came from, the previous step, or the introduction. */
export function beforeStep(view: { step: number; back?: 'result' | undefined }): View {
  if (view.back === 'result') return { name: 'result' };
  return view.step === 0 ? { name: 'intro' } : { name: 'step', step: view.step - 1 };
}

/** "Vraag 3 van 12"; questions the data answers (`skipped`, e.g. referentieregio with municipalities) are not counted. */
export function progressLabel(step: number, skipped: readonly QuestionId[] = []): string {
  const asked = QUESTION_IDS.filter((id) => !skipped.includes(id));
  return `Vraag ${asked.indexOf(QUESTION_IDS[step]) + 1} van ${asked.length}`;
}
