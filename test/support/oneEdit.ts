// The change docs/decision-model.md promises is one edit ("Move an agreement"): publiq moves an
// agreement to another scenario, and an editor moves its id from one `adds` list to another in
// content/samenwerking/scenarios.yaml. The unit test makes it on the parsed data, the browser
// test on a copy of the file; both through this module, so they make the same edit.
import { isMap, isSeq, parseDocument } from 'yaml';
import type { RawContent } from '../../src/lib/content/build';
import type { Answers } from '../../src/lib/keuzehulp/spec';
import { specRecommendation } from './decisionOracle';

/** The agreement the tests move from scenario 2 to scenario 3 (or, once publiq has moved it, the first scenario 2 adds). */
export const MOVED = 'groepsaankopen';

export function moveOf(raw: RawContent): { id: string; from: 2; to: 3 } {
  const adds = raw.scenarios.find((scenario) => scenario.id === 2)?.adds ?? [];
  const id = adds.includes(MOVED) ? MOVED : adds[0];
  if (!id) throw new Error('scenarios.yaml: scenario 2 voegt niets toe');
  return { id, from: 2, to: 3 };
}

/** The parsed scenarios with the agreement moved: out of `from`, first in `to`'s list. */
export function moveInData(raw: RawContent, { id, from, to }: ReturnType<typeof moveOf>): RawContent {
  return {
    ...raw,
    scenarios: raw.scenarios.map((scenario) =>
      scenario.id === from
        ? { ...scenario, adds: scenario.adds.filter((item) => item !== id) }
        : scenario.id === to
          ? { ...scenario, adds: [id, ...scenario.adds] }
          : scenario,
    ),
  };
}

/** The same edit on the text of scenarios.yaml; everything else in the file stays as it is. */
export function moveInYaml(text: string, { id, from, to }: ReturnType<typeof moveOf>): string {
  const document = parseDocument(text);
  const scenarios = document.contents;
  if (!isSeq(scenarios)) throw new Error('scenarios.yaml is geen lijst');
  const addsOf = (scenarioId: number) => {
    const scenario = scenarios.items.find((item) => isMap(item) && (item.get('id') as unknown) === scenarioId);
    const adds = isMap(scenario) ? scenario.get('adds', true) : undefined;
    if (!isSeq(adds)) throw new Error(`scenarios.yaml: scenario ${scenarioId} heeft geen adds`);
    return adds;
  };
  const source = addsOf(from);
  const index = source.items.findIndex((item) => String(item) === id || (item as { value?: unknown }).value === id);
  if (index < 0) throw new Error(`scenarios.yaml: scenario ${from} voegt "${id}" niet toe`);
  const [node] = source.items.splice(index, 1);
  addsOf(to).items.unshift(node);
  return document.toString({ lineWidth: 0 });
}

/**
 * The one oracle (specRecommendation), moved the same way: the old rule with the agreement
 * counted as made, and without it nothing at or above its new scenario.
 */
export function movedRecommendation(answers: Answers, { id, to }: ReturnType<typeof moveOf>): 0 | 1 | 2 | 3 {
  const rule = specRecommendation({ ...answers, [id]: 'ja' });
  return answers[id as keyof Answers] === 'ja' ? rule : (Math.min(rule, to - 1) as 0 | 1 | 2);
}
