// The questions on which the municipalities answer differently, each with who said what, and
// what would bring everyone along. Carries data-disagree.
import { listOf } from '../../lib/text';
import type { OverviewAnalysis } from '../../lib/samen/analyse';
import { QUESTION_VALUES } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { shortOf, valueWord } from './words';

interface Props {
  model: KeuzehulpModel;
  analysis: OverviewAnalysis;
  /** Display name of each set, computed once. */
  names: string[];
}

export function Disagreements({ model, analysis, names }: Props) {
  const holding = analysis.sets.some((item) => item.holdsBack.length > 0);
  return (
    <section class="kh-section" aria-labelledby="sb-verschil" data-disagree={analysis.disagree.join(' ')}>
      <h2 id="sb-verschil">Waar de gemeenten verschillen</h2>
      {analysis.disagree.length === 0 ? (
        <p>
          {analysis.sets.length < 2
            ? 'Met één gemeente is er nog niets te vergelijken.'
            : 'Op elke vraag die ze beantwoordden, geven de gemeenten hetzelfde antwoord.'}
        </p>
      ) : (
        <>
          {holding && (
            <p>
              Zo komt iedereen mee: bespreek deze vragen samen. Wie al verder staat, vertelt wat daarvoor nodig was. Wie
              nog twijfelt, zegt wat ze nodig heeft: tijd, middelen, een proefperiode of een afspraak in stappen. Elke
              gemeente beslist zelf, met haar eigen redenen.
            </p>
          )}
          <ul class="sb-disagree">
            {analysis.disagree.map((question) => {
              // Strongest answer first: who is furthest along, then who is not there yet.
              const values = [...QUESTION_VALUES[question]].reverse() as string[];
              const groups = [...values, undefined]
                .map((value) => ({
                  value,
                  names: analysis.sets
                    .map((item, index) => (item.set.answers[question] === value ? names[index]! : null))
                    .filter((name): name is string => name !== null),
                }))
                .filter((group) => group.names.length > 0);
              return (
                <li key={question}>
                  <strong>{shortOf(model, question)}</strong>
                  <ul>
                    {groups.map((group) => (
                      <li key={String(group.value)}>
                        {valueWord(model, group.value)}: {listOf(group.names)}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
