// Everything the pages, the keuzehulp and the tests know about the content, built once from
// the validated data files: agreements in guide order, scenarios with what they add and (derived
// here, once) everything they ask, the decision's conditions with their wording, and the
// keuzehulp's model. Cross-references between files are checked here and fail the build naming
// file and id (docs/decision-model.md).
import type { z } from 'astro/zod';
import { badLinks } from '../keuzehulp/richText';
import { ADVICE_IDS, ADVICE_QUESTIONS, conditionsOf, staffingQuestions } from '../keuzehulp/rules';
import { QUESTION_IDS, QUESTION_VALUES, type ScenarioLevel } from '../keuzehulp/spec';
import type { KeuzehulpModel } from '../keuzehulp/types';
import { listInSentence, lowerFirst, numberWord } from '../text';
import type { DATA_FILES } from './files';

type Files = typeof DATA_FILES;
/** The parsed entries of each data file. */
export type RawContent = { [K in keyof Files]: readonly z.output<Files[K]['schema']>[] };

export type Agreement = RawContent['afspraken'][number] & {
  /** The scenario that adds it (scenarios.yaml); every scenario above asks it too. */
  scenario: ScenarioLevel;
  /** Where the guide explains it: /basis/ for scenario 1's, else its section on the page of its scenario. */
  link: string;
};
export type Scenario = RawContent['scenarios'][number] & {
  /** Site path of the scenario's page, e.g. "scenarios/minimale-samenwerking/". */
  path: string;
  /** Ids of every agreement it asks: what the scenarios before it add, then what it adds. */
  agreements: readonly string[];
};
export type Term = Omit<RawContent['begrippen'][number], 'links'> & { links: { label: string; href: string }[] };

export interface Content {
  /** Agreements in the order they first appear: scenario 1's, then what 2 adds, then 3. */
  agreements: Agreement[];
  scenarios: Scenario[];
  scenarioById(id: number): Scenario;
  /** Every agreement the scenario asks. */
  agreementsOf(scenario: Scenario): Agreement[];
  /** The agreements the scenario adds to the one before it. */
  addedBy(scenario: Scenario): Agreement[];
  previousOf(scenario: Scenario): Scenario | undefined;
  /** The glossary, in file order, with agreement links resolved. */
  terms: Term[];
  keuzehulp: KeuzehulpModel;
}

/** The path of the section that explains an agreement added by a scenario above the first. */
export const agreementSection = (scenario: { path: string }, id: string) => `/${scenario.path}#${id}`;

