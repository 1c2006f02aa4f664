// The result: the recommendation in one sentence, why, what is within reach, the next step,
// the advice with its sources, and where to read more.
import type { ComponentChildren } from 'preact';
import type { ConditionCheck, Recommendation } from '../../lib/keuzehulp/engine';
import type { Answers } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel, ScenarioInfo } from '../../lib/keuzehulp/types';
import { url } from '../../lib/paths';
import { answerLabel } from './AnswerSummary';
import { Rich } from './Rich';

interface Props {
  model: KeuzehulpModel;
  result: Recommendation;
  answers: Answers;
  disclaimer?: ComponentChildren;
}

const scenarioName = (scenario: ScenarioInfo | undefined) =>
  scenario ? `${scenario.name.toLowerCase()} (scenario ${scenario.id})` : '';

function ConditionTitle({ check }: { check: ConditionCheck }) {
  const { condition } = check;
  return <strong>{condition.link ? <a href={url(condition.link)}>{condition.title}</a> : condition.title}</strong>;
}

export function ScenarioResult({ model, result, answers, disclaimer }: Props) {
  const find = (id: unknown) => model.scenarios.find((scenario) => scenario.id === id);
  const scenario = find(result.outcome);
  const reach = result.withinReach !== result.outcome ? find(result.withinReach) : undefined;
  const next = result.nextStep && find(result.nextStep.scenario);
  const question = (id: string) => model.questions.find((item) => item.id === id)!;

  return (
    <>
      <div class="box kh-verdict">
        <p class="kh-label">Resultaat</p>
        <h2 id="kh-kop" tabIndex={-1}>
          {result.text?.sentence}
        </h2>
        <p>{result.text?.text}</p>
        {disclaimer}
      </div>

      {result.reasons.length > 0 && (
        <section class="kh-section" aria-labelledby="kh-waarom">
          <h3 id="kh-waarom">Waarom dit scenario?</h3>
          <p>Jullie antwoorden voldoen aan elke voorwaarde van {scenarioName(scenario)}:</p>
          <ul class="kh-checks">
            {result.reasons.map((check) => {
              const met = check.met && question(check.met.question);
              return (
                <li key={check.condition.id}>
                  <ConditionTitle check={check} />
                  {met && (
                    <>
                      <br />
                      Jullie antwoord{check.condition.anyOf.length > 1 ? ` op ‘${met.short.toLowerCase()}’` : ''}:{' '}
                      {answerLabel(met, answers).toLowerCase()}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {reach && (
        <section class="kh-section" aria-labelledby="kh-bereik">
          <h3 id="kh-bereik">Binnen bereik: {reach.name.toLowerCase()}</h3>
          <p>
            Als jullie {result.openPoints.length === 1 ? 'dit open punt' : 'deze open punten'} afspreken, past{' '}
            {scenarioName(reach)}:
          </p>
          <ul>
            {result.openPoints.map((check) => (
              <li key={check.condition.id}>
                <ConditionTitle check={check} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {result.nextStep && next && (
        <section class="kh-section" aria-labelledby="kh-volgende">
          <h3 id="kh-volgende">{scenario ? `Volgende stap: naar ${scenarioName(next)}` : 'Eerste stappen'}</h3>
          <p>
            {scenario
              ? `Willen jullie verder samenwerken? Dit ontbreekt nog voor ${scenarioName(next)}:`
              : `Begin met wat nog ontbreekt voor ${scenarioName(next)}:`}
          </p>
          <ol class="kh-steps">
            {result.nextStep.missing.map((check) => (
              <li key={check.condition.id}>
                <ConditionTitle check={check} />
                <br />
                <Rich text={check.condition.todo} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {result.advice.length > 0 && (
        <section class="kh-section" aria-labelledby="kh-aandacht">
          <h3 id="kh-aandacht">Aandachtspunten</h3>
          <ul class="kh-advice">
            {result.advice.map((rule) => (
              <li key={rule.id}>
                <strong>{rule.title}</strong>
                <br />
                <Rich text={rule.text} />
                <br />
                <span class="kh-small">
                  Bron:{' '}
                  {rule.sources.map((source, index) => (
                    <span key={source.url}>
                      {index > 0 && '; '}
                      <a href={source.url}>{source.title}</a>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="kh-section no-print" aria-labelledby="kh-verder">
        <h3 id="kh-verder">Lees verder</h3>
        <ul>
          {(scenario ? [scenario] : model.scenarios.slice(0, 1)).map((item) => (
            <li key={item.id}>
              <a href={url(item.path)}>Alles over {scenarioName(item)}</a>
            </li>
          ))}
          {!scenario && (
            <li>
              <a href={url('/basis/')}>De vier basisafspraken van elke regio</a>
            </li>
          )}
          <li>
            <a href={url('/vergelijking/')}>De drie scenario’s naast elkaar</a>
          </li>
        </ul>
      </section>
    </>
  );
}
