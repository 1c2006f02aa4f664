// The municipalities of the keuzehulp (`gemeenten`, docs/contracts/regio.md). The code and data that know
// them load only when the link names municipalities or the reader opens the picker. Once read,
// the link keeps only the valid codes and the referentieregio that follows from them, so a
// shared result link is complete (also for the region overview); what was left out is named.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answers } from '../../lib/keuzehulp/spec';
import { useModule } from './useModule';
import type { KeuzehulpState } from './useUrlState';

export interface Region {
  /** Valid NIS codes of today, sorted ascending; empty while loading or when none is chosen. */
  nis: string[];
  /** The answers with the referentieregio that follows from the municipalities. */
  answers: Answers;
  /** What was wrong with `gemeenten` in the opened link, in plain sentences. */
  problems: string[];
  clearProblems(): void;
  /** The link names municipalities and the code to read them is still on its way. */
  loading: boolean;
  failed: boolean;
  /** Replaces the chosen municipalities (null until the code is loaded). */
  choose: ((nis: readonly string[]) => void) | null;
}

type Go = (next: Partial<KeuzehulpState>, replace?: boolean) => void;

export function useRegion(state: KeuzehulpState, go: Go, wanted: boolean): Region {
  const { module: core, failed } = useModule(() => import('./region/core'), wanted || state.gemeenten !== '');
  const [problems, setProblems] = useState<string[]>([]);
  const parsed = useMemo(
    () => (core && state.gemeenten ? core.parseGemeenten(new URLSearchParams({ gemeenten: state.gemeenten })) : null),
    [core, state.gemeenten],
  );
  const nis = parsed?.nis ?? [];

  useEffect(() => {
    if (!core || !parsed) return;
    if (parsed.problems.length > 0) setProblems(parsed.problems.map(core.describeGemeentenProblem));
    const gemeenten = core.serialiseGemeenten(parsed.nis);
    const answers = core.withRegionAnswers(state.answers, parsed.nis);
    if (gemeenten !== state.gemeenten || answers.referentieregio !== state.answers.referentieregio)
      go({ gemeenten, answers }, true);
  }, [parsed]);

  return {
    nis,
    answers: core && nis.length > 0 ? core.withRegionAnswers(state.answers, nis) : state.answers,
    problems,
    clearProblems: () => setProblems([]),
    loading: state.gemeenten !== '' && !core && !failed,
    failed,
    choose: core
      ? (next) =>
          go(
            {
              gemeenten: core.serialiseGemeenten(next),
              answers: core.answersAfterRegionChange(state.answers, nis, next),
            },
            true,
          )
      : null,
  };
}
