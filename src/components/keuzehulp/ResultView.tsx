// The result screen: the verdict and its two actions first, what to do next, why, the answers,
// for whom it is, start again. On paper it opens with PrintReport. Carries the contract's
// data-recommended-scenario and data-within-reach-scenario.
import type { ComponentChildren } from 'preact';
import { recommendScenario, withinReachScenario } from '../../lib/keuzehulp/rules';
import type { Answers, QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel, Question } from '../../lib/keuzehulp/types';
import { keuzehulpQuery, type LinkState } from '../../lib/link/link';
import { nameOfLabel } from '../../lib/link/municipality';
import { cleanText } from '../../lib/link/text';
import { SITE_NAME } from '../../lib/site';
import { ReturnToOverview } from '../samen/ReturnToOverview';
import { AnswerSummary } from './AnswerSummary';
import { PrintReport } from './PrintReport';
import { RegionSummary } from './region/RegionSummary';
import { ReportFields } from './ReportFields';
import { ScenarioResult } from './ScenarioResult';
import { ShareActions } from './ShareActions';

interface Props {
  model: KeuzehulpModel;
  questions: ReadonlyMap<QuestionId, Question>;
  link: LinkState;
  /** The answers with the reference region that follows from the municipalities. */
  answers: Answers;
  disclaimer?: ComponentChildren;
  share?: ComponentChildren;
  /** The questions the municipalities' data answered. */
  derived: readonly QuestionId[];
  /** The culture decree's rule with its sources (static text), for the municipalities' section. */
  decreet?: ComponentChildren;
  onText(field: 'regio' | 'door', value: string): void;
  onChange(question: QuestionId): void;
  onRestart(): void;
}

export function ResultView({
  model,
  questions,
  link: state,
  answers,
  disclaimer,
  share,
  derived,
  decreet,
  onText,
  onChange,
  onRestart,
}: Props) {
  const nis = state.gemeenten;
  const outcome = recommendScenario(answers, model.conditions);
  const reach = withinReachScenario(answers, model.conditions);
  // The link to share is complete on its own: with the reference region its municipalities give.
  const query = keuzehulpQuery({ ...state, answers });
  const href = location.pathname + (query ? `?${query}` : '');
  const link = location.origin + href;
  const regio = cleanText(state.regio);
  // A municipality's NIS code is shown by its name ("ingevuld door Eeklo").
  const door = nameOfLabel(state.door);
  const title = regio ? `Advies voor ${regio}` : 'Advies over regionale samenwerking rond UiTPAS';

  // The printout's head (title, date, QR code) is part of the result, so every way of printing
  // (the button, Ctrl+P, the browser's menu) finds it on the page, and nothing loads between the
  // last question and the result.
  return (
    <div class="kh-result" data-recommended-scenario={String(outcome)} data-within-reach-scenario={String(reach)}>
      <PrintReport title={title} door={door} link={link} siteName={SITE_NAME} />
      <ScenarioResult
        model={model}
        questions={questions}
        answers={answers}
        outcome={outcome}
        reach={reach}
        disclaimer={disclaimer}
        label={(regio ? `Advies voor ${regio}` : 'Resultaat') + (door ? `, ingevuld door ${door}` : '')}
        // One municipality answering for an overview reads about its own answers, not the region's.
        whom={state.terug !== null ? 'de antwoorden van jouw gemeente' : undefined}
        actions={
          <>
            <ShareActions link={link} />
            {/* A municipality answering for an overview: its way back, right under its verdict. */}
            {state.terug !== null && <ReturnToOverview link={{ ...state, answers }} />}
          </>
        }
      />
      {nis.length > 0 && <RegionSummary nis={nis} decreet={decreet} forOneMunicipality={state.terug !== null} />}
      <AnswerSummary questions={model.questions} answers={answers} derived={derived} href={href} onChange={onChange} />
      <ReportFields intro={share} regio={state.regio} door={state.door} onText={onText} />
      <p class="kh-print-link">Volledige link naar dit resultaat: {link}</p>
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={onRestart}>
          Opnieuw beginnen
        </button>
      </p>
    </div>
  );
}
