// The project's one hand-written oracle of the decision rule, written from publiq's text on the
// forms of cooperation and the staffing in docs/decision-model.md ("Rules"), not from the code or
// content/samenwerking/scenarios.yaml. Every test that needs the expected scenario (the exhaustive
// unit test, the one-edit tests, the region overview's end-to-end tests) compares with this
// function, so a change of publiq's policy is made here once, on purpose, beside
// test/unit/publiqPolicy.test.ts.
import type { Answers } from '../../src/lib/keuzehulp/spec';

/** The scenario (0 = none yet) the decision model recommends for one set of answers. */
export function specRecommendation(a: Answers): 0 | 1 | 2 | 3 {
  const basics = a.aanbod === 'ja' && a.voordelen === 'ja' && a.kostendeling === 'ja' && a.doelgroep === 'ja';
  const scenario1 = basics && (a.trekkers === 'ja' || (a.coordinator !== undefined && a.coordinator !== 'geen'));
  if (!scenario1) return 0;
  const scenario2 =
    a.communicatie === 'ja' &&
    a.groepsaankopen === 'ja' &&
    a.doelgroepenwerking === 'ja' &&
    (a.coordinator === 'deeltijds' || a.coordinator === 'voltijds');
  if (!scenario2) return 1;
  return a.vrijetijdsvisie === 'ja' && a.coordinator === 'voltijds' ? 3 : 2;
}
