// "Kosten verdelen" on the region overview (docs/decisions/0016-regiodossier.md): the region's
// shared yearly cost lines and its key, typed by the coordinator, and per municipality its share.
// The lines and the key live in the overview's link (onChange writes them); what is typed but
// not valid stays in its field with what is wrong, and is left out of the link until it is.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cleanText } from '../../lib/link/text';
import { url } from '../../lib/paths';
import { costExamples, euro } from '../../lib/regio/costs';
import {
  COST_LABEL_MAX,
  costKeyParam,
  type CostKey,
  type CostLine,
  type CostProblem,
  type Costs,
} from '../../lib/dossier/costs';
import { readAmountInput } from '../../lib/dossier/amountInput';
import { equalPercentOf } from '../../lib/dossier/split';
import { costSummary } from '../../lib/dossier/summary';
import {
  amountRangeText,
  costProblemText,
  euroCents,
  keyName,
  keySentence,
  missingInhabitantsText,
} from '../../lib/dossier/words';

export interface CostMunicipality {
  /** The label exactly as in the link (data-share-label). */
  label: string;
  name: string;
  inhabitants?: number | undefined;
}

interface Props {
  costs: Costs;
  /** What the link's cost lines and key got wrong (named, left out). */
  problems: readonly CostProblem[];
  municipalities: CostMunicipality[];
  /** The coordinator just opened the section: the first field takes the focus. */
  focusFirst?: boolean;
  /** Writes the lines and key to the link: `replace` while typing, a new history entry otherwise. */
  onChange(next: Costs, replace: boolean): void;
}

interface Draft {
  label: string;
  amount: string;
}

type Checked = { line: CostLine } | { error: string | null };

const number = (value: number) => value.toLocaleString('nl-BE');
const draftOf = (line: CostLine): Draft => ({ label: line.label, amount: String(line.amount) });
const sameLines = (a: readonly CostLine[], b: readonly CostLine[]) =>
  a.length === b.length && a.every((line, i) => line.label === b[i]!.label && line.amount === b[i]!.amount);

function check(draft: Draft): Checked {
  const label = cleanText(draft.label);
  if (!label && !draft.amount.trim()) return { error: null };
  if (!label) return { error: 'Geef deze kostenpost een omschrijving.' };
  if (Array.from(label).length > COST_LABEL_MAX) {
    return { error: `De omschrijving mag hoogstens ${COST_LABEL_MAX} tekens lang zijn.` };
  }
  const amount = readAmountInput(draft.amount);
  if (amount === 'format') return { error: `Vul het bedrag in als een geheel aantal euro. ${amountRangeText}` };
  if (amount === 'range') return { error: amountRangeText };
  return { line: { label, amount } };
}

const validLines = (drafts: readonly Draft[]) =>
  drafts.flatMap((draft) => {
    const checked = check(draft);
    return 'line' in checked ? [checked.line] : [];
  });

const KEYS: { id: string; key: (percent: number) => CostKey; label: string }[] = [
  { id: 'inwoners', key: () => ({ kind: 'inwoners' }), label: 'Naar het aantal inwoners' },
  { id: 'gelijk', key: () => ({ kind: 'gelijk' }), label: 'In gelijke delen' },
  {
    id: 'mix',
    key: (percent) => ({ kind: 'mix', equalPercent: percent }),
    label: 'Gemengd: een deel in gelijke delen, de rest naar inwoners',
  },
];

