// The result screen: who it is for, the recommendation, the answers, sharing, start again.
// Carries the contract's data-recommended-scenario and data-within-reach-scenario.
import type { ComponentChildren } from 'preact';
import { formatLocalDate } from '../../lib/dates';
import { cleanText, serialiseAnswers } from '../../lib/keuzehulp/codec';
import { recommendScenario, withinReachScenario } from '../../lib/keuzehulp/rules';
import type { QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel, Question } from '../../lib/keuzehulp/types';
import { AnswerSummary } from './AnswerSummary';
import { ScenarioResult } from './ScenarioResult';
import { ShareActions } from './ShareActions';
import { hrefOf, type KeuzehulpState } from './useUrlState';
import { ReturnToOverview } from '../samen/ReturnToOverview';

interface Props {
  model: KeuzehulpModel;
  questions: ReadonlyMap<QuestionId, Question>;
  state: KeuzehulpState;
  disclaimer?: ComponentChildren;
  share?: ComponentChildren;
  go(next: Partial<KeuzehulpState>, replace?: boolean): void;
  onRestart(): void;
}

export function ResultView({ model, questions, state, disclaimer, share, go, onRestart }: Props) {
  const { answers } = state;
  const outcome = recommendScenario(answers, model.conditions);
  const reach = withinReachScenario(answers, model.conditions);
  const href = hrefOf(state);
  const link = location.origin + href;
  const regio = cleanText(state.regio);
  const door = cleanText(state.door);

  return (
    <div class="kh-result" data-recommended-scenario={String(outcome)} data-within-reach-scenario={String(reach)}>
      <dl class="kh-meta">
        {regio && (
          <div>
            <dt>Regio</dt>
            <dd>{regio}</dd>
          </div>
        )}
        {door && (
          <div>
            <dt>Ingevuld door</dt>
            <dd>{door}</dd>
          </div>
        )}
        <div class="kh-print-only">
          <dt>Datum</dt>
          <dd>{formatLocalDate(new Date())}</dd>
        </div>
        <div class="kh-print-only">
          <dt>Link</dt>
          <dd class="kh-link">{link}</dd>
        </div>
      </dl>
      <ScenarioResult model={model} questions={questions} answers={answers} outcome={outcome} reach={reach} disclaimer={disclaimer} />
      <ReturnToOverview answersQuery={serialiseAnswers(state)} />
      <AnswerSummary
        questions={model.questions}
        answers={answers}
        href={href}
        onChange={(id) => go({ view: { name: 'step', step: model.questions.findIndex((question) => question.id === id), back: 'result' } })}
      />
      <ShareActions
        intro={share}
        regio={state.regio}
        door={state.door}
        link={link}
        onText={(field, value) => go({ [field]: value }, true)}
      />
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={onRestart}>
          Opnieuw beginnen
        </button>
      </p>
    </div>
  );
}
