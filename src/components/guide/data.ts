// Reads the cooperation data (content/samenwerking) in the order the guide uses it.
import { getCollection, type CollectionEntry } from 'astro:content';

export type AgreementData = CollectionEntry<'afspraken'>['data'];
export type ScenarioData = CollectionEntry<'scenarios'>['data'];

export async function loadCooperation() {
  const agreements = (await getCollection('afspraken')).map((entry) => entry.data);
  const scenarios = (await getCollection('scenarios')).map((entry) => entry.data).sort((a, b) => a.id - b.id);
  const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  const agreementsOf = (scenario: ScenarioData): AgreementData[] =>
    scenario.agreements.map((id) => {
      const agreement = byId.get(id);
      if (!agreement) throw new Error(`scenarios.yaml: scenario ${scenario.id} noemt afspraak "${id}", die niet in afspraken.yaml staat.`);
      return agreement;
    });
  const previousOf = (scenario: ScenarioData) => scenarios.find((other) => other.id === scenario.id - 1);
  const scenarioById = (id: number): ScenarioData => {
    const scenario = scenarios.find((item) => item.id === id);
    if (!scenario) throw new Error(`Scenario ${id} staat niet in scenarios.yaml.`);
    return scenario;
  };
  /** Agreements in the order they first appear: 1's, then what 2 adds, then what 3 adds. */
  const ordered = scenarios
    .flatMap((scenario) => scenario.agreements)
    .filter((id, index, ids) => ids.indexOf(id) === index)
    .map((id) => byId.get(id))
    .filter((agreement): agreement is AgreementData => agreement !== undefined);
  return { agreements: ordered, scenarios, scenarioById, agreementsOf, previousOf };
}

export const scenarioPath = (scenario: ScenarioData) => `scenarios/${scenario.slug}/`;
