// The region overview island: its state is the link (useLinkState, src/lib/link/); this
// component derives the analysis from it and lays out the parts. Answers a municipality brings
// back from the keuzehulp (`antwoord`) are merged in where they are read. Nothing leaves the page.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import type { Costs } from '../../lib/dossier/costs';
import { keuzehulpQuery, overviewQuery, type AnswerSet, type ParsedLink } from '../../lib/link/link';
import { municipalityOfCode, municipalityOfLabel, referenceRegionOfLabel } from '../../lib/link/municipality';
import { pasteLinks, type PasteReport } from '../../lib/link/paste';
import { cleanText } from '../../lib/link/text';
import { url } from '../../lib/paths';
import { analyseOverview } from '../../lib/samen/analyse';
import { decisionOf } from '../../lib/samen/decision';
import { municipalityByNis, referenceRegionByCode } from '../../lib/regio/data';
import { CostArea } from '../dossier/CostArea';
import { DossierSection } from '../dossier/DossierSection';
import { useLinkState } from '../link/useLinkState';
import { useCopy } from '../shared/useCopy';
import { AnswerSets } from './AnswerSets';
import { AnswerTable } from './AnswerTable';
import { Disagreements } from './Disagreements';
import { PasteLinks } from './PasteLinks';
import { RegionName } from './RegionName';
import { RegionResult } from './RegionResult';
import { ShareOverview } from './ShareOverview';
import { StartForm } from './StartForm';
import { nameOf, pasteStatus } from './words';
import { useModule } from '../keuzehulp/useModule';
import { SITE_NAME } from '../../lib/site';

interface Props {
  model: KeuzehulpModel;
  /** Static text from the page (slots), kept out of the JavaScript. */
  share?: ComponentChildren;
  disclaimer?: ComponentChildren;
  /** The regiodossier's intros: Kosten verdelen, and the document. */
  kosten?: ComponentChildren;
  dossier?: ComponentChildren;
}

const today = () => new Date().toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });
const initialTitle = typeof document === 'undefined' ? '' : document.title;

/** The overview's sets with the answers brought back from a municipality's keuzehulp, and whose they are. */
function withReturned(link: ParsedLink): { sets: AnswerSet[]; returned?: string | undefined } {
  if (!link.antwoord) return { sets: link.sets };
  const { sets, report } = pasteLinks(link.sets, `/keuzehulp/?${link.antwoord}`);
  return { sets, returned: [...report.added, ...report.updated, ...report.unchanged][0] };
}

