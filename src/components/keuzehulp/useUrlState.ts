// The keuzehulp's state is the URL: the query holds the answers, regio and door, and
// history.state holds the view (intro, a step, the result), so back/forward move between steps
// and a reload lands where the reader was. The URL is parsed once here; this hook alone
// touches history. Nothing is stored anywhere else.
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseAnswers, serialiseAnswers, type UrlProblem } from '../../lib/keuzehulp/codec';
import type { Answers } from '../../lib/keuzehulp/spec';
import { keepReturn } from '../../lib/samen/links';
import { resolveView, type View } from '../../lib/keuzehulp/steps';

export interface KeuzehulpState {
  answers: Answers;
  regio: string;
  door: string;
  /** `gemeenten` as in the link (NIS codes, comma-separated); read and cleaned by useRegion. */
  gemeenten: string;
  view: View;
}

const rememberedView = (state: unknown): View | null =>
  (state && typeof state === 'object' ? (state as { kh?: View }).kh : null) ?? null;

/** Every `gemeenten` of a query (comma-separated or repeated, docs/contracts/regio.md), joined; at most 2,000 characters. */
function gemeentenOf(search: string): string {
  try {
    return new URLSearchParams(search).getAll('gemeenten').join(',').slice(0, 2000);
  } catch {
    return '';
  }
}

/** The state in the address bar, on top of what was known (a popstate may drop a parameter). */
function fromLocation(known: Partial<KeuzehulpState>, requested: View | null) {
  const parsed = parseAnswers(location.search);
  const answers = { ...known.answers, ...parsed.answers };
  const state: KeuzehulpState = {
    answers,
    regio: parsed.regio || known.regio || '',
    door: parsed.door || known.door || '',
    gemeenten: gemeentenOf(location.search) || known.gemeenten || '',
    view: resolveView(answers, requested),
  };
  return { state, problems: parsed.problems };
}

/** The query of a state (answers, regio, door, gemeenten), without the way back to an overview. */
export const queryOf = (state: Omit<KeuzehulpState, 'view'>) =>
  [serialiseAnswers(state), state.gemeenten && `gemeenten=${encodeURIComponent(state.gemeenten).replace(/%2C/g, ',')}`]
    .filter(Boolean)
    .join('&');

/** The keuzehulp's own address for a state: path plus query. */
export const hrefOf = (state: Omit<KeuzehulpState, 'view'>) => {
  // A keuzehulp opened from a region overview keeps its way back (`terug`, src/lib/samen/links.ts).
  const query = keepReturn(queryOf(state), location.search);
  return location.pathname + (query ? `?${query}` : '');
};

export function useUrlState() {
  const [initial] = useState(() => fromLocation({}, rememberedView(history.state)));
  const [state, setState] = useState(initial.state);
  const [problems, setProblems] = useState<UrlProblem[]>(initial.problems);
  /** Set when the reader moved (a new step, back, forward): the new screen takes focus. */
  const moved = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    history.replaceState({ kh: state.view }, '', hrefOf(state));
    const onPop = (event: PopStateEvent) => {
      const next = fromLocation(latest.current, rememberedView(event.state)).state;
      history.replaceState({ kh: next.view }, '', hrefOf(next));
      moved.current = true;
      setState(next);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  /** A new state: a history entry of its own, or (`replace`) an edit of this one, like typing a name. */
  const go = (next: Partial<KeuzehulpState>, replace = false) => {
    const merged = { ...latest.current, ...next };
    history[replace ? 'replaceState' : 'pushState']({ kh: merged.view }, '', hrefOf(merged));
    moved.current = !replace;
    setState(merged);
  };

  return { state, problems, clearProblems: () => setProblems([]), go, moved };
}
