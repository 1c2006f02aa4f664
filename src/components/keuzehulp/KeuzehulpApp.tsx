// The keuzehulp island: routing between the introduction, one question per step and the
// result. State and history live in useUrlState; each screen is its own component.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { QUESTION_IDS, type Answers } from '../../lib/keuzehulp/spec';
import { afterStep, beforeStep, firstOpenStep, progressLabel, resolveView } from '../../lib/keuzehulp/steps';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { QuestionStep } from './QuestionStep';
import { ResultView } from './ResultView';
import { UrlNotice } from './UrlNotice';
import { useRegion } from './useRegion';
import { useUrlState } from './useUrlState';

interface Props {
  model: KeuzehulpModel;
  /** Suffix of every title: " | <site name>". */
  titleSuffix: string;
  /** Static text rendered by the .astro wrapper (slots), kept out of the JavaScript. */
  intro?: ComponentChildren;
  disclaimer?: ComponentChildren;
  share?: ComponentChildren;
}

const initialTitle = typeof document === 'undefined' ? '' : document.title;

export default function KeuzehulpApp({ model, titleSuffix, intro, disclaimer, share }: Props) {
  const { state, problems, clearProblems, go, moved } = useUrlState();
  const questions = useMemo(() => new Map(model.questions.map((question) => [question.id, question])), [model]);
  const { region, loading } = useRegion(state.gemeenten);
  // With municipalities named, the reference-region answer follows from the data (specs/regio.md).
  const derive = (answers: Answers) => (region?.nis.length ? region.chunk.withRegionAnswers(answers, region.nis) : answers);
  const answers = derive(state.answers);
  const view =
    region?.nis.length && state.view.name === 'step' && QUESTION_IDS[state.view.step] === 'referentieregio'
      ? resolveView(answers, null)
      : state.view;
  const question = view.name === 'step' ? model.questions[view.step] : undefined;
  const title = (page: string) => `${page} – Keuzehulp${titleSuffix}`;

  // Title and focus after every change of view, before the browser paints it, so the title
  // never lags behind the screen. The step sets its own title (it may show an error).
  useLayoutEffect(() => {
    if (view.name !== 'step') document.title = view.name === 'result' ? title('Resultaat') : initialTitle;
    if (moved.current) {
      moved.current = false;
      // Focus the new heading, and show the top of the keuzehulp ("Vraag x van y" included).
      const heading = document.getElementById('kh-kop');
      heading?.focus({ preventScroll: true });
      heading?.closest('.kh-app')?.scrollIntoView();
    }
  }, [state]);

  return (
    <div class="kh-app">
      <UrlNotice problems={problems} questions={questions} answered={Object.keys(answers).length} />

      {loading && <p class="kh-label">De gemeenten worden geladen…</p>}

      {!loading && view.name === 'intro' && (
        <div class="kh-intro">
          <h2 id="kh-kop" tabIndex={-1}>
            Zo werkt de keuzehulp
          </h2>
          {intro}
          <button
            type="button"
            class="button"
            onClick={() => {
              const open = firstOpenStep(answers);
              go({ view: open === -1 ? { name: 'result' } : { name: 'step', step: open } });
            }}
          >
            Start de keuzehulp
          </button>
        </div>
      )}

      {!loading && view.name === 'step' && question && (
        <QuestionStep
          key={`${view.step}-${String(answers[question.id])}`}
          question={question}
          answer={answers[question.id]}
          progress={progressLabel(view.step)}
          title={title(progressLabel(view.step))}
          submitLabel={view.back === 'result' || view.step === model.questions.length - 1 ? 'Naar het resultaat' : 'Verder'}
          onSubmit={(value) => {
            const next = { ...state.answers, [question.id]: value };
            clearProblems();
            go({ answers: next, view: afterStep(derive(next), view) });
          }}
          onBack={() => go({ view: beforeStep(view) })}
        />
      )}

      {!loading && view.name === 'result' && (
        <ResultView
          model={model}
          questions={questions}
          state={{ ...state, answers }}
          region={region && <region.chunk.RegionSummary nis={region.nis} problems={region.problems} />}
          disclaimer={disclaimer}
          share={share}
          go={go}
          onRestart={() => {
            clearProblems();
            go({ answers: {}, regio: '', door: '', gemeenten: '', view: { name: 'intro' } });
          }}
        />
      )}
    </div>
  );
}