export default function SamenApp({ model, share, disclaimer, kosten, dossier }: Props) {
  // Which link was copied: the overview's, or one municipality's (by index).
  const { copied, copy, reset: resetCopied } = useCopy<'overview' | number>();
  const { link, go } = useLinkState(overviewQuery);
  const { sets, returned } = useMemo(() => withReturned(link), [link]);
  const regio = link.regio;
  // What the last paste did, for the link state it made (gone after Back or any other change).
  const [pasted, setPasted] = useState<{ link: ParsedLink; report: PasteReport } | null>(null);
  const focus = useRef<string | null>(null);

  const decision = useMemo(() => decisionOf(model), [model]);
  const questions = useMemo(() => new Map(model.questions.map((question) => [question.id, question])), [model]);
  const shortOf = (id: QuestionId) => questions.get(id)?.short ?? id;
  const analysis = useMemo(() => analyseOverview(sets, decision, referenceRegionOfLabel), [sets, decision]);
  const names = useMemo(() => sets.map((set, index) => nameOf(set, index)), [sets]);
  const query = overviewQuery({ regio, sets, costs: link.costs });
  // The regiodossier's municipalities: inhabitants only for a label that is a NIS code (specs: regiodossier).
  const dossierMunicipalities = useMemo(
    () =>
      sets.map((set, index) => {
        const known = municipalityOfCode(cleanText(set.label));
        const data = known && municipalityByNis(known.nis);
        return {
          label: set.label,
          name: names[index]!,
          nis: known?.nis,
          inhabitants: data?.inhabitants,
          referenceRegion: known && referenceRegionByCode(known.region)?.name,
        };
      }),
    [sets, names],
  );
  const href = location.pathname + (query ? `?${query}` : '');
  const links = sets.map((set) => {
    const known = municipalityOfLabel(set.label);
    return `${url('keuzehulp/')}?${keuzehulpQuery({
      answers: set.answers,
      regio,
      door: set.label,
      gemeenten: known ? [known.nis] : [],
      terug: query,
    })}`;
  });

  useLayoutEffect(() => {
    document.title = `${cleanText(regio) ? `${cleanText(regio)}: ` : ''}${initialTitle}`;
    if (focus.current) {
      const target = document.getElementById(focus.current);
      focus.current = null;
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'start' });
    }
  });

  /** A new history entry (Back undoes it); focus goes to `focusId` once it is drawn. */
  const change = (next: { regio?: string; sets?: AnswerSet[]; costs?: Costs }, focusId: string | null) => {
    resetCopied();
    focus.current = focusId;
    return go({ regio, sets, ...next, antwoord: null });
  };

  const nameAt = (index: number) => names[index] ?? `gemeente ${index + 1}`;
  // The printout's head with its QR code: in the page right after the overview shows, so the
  // browser's own print has it too (a document export, outside the overview's byte budget).
  const Report = useModule(() => import('./OverviewReport'), sets.length > 0).module?.OverviewReport;
  // What a link or a paste got wrong: only such a link loads the notice's words, as on the
  // keuzehulp and /regio/ (the paste's own counts show at once; its reasons follow).
  const pasteProblems = pasted?.link === link ? pasted.report.problems : [];
  const notices = useModule(
    () => import('../link/LinkProblems'),
    link.problems.length > 0 || pasteProblems.length > 0,
  ).module;

  return (
    <div class="sb-app">
      {notices && <notices.LinkProblems problems={link.problems} shortOf={shortOf} nameOfSet={nameAt} />}
      {returned !== undefined && pasted === null && (
        <p class="box box--note no-print" role="status">
          De antwoorden van {nameOf({ label: returned, answers: {} }, 0)} staan nu in het overzicht.
        </p>
      )}
      {sets.length === 0 ? (
        <StartForm
          regio={regio}
          onStart={(name, labels) =>
            change({ regio: name, sets: labels.map((label) => ({ label, answers: {} })) }, 'kh-kop')
          }
        />
      ) : (
        <>
          {Report && (
            <Report
              title={cleanText(regio) || 'Regio-overzicht UiTPAS'}
              names={names}
              date={today()}
              link={location.origin + href}
              siteName={SITE_NAME}
            />
          )}
          <RegionName regio={regio} onChange={(name) => go({ regio: name }, { replace: true })} />
          <RegionResult
            model={model}
            questions={questions}
            analysis={analysis}
            names={names}
            regio={cleanText(regio)}
            date={today()}
            link={location.origin + href}
            disclaimer={disclaimer}
          />
          <AnswerTable model={model} analysis={analysis} names={names} />
          <Disagreements model={model} analysis={analysis} names={names} />
          <CostArea
            intro={kosten}
            costs={link.costs}
            problems={link.problems.flatMap((problem) => (problem.kind === 'cost' ? [problem.problem] : []))}
            municipalities={dossierMunicipalities}
            onChange={(costs, replace) => go({ costs, antwoord: null }, { replace })}
          />
          <DossierSection
            intro={dossier}
            input={() => ({
              model,
              analysis,
              municipalities: dossierMunicipalities,
              regio: cleanText(regio),
              date: new Date(),
              link: location.origin + href,
              siteUrl: (path: string) => location.origin + url(path),
              costs: link.costs,
            })}
          />
          <AnswerSets
            model={model}
            analysis={analysis}
            names={names}
            links={links}
            copied={copied && typeof copied.key === 'number' ? { index: copied.key, ok: copied.ok } : null}
            onCopy={(index) => void copy(index, location.origin + links[index])}
            onRemove={(index) => change({ sets: sets.filter((_, i) => i !== index) }, 'sb-gemeenten')}
          />
        </>
      )}
      <PasteLinks
        onPaste={(text) => {
          const result = pasteLinks(sets, text);
          if (result.report.links === 0) return false;
          const next = change({ sets: result.sets }, sets.length === 0 ? 'kh-kop' : null);
          setPasted({ link: next, report: result.report });
          return true;
        }}
        status={pasted?.link === link ? pasteStatus(pasted.report) : ''}
        problems={
          notices
            ? pasteProblems.map(
                ({ link: number, label, problem }) =>
                  `Link ${number}: ${notices.problemSentences([problem], { shortOf, nameOfSet: () => nameOf({ label: label ?? '', answers: {} }, 0) }).join(' ')}`,
              )
            : []
        }
      />
      {sets.length > 0 && (
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
              onClick={() => change({ regio: '', sets: [], costs: { lines: [] } }, 'sb-start-titel')}
            >
              Begin een nieuw overzicht
            </button>
          </p>
        </>
      )}
    </div>
  );
}
