// The keuzehulp island. The URL query is the state (answers, regio, door); the view (intro,
// a step, the result) lives in history.state so back/forward move between steps and a reload
// lands where the reader was. Nothing is stored anywhere else, nothing leaves the page.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cleanText, parseAnswers, serialiseAnswers, type UrlProblem } from '../../lib/keuzehulp/codec';
import { recommend } from '../../lib/keuzehulp/engine';
import type { Answers, QuestionId } from '../../lib/keuzehulp/spec';
import { afterStep, firstOpenStep, progressLabel, resolveView, stepsOf, unansweredOn, type View } from '../../lib/keuzehulp/steps';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import type { ComponentChildren } from 'preact';
import { AnswerSummary } from './AnswerSummary';
import { ErrorSummary } from './ErrorSummary';
import { QuestionStep } from './QuestionStep';
import { ScenarioResult } from './ScenarioResult';
import { ShareActions } from './ShareActions';
import { ForOneMunicipality, ReturnToOverview } from '../samen/ReturnToOverview';
import { keepReturn } from '../../lib/samen/links';

interface Props {
  model: KeuzehulpModel;
  /** Suffix of every title: " | <site name>". */
  titleSuffix: string;
  /** Static text rendered by the .astro wrapper (slots), kept out of the JavaScript. */
  intro?: ComponentChildren;
  disclaimer?: ComponentChildren;
  share?: ComponentChildren;
}

interface State {
  answers: Answers;
  regio: string;
  door: string;
  view: View;
}

const viewFromHistory = (): View | null => (history.state && typeof history.state === 'object' ? history.state.kh : null) ?? null;

function readLocation(remembered?: Partial<State>): State & { problems: UrlProblem[] } {
  const parsed = parseAnswers(location.search);
  const answers = { ...remembered?.answers, ...parsed.answers };
  return {
    answers,
    regio: parsed.regio || remembered?.regio || '',
    door: parsed.door || remembered?.door || '',
    view: { name: 'intro' },
    problems: parsed.problems,
  };
}

const hrefOf = (state: Pick<State, 'answers' | 'regio' | 'door'>) => {
  // keepReturn: a keuzehulp opened from a region overview keeps its way back (samen/).
  const query = keepReturn(serialiseAnswers(state), location.search);
  return location.pathname + (query ? `?${query}` : '');
};

