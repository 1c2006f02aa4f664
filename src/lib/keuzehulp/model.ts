// Builds the engine's model from the validated content: merges the agreements' titles and
// links into the conditions, the scenarios' names into the result sentences, and checks the
// references between files. Throws a readable error at build when the content does not fit.
import { badLinks } from './richText';
import { QUESTION_IDS, type Outcome } from './spec';
import type { AdviceRule, Condition, KeuzehulpModel, OutcomeText, Question, ScenarioInfo } from './types';

export interface RawContent {
  questions: readonly (Question & { order: number })[];
  conditions: readonly (Omit<Condition, 'title'> & { title?: string | undefined })[];
  advice: readonly (AdviceRule & { order: number })[];
  outcomes: readonly { id: string; sentence: string; text?: string | undefined }[];
}

export interface AgreementData {
  id: string;
  title: string;
  link: string;
}

export interface ScenarioData {
  id: 1 | 2 | 3;
  slug: string;
  name: string;
  shortName: string;
  summary: string;
}

export function buildModel(
  raw: RawContent,
  agreements: readonly AgreementData[],
  scenarios: readonly ScenarioData[],
  /** Ids of the glossary (content/begrippen): the terms help texts may link to. */
  glossaryIds: readonly string[],
): KeuzehulpModel {
  const problems: string[] = [];
  const helpTexts = [
    ...raw.questions.flatMap((question) => [question.why, question.hint ?? '']),
    ...raw.conditions.map((condition) => condition.todo),
    ...raw.advice.map((rule) => rule.text),
  ];
  for (const target of helpTexts.flatMap((text) => badLinks(text, glossaryIds))) {
    problems.push(`de link "${target}" wijst niet naar een begrip uit begrippen.yaml of een pad als /basis/`);
  }
  const questions = [...raw.questions].sort((a, b) => a.step - b.step || a.order - b.order);
  for (const id of QUESTION_IDS) {
    const count = questions.filter((question) => question.id === id).length;
    if (count !== 1) problems.push(`vraag "${id}" staat ${count} keer in vragen.yaml (moet 1 keer)`);
  }

  // Conditions in scenario order, then in the order of the questions they read.
  const position = (condition: RawContent['conditions'][number]) =>
    Math.min(...condition.anyOf.map((clause) => questions.findIndex((question) => question.id === clause.question)));
  const conditions: Condition[] = [...raw.conditions].sort((a, b) => a.scenario - b.scenario || position(a) - position(b)).map((condition) => {
    const agreement = condition.agreement ? agreements.find((item) => item.id === condition.agreement) : undefined;
    if (condition.agreement && !agreement) {
      problems.push(`voorwaarde "${condition.id}" verwijst naar afspraak "${condition.agreement}", die niet in afspraken.yaml staat`);
    }
    return {
      id: condition.id,
      scenario: condition.scenario,
      agreement: condition.agreement,
      title: condition.title ?? agreement?.title ?? condition.id,
      link: condition.link ?? agreement?.link,
      anyOf: condition.anyOf.map((clause) => ({ question: clause.question, values: [...clause.values] })),
      todo: condition.todo,
    };
  });
  for (const level of [1, 2, 3] as const) {
    if (!conditions.some((condition) => condition.scenario === level)) {
      problems.push(`scenario ${level} heeft geen voorwaarden in voorwaarden.yaml`);
    }
  }

  const scenarioInfo: ScenarioInfo[] = [...scenarios]
    .sort((a, b) => a.id - b.id)
    .map((scenario) => ({
      id: scenario.id,
      name: scenario.name,
      shortName: scenario.shortName,
      summary: scenario.summary,
      path: `/scenarios/${scenario.slug}/`,
    }));

  const outcomes: OutcomeText[] = [];
  for (const id of ['geen', '1', '2', '3']) {
    const entry = raw.outcomes.find((outcome) => String(outcome.id) === id);
    if (!entry) {
      problems.push(`uitkomsten.yaml mist de uitkomst "${id}"`);
      continue;
    }
    const outcome: Outcome = id === 'geen' ? 'geen' : (Number(id) as 1 | 2 | 3);
    const scenario = scenarioInfo.find((item) => item.id === outcome);
    if (outcome !== 'geen' && !scenario) problems.push(`scenarios.yaml mist scenario ${outcome}`);
    outcomes.push({
      outcome,
      sentence: entry.sentence.replaceAll('{naam}', scenario?.name ?? ''),
      text: scenario?.summary ?? entry.text ?? '',
    });
  }

  if (problems.length > 0) {
    throw new Error(`De inhoud van de keuzehulp klopt niet:\n- ${problems.join('\n- ')}`);
  }
  return {
    questions: questions.map((question) => ({
      id: question.id,
      step: question.step,
      text: question.text,
      short: question.short,
      hint: question.hint,
      why: question.why,
      options: question.options.map((option) => ({ value: option.value, label: option.label })),
    })),
    conditions,
    advice: [...raw.advice].sort((a, b) => a.order - b.order).map((rule) => ({
      id: rule.id,
      outcomes: [...rule.outcomes],
      when: rule.when.map((clause) => ({ question: clause.question, values: [...clause.values] })),
      title: rule.title,
      text: rule.text,
      sources: rule.sources.map((source) => ({ title: source.title, url: source.url })),
    })),
    outcomes,
    scenarios: scenarioInfo,
  };
}
