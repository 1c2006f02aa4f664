// Which screen comes next, and "Vraag x van y". Questions that share a step share a screen.
import type { Answers, QuestionId } from './spec';
import type { Question } from './types';

export interface Step {
  index: number;
  questions: QuestionId[];
}

export type View = { name: 'intro' } | { name: 'step'; step: number; back?: 'result' } | { name: 'result' };

export function stepsOf(questions: readonly Question[]): Step[] {
  const steps: Step[] = [];
  const byNumber = new Map<number, Step>();
  for (const question of [...questions].sort((a, b) => a.step - b.step)) {
    let step = byNumber.get(question.step);
    if (!step) {
      step = { index: steps.length, questions: [] };
      byNumber.set(question.step, step);
      steps.push(step);
    }
    step.questions.push(question.id);
  }
  return steps;
}

export function unansweredOn(step: Step, answers: Answers): QuestionId[] {
  return step.questions.filter((id) => answers[id] === undefined);
}

/** Index of the first step with an unanswered question, or -1 when every question is answered. */
export function firstOpenStep(steps: readonly Step[], answers: Answers): number {
  return steps.findIndex((step) => unansweredOn(step, answers).length > 0);
}

export function isComplete(steps: readonly Step[], answers: Answers): boolean {
  return firstOpenStep(steps, answers) === -1;
}

/** Where a link or a reload lands: the requested view if it still makes sense, else the first open step. */
export function resolveView(steps: readonly Step[], answers: Answers, requested?: View | null): View {
  const open = firstOpenStep(steps, answers);
  if (requested?.name === 'step' && Number.isInteger(requested.step) && requested.step >= 0 && requested.step < steps.length) {
    return requested.back === 'result' ? { name: 'step', step: requested.step, back: 'result' } : { name: 'step', step: requested.step };
  }
  if (requested?.name === 'intro') return requested;
  if (open === -1) return { name: 'result' };
  if (Object.keys(answers).length === 0) return { name: 'intro' };
  return { name: 'step', step: open };
}

/**
 * The view after a step is answered: the result once every question is answered (also when
 * the reader came from the result to change one answer), otherwise the next step, or the first
 * open one when the reader came from the result or this was the last step.
 */
export function afterStep(steps: readonly Step[], answers: Answers, view: { step: number; back?: 'result' }): View {
  const open = firstOpenStep(steps, answers);
  if (open === -1) return { name: 'result' };
  if (view.back === 'result' || view.step >= steps.length - 1) return { name: 'step', step: open };
  return { name: 'step', step: view.step + 1 };
}

/** Position of a step among the questions: "Vraag 3 van 12", "Vraag 11 en 12 van 12". */
export function progressLabel(steps: readonly Step[], index: number): string {
  let before = 0;
  for (let i = 0; i < index; i++) before += steps[i].questions.length;
  const total = steps.reduce((sum, step) => sum + step.questions.length, 0);
  const count = steps[index]?.questions.length ?? 1;
  const first = before + 1;
  const last = before + count;
  const range = count === 1 ? `${first}` : count === 2 ? `${first} en ${last}` : `${first} tot ${last}`;
  return `Vraag ${range} van ${total}`;
}
