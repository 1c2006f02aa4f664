// The keuzehulp engine, one named test per outcome and per advice rule (in the style of
// GOV.UK Smart Answers' flow tests), plus the content's conformance to the contract.
import { describe, expect, it } from 'vitest';
import { adviceFor, recommend, recommendScenario, withinReach } from '../../src/lib/keuzehulp/engine';
import { buildModel } from '../../src/lib/keuzehulp/model';
import { badLinks, plainText, richText } from '../../src/lib/keuzehulp/richText';
import { QUESTION_IDS, QUESTION_VALUES, type Answers, type Outcome } from '../../src/lib/keuzehulp/spec';
import { loadModel, loadRaw } from './keuzehulpModel';

const model = loadModel();

/** Complete answers that lead to each outcome, in the strongest context. */
const formal: Answers = {
  aanbod: 'ja', voordelen: 'ja', kostendeling: 'ja', doelgroep: 'ja', trekkers: 'ja',
  communicatie: 'ja', groepsaankopen: 'ja', doelgroepenwerking: 'ja', coordinator: 'voltijds',
  vrijetijdsvisie: 'ja', structuur: 'formeel', referentieregio: 'ja',
};
const informal: Answers = { ...formal, vrijetijdsvisie: 'nee', coordinator: 'deeltijds' };
const minimal: Answers = { ...informal, communicatie: 'nee', coordinator: 'geen' };
const none: Answers = { ...minimal, aanbod: 'nee' };

const adviceIds = (answers: Answers) => recommend(answers, model).advice.map((rule) => rule.id);
const conditionIds = (checks: { condition: { id: string } }[]) => checks.map((check) => check.condition.id);

describe('outcomes', () => {
  it('outcome 3: every agreement, a regional leisure vision and a full-time coordinator', () => {
    const result = recommend(formal, model);
    expect(result.outcome).toBe(3);
    expect(result.withinReach).toBe(3);
    expect(result.nextStep).toBeNull();
    expect(result.text?.sentence).toContain('Formele samenwerking');
  });

  it('outcome 2: the seven agreements and a part-time coordinator, no leisure vision', () => {
    const result = recommend(informal, model);
    expect(result.outcome).toBe(2);
    expect(result.nextStep?.scenario).toBe(3);
    expect(conditionIds(result.nextStep!.missing)).toEqual(['coordinator', 'vrijetijdsvisie']);
  });

  it('outcome 1: the four basic agreements and a responsible person in every municipality', () => {
    const result = recommend(minimal, model);
    expect(result.outcome).toBe(1);
    expect(conditionIds(result.nextStep!.missing)).toEqual(['communicatie', 'regiocoordinator']);
  });

  it('outcome 1 also without local leads when a coordinator covers the region', () => {
    expect(recommendScenario({ ...minimal, trekkers: 'nee', coordinator: 'deeltijds' }, model)).toBe(1);
  });

  it('outcome geen: a basic agreement is missing, and the next step names it', () => {
    const result = recommend(none, model);
    expect(result.outcome).toBe('geen');
    expect(result.reasons).toEqual([]);
    expect(result.nextStep?.scenario).toBe(1);
    expect(conditionIds(result.nextStep!.missing)).toEqual(['aanbod']);
    expect(result.text?.sentence).toMatch(/nog geen scenario/);
  });

  it('outcome geen: no local responsible person and no coordinator', () => {
    const result = recommend({ ...minimal, trekkers: 'deels' }, model);
    expect(result.outcome).toBe('geen');
    expect(conditionIds(result.nextStep!.missing)).toEqual(['verantwoordelijke']);
  });

  it('unanswered questions never meet a condition', () => {
    expect(recommendScenario({}, model)).toBeNull();
    expect(recommend({}, model).outcome).toBe('geen');
  });
});

