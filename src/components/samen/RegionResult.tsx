// The region's result: the keuzehulp's own result (why, within reach, next step, advice) for
// the combined answers, marked provisional while answers are missing, with who still has to
// answer what. Carries the data-region-* attributes of docs/contracts/samen-beslissen.md.
import { listOf } from '../../lib/text';
import type { ComponentChildren } from 'preact';
import { ScenarioResult } from '../keuzehulp/ScenarioResult';
import type { OverviewAnalysis } from '../../lib/samen/analyse';
import type { QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel, Question } from '../../lib/keuzehulp/types';
import { plural, shortOf } from './words';

interface Props {
  model: KeuzehulpModel;
  questions: ReadonlyMap<QuestionId, Question>;
  analysis: OverviewAnalysis;
  /** Display name of each set, computed once. */
  names: string[];
  regio: string;
  date: string;
  /** The overview's link, printed so the report can be reopened. */
  link: string;
  disclaimer?: ComponentChildren;
}

export function RegionResult({ model, questions, analysis, names, regio, date, link, disclaimer }: Props) {
  const missing = analysis.sets
    .map((item, index) => ({ name: names[index]!, unanswered: item.unanswered }))
    .filter((item) => item.unanswered.length > 0);
  // Nobody answered yet: no verdict (the data's reference region alone would read as "no
  // scenario fits"), only what comes next.
  const nobodyAnswered = analysis.sets.every((item) => item.unanswered.length === 12);

  return (
    <section
      class="sb-result"
      aria-labelledby="kh-kop"
      data-region-scenario={String(analysis.scenario)}
      data-region-within-reach={String(analysis.withinReach)}
      data-region-complete={String(analysis.complete)}
    >
      <dl class="kh-meta">
        {regio && (
          <div>
            <dt>Regio</dt>
            <dd>{regio}</dd>
          </div>
        )}
        <div>
          <dt>Gemeenten</dt>
          <dd>{analysis.sets.length}</dd>
        </div>
        <div>
          <dt>Datum</dt>
          <dd>{date}</dd>
        </div>
        <div class="sb-print-only">
          <dt>Link</dt>
          <dd class="sb-print-link">{link}</dd>
        </div>
      </dl>
      {!analysis.complete && (
        <div class="box box--note sb-provisional">
          <p>
            <strong>Voorlopig resultaat.</strong> Nog niet elke gemeente heeft alle vragen beantwoord. Het resultaat
            komt uit de antwoorden die er al zijn. Wie nog moet antwoorden, houdt niets tegen: het resultaat kan nog
            veranderen.
          </p>
          <p>Nog in te vullen:</p>
          <ul>
            {missing.map((item, index) => (
              <li key={index}>
                <strong>{item.name}</strong>:{' '}
                {item.unanswered.length === 12
                  ? 'nog niets ingevuld'
                  : `${plural(item.unanswered.length, 'vraag', 'vragen')} (${listOf(item.unanswered.map((id) => shortOf(model, id).toLowerCase()))})`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {nobodyAnswered ? (
        <div class="box kh-verdict">
          <p class="kh-label">Resultaat</p>
          <h2 id="kh-kop" tabIndex={-1}>
            Nog geen antwoorden
          </h2>
          <p>
            Het resultaat volgt zodra de gemeenten antwoorden. Stuur elke gemeente haar link: je vindt ze hieronder, bij
            ‘Per gemeente’.
          </p>
        </div>
      ) : (
        <ScenarioResult
          model={model}
          questions={questions}
          answers={analysis.region}
          outcome={analysis.scenario}
          reach={analysis.withinReach}
          disclaimer={disclaimer}
          answeredOnly={!analysis.complete}
        />
      )}
    </section>
  );
}
