// The keuzehulp island: routing between the introduction, one question per step and the
// result. The state is the link (useLinkState, src/lib/link/); the reference region that follows
// from the municipalities is computed here, where it is read, and never written back.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { forOneMunicipality } from '../../lib/keuzehulp/oneMunicipality';
import { withRegionAnswers } from '../../lib/keuzehulp/regionAnswers';
import { QUESTION_IDS, type QuestionId } from '../../lib/keuzehulp/spec';
import {
  afterStep,
  beforeStep,
  firstOpenStep,
  lastStep,
  progressLabel,
  resolveView,
  skippedQuestions,
  type View,
} from '../../lib/keuzehulp/steps';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { keuzehulpQuery, type ParsedLink } from '../../lib/link/link';
import { useLinkState } from '../link/useLinkState';
import { ForOneMunicipality } from '../samen/ReturnToOverview';
import { QuestionStep } from './QuestionStep';
import { RegionChoice } from './RegionChoice';
import { ResultView } from './ResultView';
import { useModule } from './useModule';

interface Props {
  model: KeuzehulpModel;
  /** Suffix of every title: " | <site name>". */
  titleSuffix: string;
  /** Static text rendered by the .astro wrapper (slots), kept out of the JavaScript. */
  intro?: ComponentChildren;
  disclaimer?: ComponentChildren;
  share?: ComponentChildren;
  /** What choosing municipalities does, and the culture decree's rule (static text, slots). */
  gemeenten?: ComponentChildren;
  decreet?: ComponentChildren;
}

const initialTitle = typeof document === 'undefined' ? '' : document.title;

/** Back and forward move between steps and keep every answer given (a step back is not an undo). */
const keepAnswers = (before: ParsedLink, after: ParsedLink): ParsedLink => ({
  ...after,
  answers: { ...before.answers, ...after.answers },
  regio: after.regio || before.regio,
  door: after.door || before.door,
});

export default function KeuzehulpApp({
  model: regional,
  titleSuffix,
  intro,
  disclaimer,
  share,
  gemeenten,
  decreet,
}: Props) {
  const { link, view: remembered, moved, go, settled } = useLinkState(keuzehulpQuery, keepAnswers);
  // Opened from a region overview (`terug`): one municipality answers for itself, and reads every
  // question (step, "Jouw antwoorden", printout) about its own municipality.
  const forOne = link.terug !== null;
  const model = useMemo(
    () =>
      forOne
        ? {
            ...regional,
            questions: regional.questions.map((question) => forOneMunicipality(question, link.answers[question.id])),
          }
        : regional,
    [regional, forOne, link.answers],
  );
  const questions = useMemo(() => new Map(model.questions.map((question) => [question.id, question])), [model]);
  const shortOf = (id: QuestionId) => questions.get(id)?.short ?? id;
  const skipped = skippedQuestions(link.gemeenten);
  const answers = withRegionAnswers(link.answers, link.gemeenten);
  const view = resolveView(answers, remembered, skipped);
  const question = view.name === 'step' ? model.questions[view.step] : undefined;
  const title = (page: string) => `${page} – Keuzehulp${titleSuffix}`;
  const show = (next: View, changes: Parameters<typeof go>[0] = {}) => go(changes, { view: next });
  // Only a link that was not understood needs its notice: it loads with such a link.
  const LinkProblems = useModule(() => import('../link/LinkProblems'), link.problems.length > 0).module?.LinkProblems;

  // Title and focus after every change of view, before the browser paints it, so the title
  // never lags behind the screen. The step sets its own title (it may show an error).
  useLayoutEffect(() => {
    if (view.name !== 'step') document.title = view.name === 'result' ? title('Resultaat') : initialTitle;
    const heading = document.getElementById('kh-kop');
    if (moved && heading) {
      settled();
      // Focus the new heading, and show the top of the keuzehulp ("Vraag x van y" included).
      heading.focus({ preventScroll: true });
      heading.closest('.kh-app')?.scrollIntoView();
    }
  });

  return (
    <div class="kh-app">
      {LinkProblems && (
        <LinkProblems problems={link.problems} shortOf={shortOf} answered={Object.keys(link.answers).length} />
      )}
      {link.terug !== null && <ForOneMunicipality door={link.door} />}

      {view.name === 'intro' && (
        <div class="kh-intro">
          <h2 id="kh-kop" tabIndex={-1}>
            Zo werkt de keuzehulp
          </h2>
          {intro}
          <RegionChoice
            nis={link.gemeenten}
            onChoose={(nis) => go({ gemeenten: [...nis] }, { replace: true })}
            why={gemeenten}
          />
          <button
            type="button"
            class="button"
            onClick={() => {
              const open = firstOpenStep(answers, skipped);
              show(open === -1 ? { name: 'result' } : { name: 'step', step: open });
            }}
          >
            Start de keuzehulp
          </button>
        </div>
      )}

      {view.name === 'step' && question && (
        <QuestionStep
          key={`${view.step}-${String(answers[question.id])}`}
          question={question}
          answer={answers[question.id]}
          progress={progressLabel(view.step, skipped)}
          title={title(progressLabel(view.step, skipped))}
          submitLabel={view.back === 'result' || view.step === lastStep(skipped) ? 'Naar het resultaat' : 'Verder'}
          onSubmit={(value) => {
            const next = { ...link.answers, [question.id]: value };
            show(afterStep(withRegionAnswers(next, link.gemeenten), view, skipped), { answers: next });
          }}
          onBack={() => show(beforeStep(view, skipped))}
        />
      )}

      {view.name === 'result' && (
        <ResultView
          model={model}
          questions={questions}
          link={link}
          answers={answers}
          derived={skipped}
          decreet={decreet}
          disclaimer={disclaimer}
          share={share}
          onText={(field, value) => go({ [field]: value }, { replace: true })}
          onChange={(id) =>
            show(
              skipped.includes(id)
                ? { name: 'intro' }
                : { name: 'step', step: QUESTION_IDS.indexOf(id), back: 'result' },
            )
          }
          onRestart={() =>
            show({ name: 'intro' }, { answers: {}, regio: '', door: '', gemeenten: [], terug: link.terug })
          }
        />
      )}
    </div>
  );
}