export default function CostSection({ costs, problems, municipalities, focusFirst = false, onChange }: Props) {
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    costs.lines.length > 0 ? costs.lines.map(draftOf) : [{ label: '', amount: '' }],
  );
  const [percent, setPercent] = useState(() => (costs.key?.kind === 'mix' ? String(costs.key.equalPercent) : '50'));
  const focusId = useRef<string | null>(focusFirst ? 'kv-omschrijving-0' : null);

  // Back and forward bring other lines: show them, unless they are what the fields already hold.
  useEffect(() => {
    if (!sameLines(validLines(drafts), costs.lines)) {
      setDrafts(costs.lines.length > 0 ? costs.lines.map(draftOf) : [{ label: '', amount: '' }]);
    }
    if (costs.key?.kind === 'mix') setPercent(String(costs.key.equalPercent));
  }, [costs]);

  useLayoutEffect(() => {
    if (focusId.current) document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  });

  const summary = costSummary(costs, municipalities);
  const applied = summary.key;
  const chosenId = applied.kind;
  const percentValue = Number(percent);
  const percentOk = /^[0-9]{1,3}$/.test(percent.trim()) && percentValue <= 100;

  const write = (next: Draft[], replace: boolean) => {
    setDrafts(next);
    onChange({ lines: validLines(next), key: costs.key }, replace);
  };
  const edit = (index: number, field: keyof Draft, value: string) =>
    write(
      drafts.map((draft, i) => (i === index ? { ...draft, [field]: value } : draft)),
      true,
    );
  const add = () => {
    focusId.current = `kv-omschrijving-${drafts.length}`;
    setDrafts([...drafts, { label: '', amount: '' }]);
  };
  const remove = (index: number) => {
    const next = drafts.filter((_, i) => i !== index);
    focusId.current = next.length > 0 ? `kv-omschrijving-${Math.max(0, index - 1)}` : 'kv-toevoegen';
    write(next, false);
  };
  const chooseKey = (key: CostKey) => onChange({ lines: validLines(drafts), key }, false);

  const inhabitants = municipalities.reduce((sum, municipality) => sum + (municipality.inhabitants ?? 0), 0);
  const allKnown = municipalities.every((municipality) => municipality.inhabitants !== undefined);
  // What real regions paid (the decree's subsidy is not among them: /regio/ shows it apart).
  const examples = costExamples(inhabitants, municipalities.length);

  return (
    <section class="kh-section kv" aria-labelledby="kv-kop">
      <h2 id="kv-kop" tabIndex={-1}>
        Kosten verdelen
      </h2>
      <p>
        Zet hier de gedeelde kosten van de regio per jaar, en kies hoe de gemeenten ze delen. De bedragen zijn jullie
        eigen raming. Ze staan in de link van dit overzicht, net als de antwoorden.
      </p>
      {problems.length > 0 && (
        <div class="box box--note kv-problems">
          <p>
            <strong>Niet alles uit de link kon mee.</strong>
          </p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{costProblemText(problem, applied)}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="kv-layout">
        <div class="kv-inputs no-print">
          <fieldset class="kv-fieldset">
            <legend>Kostenposten per jaar</legend>
            <ol class="kv-lines">
              {drafts.map((draft, index) => {
                const checked = check(draft);
                const error = 'error' in checked ? checked.error : null;
                const errorId = `kv-fout-${index}`;
                return (
                  <li key={index} class="kv-line">
                    <div class="kv-field">
                      <label for={`kv-omschrijving-${index}`}>Omschrijving van kostenpost {index + 1}</label>
                      <input
                        id={`kv-omschrijving-${index}`}
                        type="text"
                        class="kh-input"
                        autocomplete="off"
                        maxLength={COST_LABEL_MAX}
                        value={draft.label}
                        onInput={(event) => edit(index, 'label', event.currentTarget.value)}
                      />
                    </div>
                    <div class="kv-field kv-field--amount">
                      <label for={`kv-bedrag-${index}`}>Bedrag per jaar, in euro</label>
                      <input
                        id={`kv-bedrag-${index}`}
                        type="text"
                        class="kh-input"
                        inputMode="numeric"
                        autocomplete="off"
                        value={draft.amount}
                        aria-invalid={error ? 'true' : undefined}
                        aria-describedby={error ? errorId : undefined}
                        onInput={(event) => edit(index, 'amount', event.currentTarget.value)}
                      />
                    </div>
                    <button type="button" class="sb-link-button" onClick={() => remove(index)}>
                      Verwijder {cleanText(draft.label) || `kostenpost ${index + 1}`}
                    </button>
                    {error && (
                      <p id={errorId} class="kv-error">
                        {error} Tot dan staat deze post niet in de link.
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
            <button id="kv-toevoegen" type="button" class="button button--secondary" onClick={add}>
              Kostenpost toevoegen
            </button>
          </fieldset>
          <fieldset class="kv-fieldset">
            <legend>Verdeelsleutel</legend>
            {KEYS.map((option) => (
              <div class="kv-choice" key={option.id}>
                <input
                  type="radio"
                  id={`kv-sleutel-${option.id}`}
                  name="kv-sleutel"
                  checked={chosenId === option.id}
                  onChange={() => chooseKey(option.key(percentOk ? percentValue : 50))}
                />
                <label for={`kv-sleutel-${option.id}`}>{option.label}</label>
              </div>
            ))}
            {chosenId === 'mix' && (
              <div class="kv-field kv-field--percent">
                <label for="kv-procent">Deel in gelijke delen, in procent (0 tot 100)</label>
                <input
                  id="kv-procent"
                  type="text"
                  class="kh-input"
                  inputMode="numeric"
                  autocomplete="off"
                  value={percent}
                  aria-invalid={percentOk ? undefined : 'true'}
                  aria-describedby={percentOk ? undefined : 'kv-procent-fout'}
                  onInput={(event) => {
                    const value = event.currentTarget.value;
                    setPercent(value);
                    if (/^[0-9]{1,3}$/.test(value.trim()) && Number(value) <= 100) {
                      onChange({ lines: validLines(drafts), key: { kind: 'mix', equalPercent: Number(value) } }, true);
                    }
                  }}
                />
                {!percentOk && (
                  <p id="kv-procent-fout" class="kv-error">
                    Vul een geheel getal van 0 tot 100 in.
                  </p>
                )}
              </div>
            )}
          </fieldset>
        </div>
        <aside class="kv-examples" aria-labelledby="kv-voorbeelden">
          <h3 id="kv-voorbeelden">Wat andere regio’s betaalden</h3>
          <p>Voorbeelden uit een bepaald jaar, geen prijzen. Jullie bedragen zijn jullie eigen raming.</p>
          <ul>
            {examples.map((example) => (
              <li key={example.id}>
                <strong>{example.title}</strong> ({example.year}). {example.rule} Bron:{' '}
                <a href={example.source.href}>{example.source.label}</a>.
              </li>
            ))}
          </ul>
          <p>
            Meer voorbeelden en de kostenposten:{' '}
            <a href={url('wat-kost-een-uitpas-regio/')}>Wat kost een UiTPAS-regio?</a>
          </p>
        </aside>
      </div>

      <div class="kv-result" data-cost-total={String(summary.total)} data-cost-key={costKeyParam(applied)}>
        {summary.lines.length === 0 ? (
          <p>Nog geen kostenposten. Vul hierboven een omschrijving en een bedrag in.</p>
        ) : (
          <>
            <table class="kv-table kv-lines-table">
              <caption>Kostenposten per jaar</caption>
              <thead>
                <tr>
                  <th scope="col">Kostenpost</th>
                  <th scope="col">Bedrag per jaar</th>
                </tr>
              </thead>
              <tbody>
                {summary.lines.map((line, index) => (
                  <tr key={index}>
                    <th scope="row">{line.label}</th>
                    <td>{euro(line.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Totaal</th>
                  <td>{euro(summary.total)}</td>
                </tr>
              </tfoot>
            </table>
            <p class="kv-key">
              <strong>Verdeelsleutel: {keyName(applied)}.</strong> {keySentence(applied)}
            </p>
            {summary.rows === null ? (
              <div class="box box--note" role="note">
                <p>{missingInhabitantsText(summary.missing)}</p>
              </div>
            ) : (
              <div class="sb-scroll kv-scroll" tabIndex={0} role="region" aria-labelledby="kv-aandelen">
                <table class="kv-table">
                  <caption id="kv-aandelen">Aandeel per gemeente, per jaar</caption>
                  <thead>
                    <tr>
                      <th scope="col">Gemeente</th>
                      <th scope="col">Inwoners</th>
                      <th scope="col">Aandeel per jaar</th>
                      <th scope="col">Per inwoner</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.rows.map((row, index) => (
                      <tr key={index} data-share-label={municipalities[index]!.label} data-share={String(row.share)}>
                        <th scope="row">{row.name}</th>
                        <td>{row.inhabitants === undefined ? 'onbekend' : number(row.inhabitants)}</td>
                        <td>{euro(row.share)}</td>
                        <td>{row.inhabitants ? euroCents(row.share / row.inhabitants) : '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Totaal</th>
                      <td>{allKnown ? number(inhabitants) : '–'}</td>
                      <td>{euro(summary.total)}</td>
                      <td>{allKnown && inhabitants > 0 ? euroCents(summary.total / inhabitants) : '–'}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
            {equalPercentOf(applied) < 100 && summary.rows !== null && (
              <p class="kh-small">
                Inwoners op 1 januari 2026 (Statbel). De aandelen zijn hele euro’s en tellen op tot het totaal.
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
