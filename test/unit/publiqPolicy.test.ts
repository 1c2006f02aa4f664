// What publiq's text on the forms of cooperation says, stated on purpose, in one file: the
// scenarios, which agreements each one adds, and its staffing. Everything else reads the
// content, so when publiq changes its policy, the edit in content/samenwerking/scenarios.yaml
// fails exactly the statements below that it contradicts (and the decision oracle in
// test/support/decisionOracle.ts): update them on purpose, with publiq's new text.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readFiles';

const content = readContent();
const { conditions } = content.keuzehulp;
const adds = (id: number) => content.scenarioById(id).adds;
const conditionsOfScenario = (id: number) =>
  conditions.filter((condition) => condition.scenario === id).map((condition) => condition.id);

describe("publiq's text: the three scenarios", () => {
  it("publiq's text: there are three scenarios, minimale, informele and formele samenwerking", () => {
    expect(content.scenarios.map((scenario) => [scenario.id, scenario.name])).toEqual([
      [1, 'Minimale samenwerking'],
      [2, 'Informele samenwerking'],
      [3, 'Formele samenwerking'],
    ]);
  });

  it("publiq's text: scenario 1 has four agreements, the basic ones", () => {
    expect(adds(1)).toEqual(['aanbod', 'voordelen', 'kostendeling', 'doelgroep']);
  });

  it("publiq's text: scenario 2 adds three agreements, communication, group purchases and target-group work", () => {
    expect(adds(2)).toEqual(['communicatie', 'groepsaankopen', 'doelgroepenwerking']);
  });

  it("publiq's text: scenario 3 adds two, a regional leisure vision and a full-fledged coordinator", () => {
    expect(adds(3)).toEqual(['vrijetijdsvisie', 'coordinator']);
  });

  it("publiq's text: so scenario 1 asks 4 agreements, scenario 2 asks 7 and scenario 3 all 9", () => {
    expect(content.scenarios.map((scenario) => scenario.agreements.length)).toEqual([4, 7, 9]);
    expect(content.agreements).toHaveLength(9);
  });
});

describe("publiq's text: staffing", () => {
  it("publiq's text: scenario 1 has no coordinator, so every municipality has its own lead (or a coordinator covers all)", () => {
    expect(conditionsOfScenario(1)).toContain('verantwoordelijke');
    expect(conditions.find((condition) => condition.id === 'verantwoordelijke')?.anyOf).toEqual([
      { question: 'trekkers', values: ['ja'] },
      { question: 'coordinator', values: ['deeltijds', 'voltijds'] },
    ]);
  });

  it("publiq's text: scenario 2 has a coordinator, often part-time; scenario 3 a full-fledged one (read as 1 VTE)", () => {
    expect(conditionsOfScenario(2)).toContain('regiocoordinator');
    expect(conditions.find((condition) => condition.id === 'coordinator')?.anyOf).toEqual([
      { question: 'coordinator', values: ['voltijds'] },
    ]);
  });
});
