// The keuzehulp's rules: one named test per outcome and per advice (in the style of GOV.UK
// Smart Answers' flow tests), cases from the spec, and why / within reach / next step. That the
// rules follow content/samenwerking/scenarios.yaml is tested in scenarioData.test.ts.
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readContent, readDecision, readRawContent } from '../../src/lib/content/readFiles';
import { badLinks, plainText, richText } from '../../src/lib/keuzehulp/richText';
import { keuzehulpQuestion } from '../../src/lib/keuzehulp/schema';
import {
  ADVICE_IDS,
  adviceFor,
  nextStep,
  openPoints,
  recommendScenario,
  why,
  withinReachScenario,
} from '../../src/lib/keuzehulp/rules';
import type { Answers } from '../../src/lib/keuzehulp/spec';
import { formal as formalAnswers } from '../support/answers';

const content = readContent();
const { conditions } = content.keuzehulp;

/** Complete answers that lead to each outcome, in the strongest context. */
const formal = formalAnswers as Answers;
const informal: Answers = { ...formal, vrijetijdsvisie: 'nee', coordinator: 'deeltijds' };
const minimal: Answers = { ...informal, communicatie: 'nee', coordinator: 'geen' };
const none: Answers = { ...minimal, aanbod: 'nee' };

const ids = (checks: { condition: { id: string } }[] | undefined) => (checks ?? []).map((check) => check.condition.id);
const advice = (answers: Answers) => adviceFor(recommendScenario(answers, conditions), answers);

describe('outcomes', () => {
  it('outcome 3 (formele samenwerking): every agreement, a leisure vision and a full-time coordinator', () => {
    expect(recommendScenario(formal, conditions)).toBe(3);
    expect(withinReachScenario(formal, conditions)).toBe(3);
    expect(nextStep(formal, conditions)).toBeNull();
  });

  it('outcome 2 (informele samenwerking): every agreement of scenarios 1 and 2 and a part-time coordinator', () => {
    expect(recommendScenario(informal, conditions)).toBe(2);
    expect(nextStep(informal, conditions)?.scenario).toBe(3);
    expect(ids(nextStep(informal, conditions)?.missing)).toEqual(['coordinator', 'vrijetijdsvisie']);
  });

  it('outcome 1 (minimale samenwerking): the basic agreements and a local lead in every municipality', () => {
    expect(recommendScenario(minimal, conditions)).toBe(1);
    expect(ids(nextStep(minimal, conditions)?.missing)).toEqual(['communicatie', 'regiocoordinator']);
  });

  it('outcome 1 without local leads, when a coordinator covers the region', () => {
    expect(recommendScenario({ ...minimal, trekkers: 'nee', coordinator: 'deeltijds' }, conditions)).toBe(1);
  });

  it('outcome geen: a basic agreement is missing, and the first step names it', () => {
    expect(recommendScenario(none, conditions)).toBe('geen');
    expect(why(none, conditions)).toEqual([]);
    expect(nextStep(none, conditions)?.scenario).toBe(1);
    expect(ids(nextStep(none, conditions)?.missing)).toEqual(['aanbod']);
  });

  it('outcome geen: no local responsible person and no coordinator', () => {
    const answers: Answers = { ...minimal, trekkers: 'deels' };
    expect(recommendScenario(answers, conditions)).toBe('geen');
    expect(ids(nextStep(answers, conditions)?.missing)).toEqual(['verantwoordelijke']);
  });

  it('outcome geen for no answers: an unanswered question never meets a condition', () => {
    expect(recommendScenario({}, conditions)).toBe('geen');
  });

  it('the plain API gives the same outcomes on plain answers', () => {
    const decision = readDecision();
    expect([formal, informal, minimal, none].map(decision.recommendScenario)).toEqual([3, 2, 1, 'geen']);
    expect(decision.withinReachScenario({ ...informal, vrijetijdsvisie: 'bespreken', coordinator: 'voltijds' })).toBe(
      3,
    );
  });
});

