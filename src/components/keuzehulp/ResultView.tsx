// The result screen: the verdict and its two actions first, what to do next, why, the answers,
// for whom it is, start again. On paper it opens with PrintReport. Carries the contract's
// data-recommended-scenario and data-within-reach-scenario.
import type { ComponentChildren } from 'preact';
import { cleanText } from '../../lib/keuzehulp/codec';
import { recommendScenario, withinReachScenario } from '../../lib/keuzehulp/rules';
import type { QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel, Question } from '../../lib/keuzehulp/types';
import { SITE_NAME } from '../../lib/site';
import { AnswerSummary } from './AnswerSummary';
import { ReportFields } from './ReportFields';
import { ScenarioResult } from './ScenarioResult';
import { ShareActions } from './ShareActions';
import { useModule } from './useModule';
import { hrefOf, queryOf, type KeuzehulpState } from './useUrlState';
import type { ReturnToOverview } from '../samen/ReturnToOverview';

interface Props {
  model: KeuzehulpModel;
  questions: ReadonlyMap<QuestionId, Question>;
  state: KeuzehulpState;
  disclaimer?: ComponentChildren;
  share?: ComponentChildren;
  /** The chosen municipalities (valid NIS codes), and the questions their data answered. */
  nis: readonly string[];
  derived: readonly QuestionId[];
  /** The culture decree's rule with its sources (static text), for the municipalities' section. */
  decreet?: ComponentChildren;
  /** The way back to the region overview, when the keuzehulp was opened from one (loaded then only). */
  returnToOverview?: typeof ReturnToOverview | undefined;
  go(next: Partial<KeuzehulpState>, replace?: boolean): void;
  onRestart(): void;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export function ResultView({
  model,
  questions,
  state,
  disclaimer,
  share,
  nis,
  derived,
  decreet,
  returnToOverview: Return,
  go,
  onRestart,
}: Props) {
  const { answers } = state;
  const outcome = recommendScenario(answers, model.conditions);
  const reach = withinReachScenario(answers, model.conditions);
  const href = hrefOf(state);
  const link = location.origin + href;
  const regio = cleanText(state.regio);
  const door = cleanText(state.door);
  // The municipalities' section and its map load only for a result that has municipalities.
  const region = useModule(() => import('./region/RegionSummary'), nis.length > 0).module;
  const title = regio ? `Advies voor ${regio}` : 'Advies over regionale samenwerking rond UiTPAS';

  // The printout's head (title, date, QR code) loads and is drawn with the result, so a print
  // from the browser's menu or Ctrl+P has it too. Its code stays off the keuzehulp's start and
  // questions (budget: test/budgets.ts).
  const Report = useModule(() => import('./PrintReport'), true).module?.PrintReport;
  const prepare = async () => {
    if (!Report) {
      await import('./PrintReport');
      await nextFrame();
    }
  };

  return (
    <div class="kh-result" data-recommended-scenario={String(outcome)} data-within-reach-scenario={String(reach)}>
      {Report && <Report title={title} door={door} link={link} siteName={SITE_NAME} />}
      <ScenarioResult
        model={model}
        questions={questions}
        answers={answers}
        outcome={outcome}
        reach={reach}
        disclaimer={disclaimer}
        label={(regio ? `Advies voor ${regio}` : 'Resultaat') + (door ? `, ingevuld door ${door}` : '')}
        actions={<ShareActions link={link} onPrepare={prepare} />}
      />
      {region && nis.length > 0 && <region.RegionSummary nis={nis} decreet={decreet} />}
      {Return && <Return answersQuery={queryOf(state)} />}
      <AnswerSummary
        questions={model.questions}
        answers={answers}
        derived={derived}
        href={href}
        onChange={(id) =>
          go({
            view: derived.includes(id)
              ? { name: 'intro' }
              : { name: 'step', step: model.questions.findIndex((question) => question.id === id), back: 'result' },
          })
        }
      />
      <ReportFields
        intro={share}
        regio={state.regio}
        door={state.door}
        onText={(field, value) => go({ [field]: value }, true)}
      />
      <p class="kh-print-link">Volledige link naar dit resultaat: {link}</p>
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={onRestart}>
          Opnieuw beginnen
        </button>
      </p>
    </div>
  );
}
