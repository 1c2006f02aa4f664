// The recommendation and what follows from it: the verdict first (with the actions the caller
// puts under it), then what to do next, then why; advice and where to read more close it.
// The rules give ids and checks; the words come from the model.
import type { ComponentChildren } from 'preact';
import { adviceFor, nextStep, openPoints, why, type Check } from '../../lib/keuzehulp/rules';
import type { Answers, Outcome, QuestionId } from '../../lib/keuzehulp/spec';
import type { ConditionText, KeuzehulpModel, Question, ScenarioInfo } from '../../lib/keuzehulp/types';
import { lowerFirst } from '../../lib/text';
import { AdviceList } from './AdviceList';
import { ConditionTitle } from './ConditionTitle';
import { ReadMore } from './ReadMore';
import { Reasons } from './Reasons';
import { Rich } from './Rich';

interface Props {
  model: KeuzehulpModel;
  questions: ReadonlyMap<QuestionId, Question>;
  answers: Answers;
  outcome: Outcome;
  reach: Outcome;
  disclaimer?: ComponentChildren;
  /** Above the verdict: "Advies voor <regio>" or "Resultaat". */
  label?: string;
  /** Shown right under the verdict (copy link, print). */
  actions?: ComponentChildren;
  /**
   * The region overview while municipalities still answer: next steps only about answers given;
   * a condition on which no answer was given yet is waiting, not missing.
   */
  answeredOnly?: boolean;
  /** For whom the verdict is: "jullie regio", or "de antwoorden van jouw gemeente" (one municipality). */
  whom?: string;
}

// "(scenario 1)" never wraps inside: a no-break space between the word and its number.
export const scenarioName = (scenario: ScenarioInfo | undefined) =>
  scenario ? `${lowerFirst(scenario.name)} (scenario\u00a0${scenario.id})` : '';

export const verdictOf = (scenario: ScenarioInfo | undefined, whom = 'jullie regio') =>
  scenario
    ? `${scenario.name} (scenario\u00a0${scenario.id}) past het best bij ${whom}.`
    : 'Er past nog geen scenario. Eerst zijn er een paar gedeelde afspraken nodig.';

const StepList = ({ checks }: { checks: Check<ConditionText>[] }) => (
  <ol class="kh-steps">
    {checks.map((check) => (
      <li key={check.condition.id}>
        <ConditionTitle check={check} />
        <br />
        <Rich text={check.condition.todo} />
      </li>
    ))}
  </ol>
);

export function ScenarioResult({
  model,
  questions,
  answers,
  outcome,
  reach,
  disclaimer,
  label = 'Resultaat',
  actions,
  answeredOnly = false,
  whom,
}: Props) {
  const given = (item: Check<ConditionText>) =>
    !answeredOnly || item.condition.anyOf.some((clause) => answers[clause.question] !== undefined);
  const scenarioOf = (id: Outcome | undefined) => model.scenarios.find((scenario) => scenario.id === id);
  const scenario = scenarioOf(outcome);
  const reachScenario = reach !== outcome ? scenarioOf(reach) : undefined;
  const open = openPoints(answers, model.conditions).filter(given);
  const next = nextStep(answers, model.conditions);
  const missing = next?.missing.filter(given) ?? [];
  const waiting = next?.missing.filter((item) => !given(item)) ?? [];
  const nextScenario = scenarioOf(next?.scenario);
  const advice = adviceFor(outcome, answers).flatMap((id) => model.advice.filter((item) => item.id === id));

  return (
    <>
      <div class="box kh-verdict">
        <p class="kh-label">{label}</p>
        <h2 id="kh-kop" tabIndex={-1}>
          {verdictOf(scenario, whom)}
        </h2>
        {actions}
        <p>
          {scenario?.summary ??
            'Dat is geen oordeel over jullie regio. Elke vorm van regionale samenwerking begint met dezelfde basisafspraken. Hieronder staat wat er nog ontbreekt. Zijn die afspraken er, dan past minstens de minimale samenwerking.'}
        </p>
        {disclaimer}
      </div>

      {/* Within reach already lists every open point with what to do; the next step would repeat it. */}
      {reachScenario ? (
        <section class="kh-section kh-next" aria-labelledby="kh-bereik">
          <h3 id="kh-bereik">Binnen bereik: {scenarioName(reachScenario)}</h3>
          <p>
            Als jullie {open.length === 1 ? 'dit open punt' : 'deze open punten'} afspreken, past{' '}
            {scenarioName(reachScenario)}:
          </p>
          <StepList checks={open} />
        </section>
      ) : (
        next &&
        nextScenario &&
        missing.length + waiting.length > 0 && (
          <section class="kh-section kh-next" aria-labelledby="kh-volgende">
            <h3 id="kh-volgende">
              {scenario ? `Volgende stap: naar ${scenarioName(nextScenario)}` : 'Eerste stappen'}
            </h3>
            {missing.length > 0 && (
              <>
                <p>
                  {scenario
                    ? `Willen jullie verder samenwerken? Dit ontbreekt nog voor ${scenarioName(nextScenario)}:`
                    : `Begin met wat nog ontbreekt voor ${scenarioName(nextScenario)}:`}
                </p>
                <StepList checks={missing} />
              </>
            )}
            {waiting.length > 0 && (
              <p data-waiting={waiting.map((item) => item.condition.id).join(' ')}>
                Nog niemand antwoordde op {waiting.length === 1 ? 'deze voorwaarde' : 'deze voorwaarden'}:{' '}
                {waiting.map((item) => lowerFirst(item.condition.title)).join(', ')}. Daarover zegt het overzicht pas
                iets als de gemeenten geantwoord hebben.
              </p>
            )}
          </section>
        )
      )}

      <Reasons
        checks={why(answers, model.conditions)}
        questions={questions}
        answers={answers}
        scenario={scenarioName(scenario)}
      />
      <AdviceList advice={advice} />
      <ReadMore scenario={scenario} first={model.scenarios[0]} />
    </>
  );
}