describe('why, within reach and next step', () => {
  it('why: each condition of the recommended scenario with the answer that met it', () => {
    const reasons = why({ ...minimal, trekkers: 'nee', coordinator: 'deeltijds' }, conditions);
    expect(reasons.every((check) => check.holds)).toBe(true);
    expect(ids(reasons)).toEqual(['aanbod', 'voordelen', 'kostendeling', 'doelgroep', 'verantwoordelijke']);
    expect(reasons.at(-1)?.met).toEqual({ question: 'coordinator', value: 'deeltijds' });
  });

  it('within reach: agreeing the open points lifts the recommendation, and names them', () => {
    const answers: Answers = { ...informal, communicatie: 'bespreken', aanbod: 'bespreken' };
    expect(recommendScenario(answers, conditions)).toBe('geen');
    expect(withinReachScenario(answers, conditions)).toBe(2);
    expect(ids(openPoints(answers, conditions))).toEqual(['aanbod', 'communicatie']);
    expect(openPoints(answers, conditions).flatMap((check) => check.open)).toEqual(['aanbod', 'communicatie']);
  });

  it('within reach equals the recommendation when nothing is open', () => {
    expect(withinReachScenario(minimal, conditions)).toBe(1);
    expect(openPoints(minimal, conditions)).toEqual([]);
  });

  it('"bespreken" on a stronger scenario only counts when the rest of it holds', () => {
    // Scenario 3 needs a full-time coordinator too: the leisure vision alone is not enough.
    expect(withinReachScenario({ ...informal, vrijetijdsvisie: 'bespreken' }, conditions)).toBe(2);
    expect(withinReachScenario({ ...formal, vrijetijdsvisie: 'bespreken' }, conditions)).toBe(3);
  });
});

describe('advice rules', () => {
  const cases: [id: string, triggers: Answers, doesNot: Answers][] = [
    ['overleg', minimal, informal],
    ['retributies', minimal, none],
    ['voordelenkader', minimal, formal],
    ['rapportage', minimal, informal],
    ['coordinator-voltijds', informal, { ...informal, coordinator: 'voltijds' }],
    ['formele-afspraken', { ...informal, structuur: 'informeel' }, informal],
    ['lokaal-regionaal', formal, { ...formal, structuur: 'geen' }],
    ['bestaande-samenwerking', { ...formal, structuur: 'geen' }, { ...informal, structuur: 'geen' }],
    ['brugfiguur', informal, minimal],
    ['personeel', { ...none, coordinator: 'geen' }, formal],
    ['referentieregio-nee', { ...none, referentieregio: 'nee' }, { ...none, referentieregio: 'onbekend' }],
    ['referentieregio-onbekend', { ...formal, referentieregio: 'onbekend' }, formal],
  ];

  it.each(cases)('advice "%s" appears when it applies and not otherwise', (id, triggers, doesNot) => {
    expect(advice(triggers)).toContain(id);
    expect(advice(doesNot)).not.toContain(id);
  });

  it('every advice has a named test above, and its wording and sources in adviezen.yaml', () => {
    expect(cases.map(([id]) => id).sort()).toEqual([...ADVICE_IDS].sort());
    expect(content.keuzehulp.advice.map((item) => item.id)).toEqual([...ADVICE_IDS]);
    for (const item of content.keuzehulp.advice) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const source of item.sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('"formele-afspraken" applies to scenario 3 without a formal structure, next to "bestaande-samenwerking"', () => {
    const given = advice({ ...formal, structuur: 'informeel' });
    expect(given).toEqual(expect.arrayContaining(['formele-afspraken', 'bestaande-samenwerking']));
    expect(given).not.toContain('lokaal-regionaal');
  });

  it('no answers, no advice', () => {
    expect(adviceFor('geen', {})).toEqual([]);
  });
});

describe('content follows the contract', () => {
  it("a question whose answers are not exactly the spec's values fails, naming the field and the values", () => {
    const question = readRawContent().keuzehulpVragen[0];
    expect(keuzehulpQuestion.safeParse(question).success).toBe(true);
    const renamed = { ...question, options: { ja: 'Ja', misschien: 'Misschien', nee: 'Nee' } };
    const result = keuzehulpQuestion.safeParse(renamed);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['options']);
    expect(result.error?.issues[0]?.message).toMatch(/bespreken, ja, nee/);
  });

  it('rich text keeps the words of a link to an unknown term, and never returns markup', () => {
    expect(richText('zie [kansentarief](begrip:kansentarief).')).toEqual([
      'zie ',
      { text: 'kansentarief', href: '/begrippen/#kansentarief' },
      '.',
    ]);
    expect(richText('[x](javascript:alert(1))')).toEqual(['x', ')']);
    expect(plainText('[x](begrip:bestaat-niet) y')).toBe('x y');
    expect(badLinks('[x](begrip:bestaat-niet) [y](begrip:vte) [z](https://example.org)', ['vte'])).toEqual([
      'begrip:bestaat-niet',
      'https://example.org',
    ]);
  });

  it('fails the build when a help text links to a term the glossary does not have', () => {
    const raw = readRawContent();
    expect(() => buildContent(raw)).not.toThrow();
    expect(() => buildContent({ ...raw, begrippen: raw.begrippen.filter((entry) => entry.id !== 'vte') })).toThrow(
      /begrip:vte/,
    );
  });
});
