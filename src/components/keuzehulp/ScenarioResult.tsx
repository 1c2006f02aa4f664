// The recommendation in one sentence, why, what is within reach and the next step, then the
// advice and where to read more. The rules give ids and checks; the words come from the model.
import type { ComponentChildren } from 'preact';
import { adviceFor, nextStep, openPoints, why, type Check } from '../../lib/keuzehulp/rules';
import type { Answers, Outcome, QuestionId } from '../../lib/keuzehulp/spec';
import type { ConditionText, KeuzehulpModel, Question, ScenarioInfo } from '../../lib/keuzehulp/types';
import { url } from '../../lib/paths';
import { AdviceList } from './AdviceList';
import { answerLabel } from './AnswerSummary';
import { ReadMore } from './ReadMore';
import { Rich } from './Rich';

interface Props {
  model: KeuzehulpModel;
  questions: ReadonlyMap<QuestionId, Question>;
  answers: Answers;
  outcome: Outcome;
  reach: Outcome;
  disclaimer?: ComponentChildren;
}

export const scenarioName = (scenario: ScenarioInfo | undefined) =>
  scenario ? `${scenario.name.toLowerCase()} (scenario ${scenario.id})` : '';

const Title = ({ check: { condition } }: { check: Check<ConditionText> }) => (
  <strong>{condition.link ? <a href={url(condition.link)}>{condition.title}</a> : condition.title}</strong>
);

export function ScenarioResult({ model, questions, answers, outcome, reach, disclaimer }: Props) {
  const scenarioOf = (id: Outcome | undefined) => model.scenarios.find((scenario) => scenario.id === id);
  const scenario = scenarioOf(outcome);
  const reachScenario = reach !== outcome ? scenarioOf(reach) : undefined;
  const reasons = why(answers, model.conditions);
  const open = openPoints(answers, model.conditions);
  const next = nextStep(answers, model.conditions);
  const nextScenario = scenarioOf(next?.scenario);
  const advice = adviceFor(outcome, answers).flatMap((id) => model.advice.filter((item) => item.id === id));

  return (
    <>
      <div class="box kh-verdict">
        <p class="kh-label">Resultaat</p>
        <h2 id="kh-kop" tabIndex={-1}>
          {scenario
            ? `${scenario.name} (scenario ${scenario.id}) past het best bij jullie regio.`
            : 'Er past nog geen scenario. Eerst zijn er een paar gedeelde afspraken nodig.'}
        </h2>
        <p>
          {scenario?.summary ??
            'Dat is geen oordeel over jullie regio. Elke vorm van regionale samenwerking begint met dezelfde basisafspraken. Hieronder staat wat er nog ontbreekt. Zijn die afspraken er, dan past minstens de minimale samenwerking.'}
        </p>
        {disclaimer}
      </div>

      {reasons.length > 0 && (
        <section class="kh-section" aria-labelledby="kh-waarom">
          <h3 id="kh-waarom">Waarom dit scenario?</h3>
          <p>Jullie antwoorden voldoen aan elke voorwaarde van {scenarioName(scenario)}:</p>
          <ul class="kh-checks">
            {reasons.map((check) => {
              const met = check.met && questions.get(check.met.question);
              return (
                <li key={check.condition.id}>
                  <Title check={check} />
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

      {reachScenario && (
        <section class="kh-section" aria-labelledby="kh-bereik">
          <h3 id="kh-bereik">Binnen bereik: {reachScenario.name.toLowerCase()}</h3>
          <p>
            Als jullie {open.length === 1 ? 'dit open punt' : 'deze open punten'} afspreken, past {scenarioName(reachScenario)}:
          </p>
          <ul>
            {open.map((check) => (
              <li key={check.condition.id}>
                <Title check={check} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {next && nextScenario && (
        <section class="kh-section" aria-labelledby="kh-volgende">
          <h3 id="kh-volgende">{scenario ? `Volgende stap: naar ${scenarioName(nextScenario)}` : 'Eerste stappen'}</h3>
          <p>
            {scenario
              ? `Willen jullie verder samenwerken? Dit ontbreekt nog voor ${scenarioName(nextScenario)}:`
              : `Begin met wat nog ontbreekt voor ${scenarioName(nextScenario)}:`}
          </p>
          <ol class="kh-steps">
            {next.missing.map((check) => (
              <li key={check.condition.id}>
                <Title check={check} />
                <br />
                <Rich text={check.condition.todo} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <AdviceList advice={advice} />
      <ReadMore scenario={scenario} first={model.scenarios[0]} />
    </>
  );
}