export function buildContent(raw: RawContent): Content {
  const problems: string[] = [];
  const sorted = [...raw.scenarios].sort((a, b) => a.id - b.id);
  const scenarios: Scenario[] = sorted.map((scenario, index) => ({
    ...scenario,
    path: `scenarios/${scenario.slug}/`,
    agreements: sorted.slice(0, index + 1).flatMap((item) => item.adds),
  }));
  const addedIn = new Map<string, Scenario>();
  for (const scenario of scenarios) {
    for (const id of scenario.adds) {
      const earlier = addedIn.get(id);
      if (earlier)
        problems.push(
          `scenarios.yaml: scenario ${scenario.id} voegt afspraak "${id}" toe, maar scenario ${earlier.id} deed dat al (een scenario vraagt alles van het vorige)`,
        );
      else addedIn.set(id, scenario);
      if (!raw.afspraken.some((agreement) => agreement.id === id))
        problems.push(
          `scenarios.yaml: scenario ${scenario.id} noemt afspraak "${id}", die niet in afspraken.yaml staat`,
        );
    }
  }
  const byId = new Map<string, Agreement>();
  for (const agreement of raw.afspraken) {
    const scenario = addedIn.get(agreement.id);
    if (!scenario) {
      problems.push(`afspraken.yaml: de afspraak "${agreement.id}" staat in geen enkel scenario (scenarios.yaml)`);
      continue;
    }
    if (!(QUESTION_IDS as readonly string[]).includes(agreement.id))
      problems.push(
        `afspraken.yaml: naar de afspraak "${agreement.id}" vraagt geen vraag van de keuzehulp (vragen.yaml)`,
      );
    let link = agreementSection(scenario, agreement.id);
    if (scenario.id === 1) {
      if (!agreement.link)
        problems.push(
          `afspraken.yaml: de basisafspraak "${agreement.id}" heeft een link naar haar uitleg op /basis/ nodig`,
        );
      link = agreement.link ?? '/basis/';
    } else if (agreement.link) {
      problems.push(
        `afspraken.yaml: laat de link van "${agreement.id}" weg: de gids legt die afspraak uit op de pagina van scenario ${scenario.id}`,
      );
    }
    byId.set(agreement.id, { ...agreement, scenario: scenario.id, link });
  }
  const agreementsOf = (scenario: Scenario) => scenario.agreements.flatMap((id) => byId.get(id) ?? []);
  const addedBy = (scenario: Scenario) => scenario.adds.flatMap((id) => byId.get(id) ?? []);
  const agreements = scenarios.flatMap(addedBy);

  // Every question plays a part: an agreement, staffing, or advice. One that does none would be
  // asked for nothing (say, after an agreement left scenarios.yaml).
  for (const id of QUESTION_IDS) {
    if (!addedIn.has(id) && !staffingQuestions().includes(id) && !(ADVICE_QUESTIONS as readonly string[]).includes(id))
      problems.push(
        `vragen.yaml: de vraag "${id}" telt nergens mee: geen afspraak uit scenarios.yaml, geen personeel of aandachtspunt uit rules.ts`,
      );
  }

  const terms: Term[] = raw.begrippen.map((entry) => ({
    ...entry,
    links: entry.links.map((item) => {
      if (!('agreement' in item)) return item;
      const agreement = byId.get(item.agreement);
      if (!agreement)
        problems.push(
          `begrippen.yaml: het begrip "${entry.id}" linkt naar afspraak "${item.agreement}", die er niet is`,
        );
      return { label: agreement?.title ?? item.agreement, href: agreement?.link ?? '/' };
    }),
  }));

  // Prose in the data files may name or count agreements only through a placeholder, filled
  // here from scenarios.yaml, so it stays true when publiq moves an agreement.
  const fill = (text: string, where: string, values: Record<string, string | undefined>) =>
    text.replace(/\{([^}]*)\}/g, (token, name: string) => {
      const value = values[name];
      if (value === undefined)
        problems.push(
          `${where} gebruikt ${token}; hier kan alleen ${Object.keys(values)
            .map((key) => `{${key}}`)
            .join(' of ')}`,
        );
      return value ?? token;
    });
  for (const scenario of scenarios) {
    const added = addedBy(scenario);
    const values = {
      nieuw: listInSentence(added.map((agreement) => agreement.title)),
      aantal: numberWord(added.length),
    };
    scenario.summary = fill(scenario.summary, `scenarios.yaml: scenario ${scenario.id}`, values);
    if (scenario.fitsWhen)
      scenario.fitsWhen = fill(scenario.fitsWhen, `scenarios.yaml: scenario ${scenario.id}`, values);
  }
  /** The scenarios that ask an agreement: "de informele en de formele samenwerking". */
  const askedBy = (id: string) => {
    const from = addedIn.get(id);
    return from && listInSentence(scenarios.filter((s) => s.id >= from.id).map((s) => `de ${lowerFirst(s.name)}`));
  };
  const whyOf = new Map(
    raw.keuzehulpVragen.map((question) => [
      question.id,
      fill(question.why, `vragen.yaml: de vraag "${question.id}"`, { "scenario's": askedBy(question.id) }),
    ]),
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
              why: whyOf.get(question.id) ?? question.why,
              options: Object.entries(question.options).map(([value, label]) => ({ value, label })),
              textOneMunicipality: question.textOneMunicipality,
              optionsOneMunicipality: question.optionsOneMunicipality,
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
  return { agreements, scenarios, scenarioById, agreementsOf, addedBy, previousOf, terms, keuzehulp };
}