describe('why, within reach and next step', () => {
  it('why: each condition of the recommended scenario with the answer that met it', () => {
    const result = recommend({ ...minimal, trekkers: 'nee', coordinator: 'deeltijds' }, model);
    expect(result.reasons.every((check) => check.holds)).toBe(true);
    expect(conditionIds(result.reasons)).toEqual(['aanbod', 'voordelen', 'kostendeling', 'doelgroep', 'verantwoordelijke']);
    expect(result.reasons.at(-1)?.met).toEqual({ question: 'coordinator', value: 'deeltijds' });
  });

  it('within reach: agreeing the open points lifts the recommendation, and names them', () => {
    const result = recommend({ ...informal, communicatie: 'bespreken', aanbod: 'bespreken' }, model);
    expect(result.outcome).toBe('geen');
    expect(result.withinReach).toBe(2);
    expect(conditionIds(result.openPoints)).toEqual(['aanbod', 'communicatie']);
    expect(result.openPoints.flatMap((check) => check.open)).toEqual(['aanbod', 'communicatie']);
  });

  it('within reach equals the recommendation when nothing is open', () => {
    const result = recommend(minimal, model);
    expect(result.withinReach).toBe(1);
    expect(result.openPoints).toEqual([]);
  });

  it('"bespreken" on a stronger scenario only counts when the rest of it holds', () => {
    // Scenario 3 needs a full-time coordinator too: the leisure vision alone is not enough.
    expect(withinReach({ ...informal, vrijetijdsvisie: 'bespreken' }, model)).toBe(2);
    expect(withinReach({ ...formal, vrijetijdsvisie: 'bespreken' }, model)).toBe(3);
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
    expect(adviceIds(triggers)).toContain(id);
    expect(adviceIds(doesNot)).not.toContain(id);
  });

  it('every advice rule in the content has a named test above', () => {
    expect(cases.map(([id]) => id).sort()).toEqual(model.advice.map((rule) => rule.id).sort());
  });

  it('"formele-afspraken" applies to scenario 3 without a formal structure, next to "bestaande-samenwerking"', () => {
    const ids = adviceIds({ ...formal, structuur: 'informeel' });
    expect(ids).toContain('formele-afspraken');
    expect(ids).toContain('bestaande-samenwerking');
    expect(ids).not.toContain('lokaal-regionaal');
  });

  it('every advice names at least one https source', () => {
    for (const rule of model.advice) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const source of rule.sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('advice reads only its own outcome and answers', () => {
    expect(adviceFor('geen', {}, model.advice)).toEqual([]);
  });
});

describe('content follows the contract', () => {
  it('asks exactly the questions of the spec, with exactly its answer values', () => {
    expect(model.questions.map((question) => question.id).sort()).toEqual([...QUESTION_IDS].sort());
    for (const question of model.questions) {
      expect(question.options.map((option) => option.value).sort(), question.id).toEqual(
        [...QUESTION_VALUES[question.id]].sort(),
      );
    }
  });

  it('every agreement of a scenario in scenarios.yaml is a condition of that scenario or one below it', () => {
    const { scenarios } = loadRaw();
    for (const scenario of scenarios) {
      for (const agreementId of scenario.agreements) {
        const condition = model.conditions.find((item) => item.agreement === agreementId);
        expect(condition, `${agreementId} in scenario ${scenario.id}`).toBeDefined();
        expect(condition!.scenario).toBeLessThanOrEqual(scenario.id);
      }
    }
    for (const condition of model.conditions.filter((item) => item.agreement)) {
      const first = scenarios.filter((item) => item.agreements.includes(condition.agreement!)).map((item) => item.id);
      expect(Math.min(...first), condition.id).toBe(condition.scenario);
    }
  });

  it('the scenarios in scenarios.yaml are cumulative', () => {
    const { scenarios } = loadRaw();
    const sorted = [...scenarios].sort((a, b) => a.id - b.id);
    for (let i = 1; i < sorted.length; i++) {
      for (const id of sorted[i - 1].agreements) expect(sorted[i].agreements).toContain(id);
    }
  });

  it('help texts link only to known glossary terms and guide paths', () => {
    const texts = [
      ...model.questions.flatMap((question) => [question.why, question.hint ?? '']),
      ...model.conditions.map((condition) => condition.todo),
      ...model.advice.map((rule) => rule.text),
    ];
    const { glossaryIds } = loadRaw();
    for (const text of texts) expect(badLinks(text, glossaryIds)).toEqual([]);
    expect(texts.some((text) => richText(text).some((part) => typeof part !== 'string'))).toBe(true);
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
    const raw = loadRaw();
    const withoutVte = raw.glossaryIds.filter((id) => id !== 'vte');
    expect(() => buildModel(raw, raw.agreements, raw.scenarios, raw.glossaryIds)).not.toThrow();
    expect(() => buildModel(raw, raw.agreements, raw.scenarios, withoutVte)).toThrow(/begrip:vte/);
  });

  it('has a result sentence for every outcome', () => {
    const outcomes: Outcome[] = ['geen', 1, 2, 3];
    for (const outcome of outcomes) expect(model.outcomes.find((item) => item.outcome === outcome)).toBeDefined();
  });
});
