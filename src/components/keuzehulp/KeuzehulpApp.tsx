// The keuzehulp island: routing between the introduction, one question per step and the
// result. State and history live in useUrlState; each screen is its own component.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { afterStep, beforeStep, firstOpenStep, progressLabel } from '../../lib/keuzehulp/steps';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { QuestionStep } from './QuestionStep';
import { ResultView } from './ResultView';
import { UrlNotice } from './UrlNotice';
import { useUrlState } from './useUrlState';
import { cleanText } from '../../lib/keuzehulp/codec';
import { ForOneMunicipality } from '../samen/ReturnToOverview';

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
  const { answers, view } = state;
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
      <ForOneMunicipality door={cleanText(state.door)} />

      {view.name === 'intro' && (
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

      {view.name === 'step' && question && (
        <QuestionStep
          key={`${view.step}-${String(answers[question.id])}`}
          question={question}
          answer={answers[question.id]}
          progress={progressLabel(view.step)}
          title={title(progressLabel(view.step))}
          submitLabel={view.back === 'result' || view.step === model.questions.length - 1 ? 'Naar het resultaat' : 'Verder'}
          onSubmit={(value) => {
            const next = { ...answers, [question.id]: value };
            clearProblems();
            go({ answers: next, view: afterStep(next, view) });
          }}
          onBack={() => go({ view: beforeStep(view) })}
        />
      )}

      {view.name === 'result' && (
        <ResultView
          model={model}
          questions={questions}
          state={state}
          disclaimer={disclaimer}
          share={share}
          go={go}
          onRestart={() => {
            clearProblems();
            go({ answers: {}, regio: '', door: '', view: { name: 'intro' } });
          }}
        />
      )}
    </div>
  );
}
