// Everything the pages, the keuzehulp and the tests know about the content, built once from
// the validated data files: agreements in guide order, scenarios with their page path, the
// decision's conditions (from scenarios.yaml) with their wording, and the keuzehulp's model.
// Cross-references between files are checked here and fail the build naming file and id.
import type { z } from 'astro/zod';
import { badLinks } from '../keuzehulp/richText';
import { ADVICE_IDS, conditionsOf } from '../keuzehulp/rules';
import { QUESTION_IDS, QUESTION_VALUES } from '../keuzehulp/spec';
import type { KeuzehulpModel } from '../keuzehulp/types';
import type { DATA_FILES } from './files';

type Files = typeof DATA_FILES;
/** The parsed entries of each data file. */
export type RawContent = { [K in keyof Files]: readonly z.output<Files[K]['schema']>[] };

export type Agreement = RawContent['afspraken'][number];
export type Scenario = RawContent['scenarios'][number] & {
  /** Site path of the scenario's page, e.g. "scenarios/minimale-samenwerking/". */
  path: string;
};

export interface Content {
  /** Agreements in the order they first appear: scenario 1's, then what 2 adds, then 3. */
  agreements: Agreement[];
  scenarios: Scenario[];
  scenarioById(id: number): Scenario;
  agreementsOf(scenario: Scenario): Agreement[];
  previousOf(scenario: Scenario): Scenario | undefined;
  keuzehulp: KeuzehulpModel;
}

export function buildContent(raw: RawContent): Content {
  const problems: string[] = [];
  const byId = new Map(raw.afspraken.map((agreement) => [agreement.id, agreement]));
  const scenarios: Scenario[] = [...raw.scenarios]
    .sort((a, b) => a.id - b.id)
    .map((scenario) => ({ ...scenario, path: `scenarios/${scenario.slug}/` }));
  for (const scenario of scenarios) {
    for (const id of scenario.agreements) {
      if (!byId.has(id))
        problems.push(
          `scenarios.yaml: scenario ${scenario.id} noemt afspraak "${id}", die niet in afspraken.yaml staat`,
        );
    }
  }
  const agreementsOf = (scenario: Scenario) => scenario.agreements.flatMap((id) => byId.get(id) ?? []);
  const agreements = [...new Set(scenarios.flatMap((scenario) => scenario.agreements))].flatMap(
    (id) => byId.get(id) ?? [],
  );

  const questions = QUESTION_IDS.map((id) => raw.keuzehulpVragen.find((question) => question.id === id));
  QUESTION_IDS.forEach((id, index) => questions[index] || problems.push(`vragen.yaml: de vraag "${id}" ontbreekt`));

  let conditions: KeuzehulpModel['conditions'] = [];
  try {
    conditions = conditionsOf(scenarios).map((condition) => {
      const wording = raw.keuzehulpVoorwaarden.find((item) => item.id === condition.id);
      const agreement = byId.get(condition.id);
      if (!wording) problems.push(`voorwaarden.yaml: de voorwaarde "${condition.id}" heeft geen tekst (todo)`);
      const title = wording?.title ?? agreement?.title;
      if (!title) problems.push(`voorwaarden.yaml: de voorwaarde "${condition.id}" heeft een title nodig`);
      return {
        ...condition,
        title: title ?? condition.id,
        link: wording?.link ?? agreement?.link,
        todo: wording?.todo ?? '',
      };
    });
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const item of raw.keuzehulpVoorwaarden) {
    if (!conditions.some((condition) => condition.id === item.id))
      problems.push(`voorwaarden.yaml: "${item.id}" is geen voorwaarde van een scenario`);
  }
  const advice = ADVICE_IDS.flatMap((id) => {
    const wording = raw.keuzehulpAdviezen.find((item) => item.id === id);
    if (!wording) problems.push(`adviezen.yaml: het aandachtspunt "${id}" ontbreekt`);
    return wording
      ? [{ id, title: wording.title, text: wording.text, sources: wording.sources.map((source) => ({ ...source })) }]
      : [];
  });
  for (const item of raw.keuzehulpAdviezen) {
    if (!(ADVICE_IDS as readonly string[]).includes(item.id))
      problems.push(`adviezen.yaml: "${item.id}" is geen aandachtspunt uit de regels`);
  }

  const glossaryIds = raw.begrippen.map((entry) => entry.id);
  const helpTexts = [
    ...raw.keuzehulpVragen.flatMap((question) => [question.why, question.hint ?? '']),
    ...raw.keuzehulpVoorwaarden.map((condition) => condition.todo),
    ...raw.keuzehulpAdviezen.map((rule) => rule.text),
  ];
  for (const target of helpTexts.flatMap((text) => badLinks(text, glossaryIds))) {
    problems.push(
      `content/keuzehulp: de link "${target}" wijst niet naar een begrip uit begrippen.yaml of een pad als /basis/`,
    );
  }
  const answerWords = Object.fromEntries(raw.keuzehulpAntwoordwoorden.map((item) => [item.id, item.woord]));
  for (const value of [...new Set(Object.values(QUESTION_VALUES).flat()), '-']) {
    if (!answerWords[value]) problems.push(`content/keuzehulp/antwoordwoorden.yaml: geen woord voor "${value}"`);
  }
  if (problems.length > 0) throw new Error(`De inhoud klopt niet:\n- ${problems.join('\n- ')}`);

  const keuzehulp: KeuzehulpModel = {
    questions: questions.flatMap((question) =>
      question
        ? [
            {
              id: question.id,
              text: question.text,
              short: question.short,
              hint: question.hint,
              why: question.why,
              options: Object.entries(question.options).map(([value, label]) => ({ value, label })),
            },
          ]
        : [],
    ),
    conditions,
    advice,
    answerWords,
    scenarios: scenarios.map(({ id, name, shortName, summary, path }) => ({ id, name, shortName, summary, path })),
  };
  const scenarioById = (id: number) => {
    const scenario = scenarios.find((item) => item.id === id);
    if (!scenario) throw new Error(`Scenario ${id} staat niet in scenarios.yaml.`);
    return scenario;
  };
  const previousOf = (scenario: Scenario) => scenarios.find((other) => other.id === scenario.id - 1);
  return { agreements, scenarios, scenarioById, agreementsOf, previousOf, keuzehulp };
}
