// The region overview's state is its URL query (regio, one `g` per municipality). This hook
// parses it once per history entry, pushes a new entry on every change (so back and forward
// work and a shared link opens the same overview), and moves focus and the title once the
// change is drawn. Nothing is stored anywhere else.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cleanText } from '../../lib/keuzehulp/codec';
import { MAX_SETS, serialiseOverview, type AnswerSet, type OverviewProblem } from '../../lib/samen/codec';
import { readOverviewLocation } from '../../lib/samen/paste';

export interface OverviewState {
  regio: string;
  sets: AnswerSet[];
  problems: OverviewProblem[];
}

/** The overview in the current URL, and the label of a set that just came back from the keuzehulp. */
function readOverviewState(): OverviewState & { returned?: string | undefined } {
  const parsed = readOverviewLocation(location.search);
  return { regio: parsed.regio, sets: parsed.sets, problems: parsed.problems, returned: parsed.returned?.label };
}

const initialTitle = typeof document === 'undefined' ? '' : document.title;

/** `onHistoryMove` runs when the reader goes back or forward to another overview. */
export function useOverviewState(onHistoryMove: () => void) {
  const [initial] = useState(readOverviewState);
  const [state, setState] = useState<OverviewState>(initial);
  const focus = useRef<string | null>(null);

  useEffect(() => {
    const onPop = () => {
      setState(readOverviewState());
      onHistoryMove();
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useLayoutEffect(() => {
    document.title = `${state.regio ? `${state.regio}: ` : ''}${initialTitle}`;
    if (focus.current) {
      const target = document.getElementById(focus.current);
      focus.current = null;
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'start' });
    }
  });

  /** A new history entry with these sets (at most MAX_SETS); focus goes to `focusId` after drawing. */
  const change = (next: Pick<OverviewState, 'regio' | 'sets'>, focusId: string | null) => {
    const sets = next.sets.slice(0, MAX_SETS);
    const nextQuery = serialiseOverview({ regio: next.regio, sets });
    history.pushState(null, '', location.pathname + (nextQuery ? `?${nextQuery}` : ''));
    focus.current = focusId;
    setState({ regio: cleanText(next.regio), sets, problems: [] });
  };

  return { state, change, returned: initial.returned };
}
