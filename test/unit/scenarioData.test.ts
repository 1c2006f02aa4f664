// The scenarios as the builder (src/lib/content/build.ts) makes them from scenarios.yaml: what
// each one asks is derived from what it adds, every cross-reference is checked with a message
// naming the file and the id, and the one edit of docs/decision-model.md is really one edit.
import { describe, expect, it } from 'vitest';
import { buildContent, type RawContent } from '../../src/lib/content/build';
import { readContent, readRawContent } from '../../src/lib/content/readFiles';
import { conditionsOf, nextStep, recommendScenario } from '../../src/lib/keuzehulp/rules';
import { QUESTION_VALUES, strongest, type Answers, type QuestionId } from '../../src/lib/keuzehulp/spec';
import { formal } from '../support/answers';
import { moveInData, moveOf, movedRecommendation } from '../support/oneEdit';

const raw = readRawContent();
const content = readContent();
// Any agreement of scenario 2 serves; the one-edit module picks the same one the docs move.
const move = moveOf(raw);
const failureOf = (edited: RawContent) => {
  try {
    buildContent(edited);
  } catch (error) {
    return (error as Error).message;
  }
  return 'de inhoud bouwt zonder fout';
};
const withScenario = (id: number, change: (adds: string[]) => string[]): RawContent => ({
  ...raw,
  scenarios: raw.scenarios.map((scenario) =>
    scenario.id === id ? { ...scenario, adds: change(scenario.adds) } : scenario,
  ),
});

describe('derived once: what each scenario asks', () => {
  it('asks what the scenarios before it add, then what it adds itself', () => {
    const [one, two, three] = content.scenarios;
    expect(one.agreements).toEqual(one.adds);
    expect(two.agreements).toEqual([...one.adds, ...two.adds]);
    expect(three.agreements).toEqual([...one.adds, ...two.adds, ...three.adds]);
  });

  it('gives every agreement the scenario that adds it, and a link to where the guide explains it', () => {
    for (const scenario of content.scenarios) {
      for (const agreement of content.addedBy(scenario)) {
        expect(agreement.scenario, agreement.id).toBe(scenario.id);
        expect(agreement.link, agreement.id).toBe(
          scenario.id === 1
            ? raw.afspraken.find((item) => item.id === agreement.id)?.link
            : `/${scenario.path}#${agreement.id}`,
        );
      }
    }
  });

  it('makes each agreement a condition of the scenario that adds it, met by its strongest answer', () => {
    for (const agreement of content.agreements) {
      const condition = content.keuzehulp.conditions.find((item) => item.id === agreement.id);
      expect(condition?.scenario, agreement.id).toBe(agreement.scenario);
      const question = agreement.id as QuestionId;
      expect(condition?.anyOf, agreement.id).toEqual([{ question, values: [strongest(question)] }]);
    }
  });
});

