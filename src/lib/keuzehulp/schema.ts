// Schemas of content/keuzehulp/*.yaml. They hold the content to the contract in spec.ts:
// a question file that drops or renames an answer value fails the build, naming the file
// and the field. Cross-references (agreements, every question present) are checked by
// buildModel in ./model.ts, which also runs at build, as are links to glossary terms.
import { z } from 'astro/zod';
import { source } from '../schemas';
import { malformedLinks } from './richText';
import { QUESTION_IDS, QUESTION_VALUES, isAnswerValue, type QuestionId } from './spec';

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

const clause = z
  .object({ question: questionId, values: z.array(z.string()).min(1) })
  .superRefine((value, ctx) => {
    for (const answer of value.values) {
      if (!isAnswerValue(value.question, answer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values'],
          message: `"${answer}" is geen antwoord op ${value.question}; kies uit ${QUESTION_VALUES[value.question].join(', ')}`,
        });
      }
    }
  });

export const keuzehulpQuestion = z
  .object({
    id: questionId,
    order: z.number().int().min(1),
    step: z.number().int().min(1),
    text: z.string().min(10).max(160),
    short: z.string().min(3).max(60),
    hint: richText.optional(),
    why: richText,
    options: z.array(z.object({ value: z.string(), label: z.string().min(2).max(90) })).min(2),
  })
  .superRefine((question, ctx) => {
    const expected = [...QUESTION_VALUES[question.id]].sort().join(', ');
    const actual = question.options.map((option) => option.value).sort().join(', ');
    if (expected !== actual) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `de antwoorden op ${question.id} moeten precies ${expected} zijn (nu: ${actual}); zie de specificatie van de keuzehulp`,
      });
    }
  });

export const keuzehulpCondition = z
  .object({
    id: z.string().regex(/^[a-z-]+$/),
    scenario: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    agreement: z.string().regex(/^[a-z]+$/).optional(),
    title: z.string().min(3).optional(),
    link: z.string().startsWith('/').optional(),
    anyOf: z.array(clause).min(1),
    todo: richText,
  })
  .refine((condition) => condition.agreement !== undefined || condition.title !== undefined, {
    message: 'geef een `agreement` (id uit afspraken.yaml) of een `title`',
  });

export const keuzehulpAdvice = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  /** Position on the result. */
  order: z.number().int().min(1),
  outcomes: z.array(z.union([z.literal('geen'), z.literal(1), z.literal(2), z.literal(3)])).min(1),
  when: z.array(clause).default([]),
  title: z.string().min(5).max(90),
  text: richText,
  sources: z.array(source).min(1, { message: 'elk aandachtspunt noemt minstens één bron' }),
});

export const keuzehulpOutcome = z
  .object({
    id: z.enum(['geen', '1', '2', '3']),
    sentence: z.string().min(10).max(160),
    /** Only for `geen`: scenarios show their summary from scenarios.yaml instead. */
    text: z.string().min(10).optional(),
  })
  .refine((outcome) => outcome.id === 'geen' || outcome.sentence.includes('{naam}'), {
    message: 'de zin van een scenario bevat {naam}',
    path: ['sentence'],
  })
  .refine((outcome) => outcome.id !== 'geen' || outcome.text !== undefined, {
    message: 'de uitkomst `geen` heeft een `text` nodig',
    path: ['text'],
  });

export type RawQuestion = z.infer<typeof keuzehulpQuestion>;
export type RawCondition = z.infer<typeof keuzehulpCondition>;
export type RawAdvice = z.infer<typeof keuzehulpAdvice>;
export type RawOutcome = z.infer<typeof keuzehulpOutcome>;
