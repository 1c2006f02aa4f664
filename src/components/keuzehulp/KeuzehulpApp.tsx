// The keuzehulp island: routing between the introduction, one question per step and the
// result. State and history live in useUrlState; each screen is its own component.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { QUESTION_IDS, type QuestionId } from '../../lib/keuzehulp/spec';
import { afterStep, beforeStep, firstOpenStep, progressLabel, resolveView } from '../../lib/keuzehulp/steps';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { useModule } from './useModule';
import { useRegion } from './useRegion';
import { useUrlState } from './useUrlState';
import { cleanText } from '../../lib/keuzehulp/codec';
import { RETURN_PARAM } from '../../lib/samen/links';

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
const prefetchStep = () => void import('./QuestionStep').catch(() => {});

export default function KeuzehulpApp({ model, titleSuffix, intro, disclaimer, share, gemeenten, decreet }: Props) {
  const { state, problems, clearProblems: clearUrlProblems, go, moved } = useUrlState();
  const questions = useMemo(() => new Map(model.questions.map((question) => [question.id, question])), [model]);
  const [pickerOpened, setPickerOpened] = useState(false);
  const region = useRegion(state, go, pickerOpened);
  const clearProblems = () => {
    clearUrlProblems();
    region.clearProblems();
  };
  // With municipalities chosen, the data answers the reference-region question (docs/contracts/regio.md).
  const { answers } = region;
  const derived: QuestionId[] = region.nis.length > 0 ? ['referentieregio'] : [];
  const view =
    state.view.name === 'step' && derived.includes(QUESTION_IDS[state.view.step])
      ? resolveView(answers, null)
      : state.view;
  const question = view.name === 'step' ? model.questions[view.step] : undefined;
  const lastStep = QUESTION_IDS.findLastIndex((id) => !derived.includes(id));
  const title = (page: string) => `${page} – Keuzehulp${titleSuffix}`;
  // The code of a question step and of the result loads with the first screen that needs it,
  // so a reader who opens a result never loads the steps, and the other way round (budget).
  const ready = !region.loading;
  const QuestionStep = useModule(() => import('./QuestionStep'), ready && view.name === 'step').module?.QuestionStep;
  const ResultView = useModule(() => import('./ResultView'), ready && view.name === 'result').module?.ResultView;
  const RegionChoice = useModule(() => import('./RegionChoice'), ready && view.name === 'intro').module?.RegionChoice;
  // Only a link that was not understood needs the notice; only a link from a region overview its note.
  const UrlNotice = useModule(() => import('./UrlNotice'), problems.length + region.problems.length > 0).module
    ?.UrlNotice;
  const overview = useModule(
    () => import('../samen/ReturnToOverview'),
    new URLSearchParams(location.search).has(RETURN_PARAM),
  ).module;

  // Title and focus after every change of view, before the browser paints it, so the title
  // never lags behind the screen. The step sets its own title (it may show an error).
  useLayoutEffect(() => {
    if (view.name !== 'step') document.title = view.name === 'result' ? title('Resultaat') : initialTitle;
    const heading = document.getElementById('kh-kop');
    // No heading yet: the screen's code is still loading; this runs again when it is there.
    if (moved.current && heading) {
      moved.current = false;
      // Focus the new heading, and show the top of the keuzehulp ("Vraag x van y" included).
      heading.focus({ preventScroll: true });
      heading.closest('.kh-app')?.scrollIntoView();
    }
  }, [state, QuestionStep, ResultView]);

  return (
    <div class="kh-app">
      {UrlNotice && (
        <UrlNotice
          problems={problems}
          gemeenten={region.problems}
          questions={questions}
          answered={Object.keys(answers).length}
        />
      )}
      {overview && <overview.ForOneMunicipality door={cleanText(state.door)} />}

      {region.loading && <p class="kh-label">De gemeenten worden geladen…</p>}

      {!region.loading && view.name === 'intro' && (
        <div class="kh-intro">
          <h2 id="kh-kop" tabIndex={-1}>
            Zo werkt de keuzehulp
          </h2>
          {intro}
          {RegionChoice && (
            <RegionChoice
              region={region}
              open={pickerOpened || state.gemeenten !== ''}
              opened={pickerOpened}
              onOpen={() => setPickerOpened(true)}
              onChoose={(nis) => {
                setPickerOpened(true);
                region.choose?.(nis);
              }}
              why={gemeenten}
            />
          )}
          <button
            type="button"
            class="button"
            // The first question's code starts loading when the reader heads for the button.
            onFocus={prefetchStep}
            onPointerEnter={prefetchStep}
            onClick={() => {
              const open = firstOpenStep(answers);
              go({ view: open === -1 ? { name: 'result' } : { name: 'step', step: open } });
            }}
          >
            Start de keuzehulp
          </button>
        </div>
      )}

      {!region.loading && view.name === 'step' && question && QuestionStep && (
        <QuestionStep
          key={`${view.step}-${String(answers[question.id])}`}
          question={question}
          answer={answers[question.id]}
          progress={progressLabel(view.step, derived)}
          title={title(progressLabel(view.step, derived))}
          submitLabel={view.back === 'result' || view.step === lastStep ? 'Naar het resultaat' : 'Verder'}
          onSubmit={(value) => {
            const next = { ...answers, [question.id]: value };
            clearProblems();
            go({ answers: next, view: afterStep(next, view) });
          }}
          onBack={() => go({ view: beforeStep(view) })}
        />
      )}

      {!region.loading && view.name === 'result' && ResultView && (
        <ResultView
          model={model}
          questions={questions}
          state={{ ...state, answers }}
          nis={region.nis}
          returnToOverview={overview?.ReturnToOverview}
          derived={derived}
          decreet={decreet}
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