describe('the build fails naming the file and the id', () => {
  it('an agreement no scenario uses', () => {
    expect(failureOf(withScenario(move.from, (adds) => adds.filter((id) => id !== move.id)))).toContain(
      `afspraken.yaml: de afspraak "${move.id}" staat in geen enkel scenario`,
    );
  });

  it('a question without an agreement, staffing or advice role', () => {
    expect(failureOf(withScenario(move.from, (adds) => adds.filter((id) => id !== move.id)))).toContain(
      `vragen.yaml: de vraag "${move.id}" telt nergens mee`,
    );
    // Staffing and advice count as a role: trekkers and structuur are no agreement, and pass.
    expect(failureOf(raw)).toBe('de inhoud bouwt zonder fout');
  });

  it('an agreement no question asks about', () => {
    const extra = {
      id: 'kaartontwerp',
      title: 'Eén kaartontwerp',
      summary: 'Alle gemeenten gebruiken hetzelfde ontwerp.',
    };
    const edited = { ...withScenario(3, (adds) => [...adds, extra.id]), afspraken: [...raw.afspraken, extra] };
    expect(failureOf(edited)).toMatch(/afspraken\.yaml: naar de afspraak "kaartontwerp" vraagt geen vraag/);
    expect(() => conditionsOf([{ id: 1, adds: ['bestaat-niet'] }])).toThrow(/bestaat-niet/);
  });

  it('an agreement that two scenarios add, or that afspraken.yaml does not have', () => {
    expect(failureOf(withScenario(3, (adds) => [...adds, move.id]))).toContain(
      `scenarios.yaml: scenario 3 voegt afspraak "${move.id}" toe, maar scenario 2 deed dat al`,
    );
    expect(failureOf(withScenario(3, (adds) => [...adds, 'bestaat']))).toMatch(
      /scenarios\.yaml: scenario 3 noemt afspraak "bestaat", die niet in afspraken\.yaml staat/,
    );
  });

  it('a basic agreement without its link to /basis/, or another agreement with a link of its own', () => {
    const links = (change: (agreement: RawContent['afspraken'][number]) => RawContent['afspraken'][number]) => ({
      ...raw,
      afspraken: raw.afspraken.map(change),
    });
    expect(failureOf(links((a) => (a.id === 'aanbod' ? { ...a, link: undefined } : a)))).toMatch(
      /afspraken\.yaml: de basisafspraak "aanbod" heeft een link/,
    );
    expect(failureOf(links((a) => (a.id === move.id ? { ...a, link: '/basis/' } : a)))).toContain(
      `afspraken.yaml: laat de link van "${move.id}" weg`,
    );
  });

  it('a placeholder the text cannot use, and a glossary link to an unknown agreement', () => {
    const why = (id: string, text: string) => ({
      ...raw,
      keuzehulpVragen: raw.keuzehulpVragen.map((question) =>
        question.id === id ? { ...question, why: text } : question,
      ),
    });
    expect(failureOf(why('structuur', "Hoort bij {scenario's}."))).toMatch(
      /vragen\.yaml: de vraag "structuur" gebruikt \{scenario's\}/,
    );
    expect(failureOf(why('aanbod', 'Telt {aantal}.'))).toMatch(/vragen\.yaml: de vraag "aanbod" gebruikt \{aantal\}/);
    const glossary = {
      ...raw,
      begrippen: raw.begrippen.map((term) =>
        term.id === 'vte' ? { ...term, links: [{ agreement: 'bestaat' }] } : term,
      ),
    };
    expect(failureOf(glossary)).toMatch(/begrippen\.yaml: het begrip "vte" linkt naar afspraak "bestaat"/);
  });
});

describe('the one edit: move an agreement to another scenario in scenarios.yaml', () => {
  const moved = buildContent(moveInData(raw, move));
  const title = content.agreements.find((agreement) => agreement.id === move.id)?.title;

  it('the scenarios, their counts and the agreement link follow', () => {
    const [from, to] = [moved.scenarioById(move.from), moved.scenarioById(move.to)];
    expect(moved.addedBy(from).map((a) => a.id)).not.toContain(move.id);
    expect(moved.addedBy(to).map((a) => a.id)).toContain(move.id);
    expect(moved.agreements.find((a) => a.id === move.id)?.link).toBe(`/${to.path}#${move.id}`);
    // Glossary links to an agreement go where the edited content explains it.
    const glossaryLinks = moved.terms.flatMap((term) => term.links);
    for (const agreement of moved.agreements)
      for (const link of glossaryLinks.filter((item) => item.label === agreement.title))
        expect(link.href, agreement.id).toBe(agreement.link);
    // Prose placeholders: the summaries and the question's "why" name the new scenarios.
    expect(from.summary).not.toContain(title?.toLowerCase());
    const why = moved.keuzehulp.questions.find((question) => question.id === move.id)?.why ?? '';
    expect(why).toContain(`de ${to.name.toLowerCase()}`);
    expect(why).not.toContain(from.name.toLowerCase().split(' ')[0]);
  });

  it('the keuzehulp rules follow: the spec oracle with the agreement asked by its new scenario', () => {
    const { conditions } = moved.keuzehulp;
    expect(conditions.find((condition) => condition.id === move.id)?.scenario).toBe(move.to);
    // The one oracle, moved the same way (test/support/oneEdit.ts).
    const varied = ['aanbod', 'trekkers', 'communicatie', move.id, 'coordinator', 'vrijetijdsvisie'] as const;
    let compared = 0;
    const walk = (index: number, answers: Answers) => {
      if (index === varied.length) {
        const outcome = recommendScenario(answers, conditions);
        expect(outcome === 'geen' ? 0 : outcome, JSON.stringify(answers)).toBe(movedRecommendation(answers, move));
        compared++;
        return;
      }
      const id = varied[index] as keyof typeof QUESTION_VALUES;
      for (const value of QUESTION_VALUES[id]) walk(index + 1, { ...answers, [id]: value });
    };
    walk(0, formal as Answers);
    expect(compared).toBe(3 ** varied.length);
    // The next step from the old scenario names it under the new one.
    const without: Answers = { ...(formal as Answers), [move.id]: 'nee', vrijetijdsvisie: 'nee' };
    expect(nextStep(without, conditions)?.missing.map((check) => check.condition.id)).toContain(move.id);
  });
});
