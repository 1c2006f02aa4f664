// The region overview island: the overview's state lives in the URL (useOverviewState); this
// component derives the analysis from it and lays out the parts. Nothing leaves the page.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { cleanText } from '../../lib/keuzehulp/codec';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { url } from '../../lib/paths';
import { analyseOverview } from '../../lib/samen/analyse';
import { serialiseOverview } from '../../lib/samen/codec';
import { decisionOf } from '../../lib/samen/decision';
import { keuzehulpQuery } from '../../lib/samen/links';
import { municipalityLookup, type MunicipalityTable } from '../../lib/samen/municipalities';
import { mergeSets, type PastedLinks } from '../../lib/samen/paste';
import { AnswerSets } from './AnswerSets';
import { AnswerTable } from './AnswerTable';
import { Disagreements } from './Disagreements';
import { PasteLinks } from './PasteLinks';
import { Problems } from './Problems';
import { RegionResult } from './RegionResult';
import { ShareOverview } from './ShareOverview';
import { useCopy } from '../shared/useCopy';
import { StartForm } from './StartForm';
import { useOverviewState, type OverviewState } from './useOverviewState';
import { nameOf, pastedStatus } from './words';

interface Props {
  model: KeuzehulpModel;
  /** Flemish municipalities by NIS code, for labels that are one (built at build time). */
  municipalities: MunicipalityTable;
  /** Static text from the page (slots), kept out of the JavaScript. */
  share?: ComponentChildren;
  disclaimer?: ComponentChildren;
}

const today = () => new Date().toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });

export default function SamenApp({ model, municipalities, share, disclaimer }: Props) {
  // Which link was copied: the overview's, or one municipality's (by index).
  const { copied, copy, reset: resetCopied } = useCopy<'overview' | number>();
  const {
    state,
    change: changeState,
    returned,
  } = useOverviewState(() => {
    setStatus('');
    resetCopied();
  });
  const [status, setStatus] = useState(() =>
    returned !== undefined
      ? `De antwoorden van ${cleanText(returned) || 'de gemeente'} staan nu in het overzicht.`
      : '',
  );

  const decision = useMemo(() => decisionOf(model), [model]);
  const questions = useMemo(() => new Map(model.questions.map((question) => [question.id, question])), [model]);
  const lookup = useMemo(() => municipalityLookup(municipalities), [municipalities]);
  const analysis = useMemo(
    () => analyseOverview(state.sets, decision, lookup.referenceRegionOf),
    [state.sets, decision, lookup],
  );
  const names = useMemo(() => state.sets.map((set, index) => nameOf(set, index, lookup.nameOf)), [state.sets, lookup]);
  const query = serialiseOverview(state);
  const href = location.pathname + (query ? `?${query}` : '');
  const links = state.sets.map(
    (set) =>
      `${url('keuzehulp/')}?${keuzehulpQuery(set, state.regio, query, lookup.nameOf(set.label) ? set.label : undefined)}`,
  );

  const change = (next: Pick<OverviewState, 'regio' | 'sets'>, focusId: string | null) => {
    resetCopied();
    changeState(next, focusId);
  };

  const add = (pasted: PastedLinks) => {
    const merged = mergeSets(state.sets, pasted.sets);
    change({ regio: state.regio, sets: merged }, state.sets.length === 0 ? 'kh-kop' : null);
    setStatus(pastedStatus(state.sets, pasted, merged.length));
  };

  const nameAt = (index: number) => names[index] ?? `gemeente ${index + 1}`;

  return (
    <div class="sb-app">
      <Problems model={model} problems={state.problems} nameOf={nameAt} />
      {state.sets.length === 0 ? (
        <StartForm
          regio={state.regio}
          onStart={(regio, labels) =>
            change({ regio, sets: labels.map((label) => ({ label, answers: {} })) }, 'kh-kop')
          }
        />
      ) : (
        <>
          <RegionResult
            model={model}
            questions={questions}
            analysis={analysis}
            names={names}
            regio={state.regio}
            date={today()}
            link={location.origin + href}
            disclaimer={disclaimer}
          />
          <AnswerTable model={model} analysis={analysis} names={names} />
          <Disagreements model={model} analysis={analysis} names={names} />
          <AnswerSets
            model={model}
            analysis={analysis}
            names={names}
            links={links}
            copied={copied && typeof copied.key === 'number' ? { index: copied.key, ok: copied.ok } : null}
            onCopy={(index) => void copy(index, location.origin + links[index])}
            onRemove={(index) =>
              change({ regio: state.regio, sets: state.sets.filter((_, i) => i !== index) }, 'sb-gemeenten')
            }
          />
        </>
      )}
      <PasteLinks onAdd={add} status={status} />
      {state.sets.length > 0 && (
        <>
          <ShareOverview
            intro={share}
            copied={copied?.key === 'overview' ? copied : null}
            onCopy={() => void copy('overview', location.origin + href)}
          />
          <p class="no-print">
            <button
              type="button"
              class="button button--secondary"
              onClick={() => change({ regio: '', sets: [] }, 'sb-start-titel')}
            >
              Begin een nieuw overzicht
            </button>
          </p>
        </>
      )}
    </div>
  );
}
