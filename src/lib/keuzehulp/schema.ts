// Schemas of content/keuzehulp/*.yaml: only wording, keyed by the ids of spec.ts (questions and
// answer values) and rules.ts (conditions and advice). A question whose answers do not match the
// contract (docs/contracts/keuzehulp.md) fails the build, naming the file and the field; that every id has its wording is checked
// by src/lib/content/build.ts, as are links to glossary terms.
import { z } from 'astro/zod';
import { source } from '../schemas';
import { malformedLinks } from './richText';
import { QUESTION_IDS, QUESTION_VALUES, type QuestionId } from './spec';

const questionId = z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]]);

/** Plain text with optional [words](begrip:id) or [words](/path/) links. */
const richText = z
  .string()
  .min(3)
  .superRefine((text, ctx) => {
    for (const target of malformedLinks(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `onbekende link "${target}": gebruik begrip:<id uit de begrippenlijst> of een pad als /basis/`,
      });
    }
  });

export const keuzehulpQuestion = z
  .object({
    id: questionId,
    text: z.string().min(10).max(160),
    short: z.string().min(3).max(60),
    hint: richText.optional(),
    why: richText,
    /** The label of each answer value, in the order the question shows them. */
    options: z.record(z.string(), z.string().min(2).max(90)),
    /**
     * The question for one municipality answering for itself in a region overview (decision
     * 0017): each answer value keeps its meaning, so the overview's combined answer stays right.
     */
    textOneMunicipality: z.string().min(10).max(160).optional(),
    /** Labels for one municipality; a value left out is not offered to one municipality. */
    optionsOneMunicipality: z.record(z.string(), z.string().min(2).max(90)).optional(),
    /** Why the question stays regional for one municipality too (instead of textOneMunicipality). */
    regionWide: z.string().min(10).optional(),
  })
  .superRefine((question, ctx) => {
    const expected = [...QUESTION_VALUES[question.id]].sort().join(', ');
    const actual = Object.keys(question.options).sort().join(', ');
    if (expected !== actual) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `de antwoorden op ${question.id} moeten precies ${expected} zijn (nu: ${actual}); zie docs/decision-model.md`,
      });
    }
    if ((question.textOneMunicipality === undefined) === (question.regionWide === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['textOneMunicipality'],
        message: `de vraag ${question.id} heeft ofwel textOneMunicipality (de vraag voor één gemeente) ofwel regionWide (waarom ze over de regio blijft gaan), niet allebei of geen van beide`,
      });
    }
    const own = Object.keys(question.optionsOneMunicipality ?? {});
    const unknown = own.filter((value) => !Object.hasOwn(question.options, value));
    if (unknown.length > 0 || (question.optionsOneMunicipality && own.length < 2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['optionsOneMunicipality'],
        message: `optionsOneMunicipality van ${question.id} noemt minstens twee van de waarden uit options (nu: ${own.join(', ')})`,
      });
    }
  });

/** Wording of one condition (src/lib/keuzehulp/rules.ts); an agreement's title and link come from afspraken.yaml. */
export const keuzehulpCondition = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  title: z.string().min(3).optional(),
  link: z.string().startsWith('/').optional(),
  /** What to do when it does not hold. */
  todo: richText,
});

/** Wording of one piece of advice; when it shows is decided in rules.ts (adviceFor). */
export const keuzehulpAdvice = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  title: z.string().min(5).max(90),
  text: richText,
  sources: z.array(source).min(1, { message: 'elk aandachtspunt noemt minstens één bron' }),
});

/** The short word for an answer value in the region overview (content/keuzehulp/antwoordwoorden.yaml). */
const answerValues: string[] = [...new Set(Object.values(QUESTION_VALUES).flat()), '-'];
export const keuzehulpAnswerWord = z.object({
  id: z.enum(answerValues as [string, ...string[]]),
  woord: z.string().min(2).max(30),
});
