// The result screen: the verdict and its two actions first, what to do next, why, the answers,
// for whom it is, start again. On paper it opens with PrintReport. Carries the contract's
// data-recommended-scenario and data-within-reach-scenario.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { cleanText } from '../../lib/keuzehulp/codec';
import { recommendScenario, withinReachScenario } from '../../lib/keuzehulp/rules';
import type { QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel, Question } from '../../lib/keuzehulp/types';
import type { qrCode } from '../../lib/qrCode';
import { SITE_NAME } from '../../lib/site';
import { AnswerSummary } from './AnswerSummary';
import { PrintReport } from './PrintReport';
import { ReportFields } from './ReportFields';
import { ScenarioResult } from './ScenarioResult';
import { ShareActions } from './ShareActions';
import { useModule } from './useModule';
import { hrefOf, queryOf, type KeuzehulpState } from './useUrlState';
import { ReturnToOverview } from '../samen/ReturnToOverview';

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
  go(next: Partial<KeuzehulpState>, replace?: boolean): void;
  onRestart(): void;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export function ResultView({ model, questions, state, disclaimer, share, nis, derived, decreet, go, onRestart }: Props) {
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

  // The QR code's code loads only when the reader prints or shares (budget: test/budgets.ts).
  const [encode, setEncode] = useState<{ qrCode: typeof qrCode } | null>(null);
  const qr = useMemo(() => encode?.qrCode(link) ?? null, [encode, link]);
  const prepare = async () => {
    if (!encode) {
      setEncode(await import('../../lib/qrCode'));
      await nextFrame();
    }
  };
  useEffect(() => {
    const onBeforePrint = () => void prepare().catch(() => {});
    addEventListener('beforeprint', onBeforePrint);
    return () => removeEventListener('beforeprint', onBeforePrint);
  }, [encode]);

  return (
    <div class="kh-result" data-recommended-scenario={String(outcome)} data-within-reach-scenario={String(reach)}>
      <PrintReport title={title} door={door} link={link} siteName={SITE_NAME} qr={qr} />
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
      <ReturnToOverview answersQuery={queryOf(state)} />
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
      <ReportFields intro={share} regio={state.regio} door={state.door} onText={(field, value) => go({ [field]: value }, true)} />
      <p class="kh-print-link">Volledige link naar dit resultaat: {link}</p>
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={onRestart}>
          Opnieuw beginnen
        </button>
      </p>
    </div>
  );
}
