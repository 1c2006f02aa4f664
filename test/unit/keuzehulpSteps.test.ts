// Routing: which screen comes next, and "Vraag x van y". One question per step.
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES } from '../../src/lib/keuzehulp/spec';
import {
  afterStep,
  beforeStep,
  firstOpenStep,
  lastStep,
  progressLabel,
  resolveView,
} from '../../src/lib/keuzehulp/steps';

const all = Object.fromEntries(QUESTION_IDS.map((id) => [id, QUESTION_VALUES[id][0]]));
const last = QUESTION_IDS.length - 1;

describe('steps', () => {
  it('counts the questions: "Vraag 1 van 12" to "Vraag 12 van 12"', () => {
    expect(progressLabel(0)).toBe('Vraag 1 van 12');
    expect(progressLabel(last)).toBe('Vraag 12 van 12');
    // With municipalities chosen, the data answers referentieregio: eleven questions are asked.
    expect(progressLabel(0, ['referentieregio'])).toBe('Vraag 1 van 11');
    expect(progressLabel(last - 1, ['referentieregio'])).toBe('Vraag 11 van 11');
  });

  it('a link that answers some questions resumes at the first unanswered one', () => {
    expect(resolveView({ aanbod: 'ja', voordelen: 'ja', doelgroep: 'ja' })).toEqual({ name: 'step', step: 2 });
  });

  it('no answers: the introduction; every answer: the result', () => {
    expect(resolveView({})).toEqual({ name: 'intro' });
    expect(resolveView(all)).toEqual({ name: 'result' });
    expect(firstOpenStep(all)).toBe(-1);
  });

  it('a remembered view survives a reload, but a result without all answers does not', () => {
    expect(resolveView({ aanbod: 'ja' }, { name: 'step', step: 5 })).toEqual({ name: 'step', step: 5 });
    expect(resolveView({ aanbod: 'ja' }, { name: 'result' })).toEqual({ name: 'step', step: 1 });
    expect(resolveView({}, { name: 'step', step: 99 })).toEqual({ name: 'intro' });
  });

  it('after a step: the next one, or back to the result when changing an answer', () => {
    expect(afterStep({ aanbod: 'ja' }, { step: 0 })).toEqual({ name: 'step', step: 1 });
    expect(afterStep(all, { step: 3, back: 'result' })).toEqual({ name: 'result' });
    expect(afterStep(all, { step: last })).toEqual({ name: 'result' });
    expect(afterStep({ aanbod: 'ja' }, { step: last })).toEqual({ name: 'step', step: 1 });
    // A shared link missing one answer: once it is given, straight to the result.
    expect(afterStep(all, { step: 2 })).toEqual({ name: 'result' });
    expect(afterStep({ aanbod: 'ja' }, { step: 0, back: 'result' })).toEqual({ name: 'step', step: 1 });
  });

  it('before a step: the result it came from, the previous step, or the introduction', () => {
    expect(beforeStep({ step: 4, back: 'result' })).toEqual({ name: 'result' });
    expect(beforeStep({ step: 4 })).toEqual({ name: 'step', step: 3 });
    expect(beforeStep({ step: 0 })).toEqual({ name: 'intro' });
  });
});

describe('questions the data answers (municipalities known)', () => {
  const skipped = ['referentieregio'] as const;
  it('are never shown, counted or returned to, and an answer from the data alone still opens the start', () => {
    expect(resolveView({ referentieregio: 'ja' }, null, skipped)).toEqual({ name: 'intro' });
    expect(resolveView({ aanbod: 'ja' }, { name: 'step', step: 11 }, skipped)).toEqual({ name: 'step', step: 1 });
    const ten = Object.fromEntries(QUESTION_IDS.slice(0, 10).map((id) => [id, QUESTION_VALUES[id][0]]));
    expect(afterStep({ ...ten, referentieregio: 'ja' }, { step: 9 }, skipped)).toEqual({ name: 'step', step: 10 });
    const eleven = { ...ten, structuur: 'geen' as const, referentieregio: 'ja' as const };
    expect(afterStep(eleven, { step: 10 }, skipped)).toEqual({ name: 'result' });
    expect(lastStep(skipped)).toBe(10);
    expect(progressLabel(10, skipped)).toBe('Vraag 11 van 11');
  });
});
