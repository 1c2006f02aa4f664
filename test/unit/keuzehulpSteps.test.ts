// Step logic: which screen comes next, and "Vraag x van y".
import { describe, expect, it } from 'vitest';
import { afterStep, firstOpenStep, progressLabel, resolveView, stepsOf } from '../../src/lib/keuzehulp/steps';
import type { Question } from '../../src/lib/keuzehulp/types';
import { loadModel } from './keuzehulpModel';

const model = loadModel();
const steps = stepsOf(model.questions);
const q = (id: Question['id'], step: number): Question => ({ id, step, text: id, short: id, why: id, options: [] });

describe('steps', () => {
  it('groups questions that share a step, in step order', () => {
    const grouped = stepsOf([q('structuur', 3), q('aanbod', 1), q('referentieregio', 3)]);
    expect(grouped.map((step) => step.questions)).toEqual([['aanbod'], ['structuur', 'referentieregio']]);
    expect(progressLabel(grouped, 0)).toBe('Vraag 1 van 3');
    expect(progressLabel(grouped, 1)).toBe('Vraag 2 en 3 van 3');
  });

  it('counts the real questions: "Vraag 1 van 12" to "Vraag 12 van 12"', () => {
    expect(progressLabel(steps, 0)).toBe('Vraag 1 van 12');
    expect(progressLabel(steps, steps.length - 1)).toBe(`Vraag 12 van 12`);
  });

  it('a link that answers some questions resumes at the first unanswered one', () => {
    expect(resolveView(steps, { aanbod: 'ja', voordelen: 'ja', doelgroep: 'ja' })).toEqual({ name: 'step', step: 2 });
  });

  it('no answers: the introduction; every answer: the result', () => {
    expect(resolveView(steps, {})).toEqual({ name: 'intro' });
    const all = Object.fromEntries(model.questions.map((question) => [question.id, question.options[0].value]));
    expect(resolveView(steps, all)).toEqual({ name: 'result' });
    expect(firstOpenStep(steps, all)).toBe(-1);
  });

  it('a remembered view survives a reload, but a result without all answers does not', () => {
    expect(resolveView(steps, { aanbod: 'ja' }, { name: 'step', step: 5 })).toEqual({ name: 'step', step: 5 });
    expect(resolveView(steps, { aanbod: 'ja' }, { name: 'result' })).toEqual({ name: 'step', step: 1 });
    expect(resolveView(steps, {}, { name: 'step', step: 99 })).toEqual({ name: 'intro' });
  });

  it('after a step: the next one, or back to the result when changing an answer', () => {
    const all = Object.fromEntries(model.questions.map((question) => [question.id, question.options[0].value]));
    expect(afterStep(steps, { aanbod: 'ja' }, { step: 0 })).toEqual({ name: 'step', step: 1 });
    expect(afterStep(steps, all, { step: 3, back: 'result' })).toEqual({ name: 'result' });
    expect(afterStep(steps, all, { step: steps.length - 1 })).toEqual({ name: 'result' });
    expect(afterStep(steps, { aanbod: 'ja' }, { step: steps.length - 1 })).toEqual({ name: 'step', step: 1 });
    // A shared link missing one answer: once it is given, straight to the result.
    expect(afterStep(steps, all, { step: 2 })).toEqual({ name: 'result' });
    expect(afterStep(steps, { aanbod: 'ja' }, { step: 0, back: 'result' })).toEqual({ name: 'step', step: 1 });
  });
});