export default function KeuzehulpApp({ model, titleSuffix, intro, disclaimer, share }: Props) {
  const steps = useMemo(() => stepsOf(model.questions), [model]);
  const [state, setState] = useState<State>(() => {
    const initial = readLocation();
    return { ...initial, view: resolveView(steps, initial.answers, viewFromHistory()) };
  });
  const [problems, setProblems] = useState<UrlProblem[]>(() => parseAnswers(location.search).problems);
  const [draft, setDraft] = useState<Answers>(state.answers);
  const [errors, setErrors] = useState<QuestionId[]>([]);
  const [attempt, setAttempt] = useState(0);
  const focusNext = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  const { answers, view } = state;

  // Record where we are, so a reload comes back here.
  useEffect(() => {
    history.replaceState({ kh: view }, '', hrefOf(state));
    const onPop = (event: PopStateEvent) => {
      const next = readLocation(latest.current);
      const nextView = resolveView(steps, next.answers, event.state?.kh ?? null);
      history.replaceState({ kh: nextView }, '', hrefOf(next));
      focusNext.current = true;
      setErrors([]);
      setDraft(next.answers);
      setState({ ...next, view: nextView });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const go = (next: Partial<State>, replace = false) => {
    const merged = { ...state, ...next };
    history[replace ? 'replaceState' : 'pushState']({ kh: merged.view }, '', hrefOf(merged));
    focusNext.current = !replace;
    setErrors([]);
    setDraft(merged.answers);
    setState(merged);
  };

  const step = view.name === 'step' ? steps[view.step] : undefined;
  const stepQuestions = step ? step.questions.map((id) => model.questions.find((question) => question.id === id)!) : [];
  const progress = step ? progressLabel(steps, view.name === 'step' ? view.step : 0) : '';
  const result = useMemo(() => (view.name === 'result' ? recommend(answers, model) : undefined), [view, answers, model]);

  // Title and focus after every change of view, before the browser paints it, so the
  // title never lags behind the step on screen.
  useLayoutEffect(() => {
    const base = `Keuzehulp${titleSuffix}`;
    const page = view.name === 'step' ? `${progress} – ${base}` : view.name === 'result' ? `Resultaat – ${base}` : null;
    document.title = (errors.length > 0 ? 'Fout: ' : '') + (page ?? initialTitle);
    if (focusNext.current && errors.length === 0) {
      focusNext.current = false;
      // Focus the new heading, and show the top of the keuzehulp ("Vraag x van y" included).
      const heading = document.getElementById('kh-kop');
      heading?.focus({ preventScroll: true });
      heading?.closest('.kh-app')?.scrollIntoView();
    }
  }, [view, errors]);

  const submitStep = () => {
    if (!step || view.name !== 'step') return;
    const missing = unansweredOn(step, draft);
    if (missing.length > 0) {
      setErrors(missing);
      setAttempt((count) => count + 1);
      return;
    }
    const nextAnswers = { ...answers };
    for (const id of step.questions) (nextAnswers as Record<string, string>)[id] = draft[id] as string;
    setProblems([]);
    go({ answers: nextAnswers, view: afterStep(steps, nextAnswers, view) });
  };

  const link = typeof location === 'undefined' ? '' : location.origin + hrefOf(state);
  const problemQuestions = problems.flatMap((problem) =>
    problem.kind === 'value' ? [model.questions.find((question) => question.id === problem.question)!.short] : [],
  );
  const tooLong = problems.some((problem) => problem.kind === 'length');
  const regio = cleanText(state.regio);
  const door = cleanText(state.door);

  return (
    <div class="kh-app">
      {(problemQuestions.length > 0 || tooLong) && (
        <div class="box box--note kh-notice">
          <p>
            <strong>Een deel van de link begrijpen we niet.</strong>
          </p>
          {problemQuestions.length > 0 && (
            <p>
              Het antwoord op {problemQuestions.length === 1 ? 'deze vraag' : 'deze vragen'} kunnen we niet lezen:{' '}
              {problemQuestions.join(', ').toLowerCase()}. Kies dat antwoord opnieuw. Je andere antwoorden staan er nog.
            </p>
          )}
          {tooLong && <p>Een naam in de link was langer dan 80 tekens. We tonen alleen het begin.</p>}
        </div>
      )}

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
              const open = firstOpenStep(steps, answers);
              go({ view: open === -1 ? { name: 'result' } : { name: 'step', step: open } });
            }}
          >
            Start de keuzehulp
          </button>
        </div>
      )}

      {step && view.name === 'step' && (
        <>
          {errors.length > 0 && (
            <ErrorSummary
              questions={errors.map((id) => model.questions.find((question) => question.id === id)!)}
              attempt={attempt}
            />
          )}
          <p class="kh-label">{progress}</p>
          <QuestionStep
            questions={stepQuestions}
            values={draft}
            errors={errors}
            submitLabel={view.back === 'result' || view.step === steps.length - 1 ? 'Naar het resultaat' : 'Verder'}
            onChange={(id, value) => {
              setDraft({ ...draft, [id]: value });
            }}
            onSubmit={submitStep}
            onBack={() => {
              const back: View =
                view.back === 'result'
                  ? { name: 'result' }
                  : view.step === 0
                    ? { name: 'intro' }
                    : { name: 'step', step: view.step - 1 };
              go({ view: back });
            }}
          />
        </>
      )}

      {result && (
        <div
          class="kh-result"
          data-recommended-scenario={String(result.outcome)}
          data-within-reach-scenario={String(result.withinReach)}
        >
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
              <dd>{new Date().toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' })}</dd>
            </div>
            <div class="kh-print-only">
              <dt>Link</dt>
              <dd class="kh-link">{link}</dd>
            </div>
          </dl>
          <ScenarioResult model={model} result={result} answers={answers} disclaimer={disclaimer} />
          <ReturnToOverview answersQuery={serialiseAnswers(state)} />
          <AnswerSummary
            questions={model.questions}
            answers={answers}
            href={hrefOf(state)}
            onChange={(id) =>
              go({ view: { name: 'step', step: steps.findIndex((item) => item.questions.includes(id)), back: 'result' } })
            }
          />
          <ShareActions
            intro={share}
            regio={state.regio}
            door={state.door}
            link={link}
            onText={(field, value) => go({ [field]: value }, true)}
          />
          <p class="no-print">
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setProblems([]);
                go({ answers: {}, regio: '', door: '', view: { name: 'intro' } });
              }}
            >
              Opnieuw beginnen
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

const initialTitle = typeof document === 'undefined' ? '' : document.title;
