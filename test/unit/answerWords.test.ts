// The answer words of the region overview live in content (content/keuzehulp/antwoordwoorden.yaml):
// one word for every answer value of the spec and for an unanswered question, or the build fails.
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/readFiles';
import { QUESTION_VALUES } from '../../src/lib/keuzehulp/spec';

describe('answer words', () => {
  const raw = readRawContent();

  it('give a word for every value and for unanswered', () => {
    const { answerWords } = buildContent(raw).keuzehulp;
    for (const value of Object.values(QUESTION_VALUES).flat()) expect(answerWords[value], value).toBeTruthy();
    expect(answerWords['-']).toBe('nog niet beantwoord');
    expect(answerWords.bespreken).toBe('te bespreken');
  });

  it('a missing word fails the build, naming the file and the value', () => {
    const without = raw.keuzehulpAntwoordwoorden.filter((item) => item.id !== 'deeltijds');
    expect(() => buildContent({ ...raw, keuzehulpAntwoordwoorden: without })).toThrow(
      /antwoordwoorden\.yaml: geen woord voor "deeltijds"/,
    );
  });
});
