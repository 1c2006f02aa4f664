// Start an overview: the region's name and its municipalities, chosen from the Flemish
// municipalities (the region page's picker) or typed, one per line. A typed name the site knows
// (today's, pre-2025, a deelgemeente; "St-" for "Sint-") becomes that municipality's NIS code; an
// unknown one is named with the closest known names, and kept as text if the coordinator insists.
// Each municipality becomes one empty answer set.
import { useState } from 'preact/hooks';
import { MAX_SETS, TEXT_MAX } from '../../lib/link/limits';
import { municipalityByNis, type Deelgemeenten } from '../../lib/regio/data';
import { closestNames, municipalityNamed } from '../../lib/regio/search';
import { loadDeelgemeenten } from '../regio/deelgemeenten';
import PickMunicipalities from './PickMunicipalities';

interface Props {
  regio: string;
  onStart(regio: string, labels: string[]): void;
}

/** Non-empty lines (or comma-separated), trimmed. */
export const linesOf = (text: string) =>
  text
    .split(/\r?\n|,|;/)
    .map((line) => line.trim())
    .filter(Boolean);

export function StartForm({ regio: initialRegio, onStart }: Props) {
  const [regio, setRegio] = useState(initialRegio);
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState('');
  /** Typed names the site does not know, with suggestions; submitting again keeps them as text. */
  const [unknown, setUnknown] = useState<{ name: string; suggestions: string[] }[]>([]);
  const [warned, setWarned] = useState<ReadonlySet<string>>(new Set());
  const [deelgemeenten, setDeelgemeenten] = useState<Deelgemeenten>();
  const loadNames = () => {
    if (!deelgemeenten) loadDeelgemeenten().then(setDeelgemeenten, () => {});
  };

  const submit = () => {
    const labels: string[] = [...chosen];
    const notKnown: { name: string; suggestions: string[] }[] = [];
    for (const line of linesOf(typed)) {
      const known = /^\d{5}$/.test(line) ? undefined : municipalityNamed(line, deelgemeenten);
      const label = known ? known.nis : line;
      if (!known && !/^\d{5}$/.test(line)) {
        notKnown.push({
          name: line,
          suggestions: closestNames(line, { deelgemeenten }).map((s) => municipalityByNis(s.nis)!.name),
        });
      }
      if (!labels.includes(label)) labels.push(label);
    }
    if (labels.length === 0) {
      setError('Vul minstens één gemeente in.');
      document.getElementById(picking ? 'gemeente-zoeken' : 'sb-gemeenten-invoer')?.focus();
      return;
    }
    if (labels.length > MAX_SETS) {
      setError(`Een overzicht telt hoogstens ${MAX_SETS} gemeenten. Je gaf er ${labels.length}.`);
      return;
    }
    if (notKnown.some((item) => !warned.has(item.name))) {
      setUnknown(notKnown);
      setWarned(new Set([...warned, ...notKnown.map((item) => item.name)]));
      setError('');
      requestAnimationFrame(() => document.getElementById('sb-onbekend')?.focus());
      return;
    }
    setError('');
    onStart(regio, labels);
  };

  const replaceLine = (name: string, by: string) => {
    const next = linesOf(typed)
      .map((line) => (line === name ? by : line))
      .join('\n');
    setTyped(next);
    setUnknown((current) => current.filter((item) => item.name !== name));
  };

  return (
    <form
      class="sb-start"
      aria-labelledby="sb-start-titel"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      <h2 id="sb-start-titel" tabIndex={-1}>
        Start een overzicht voor jullie regio
      </h2>
      <div class="kh-field">
        <label for="sb-regio">Naam van de regio (niet verplicht)</label>
        <input
          id="sb-regio"
          type="text"
          class="kh-input"
          maxLength={TEXT_MAX}
          autocomplete="organization"
          value={regio}
          onInput={(event) => setRegio(event.currentTarget.value)}
        />
      </div>
      <div class="kh-field">
        {picking ? (
          <PickMunicipalities chosen={chosen} onChange={setChosen} />
        ) : (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setPicking(true);
              requestAnimationFrame(() => document.getElementById('gemeente-zoeken')?.focus());
            }}
          >
            Kies de gemeenten uit de lijst
          </button>
        )}
      </div>
      <div class={`kh-field${error ? ' sb-field--error' : ''}`}>
        <label for="sb-gemeenten-invoer">
          {picking ? 'Andere gemeenten of namen (niet verplicht)' : 'Of typ de gemeenten'}
        </label>
        <p id="sb-gemeenten-hint" class="kh-hint">
          Eén naam per regel, hoogstens {MAX_SETS} gemeenten. Een NIS-code kan ook.
        </p>
        {error && (
          <p id="sb-gemeenten-fout" class="kh-error">
            <span class="visually-hidden">Fout: </span>
            {error}
          </p>
        )}
        <textarea
          id="sb-gemeenten-invoer"
          class="kh-input sb-textarea"
          rows={6}
          value={typed}
          onFocus={loadNames}
          onInput={(event) => setTyped(event.currentTarget.value)}
          aria-describedby={error ? 'sb-gemeenten-hint sb-gemeenten-fout' : 'sb-gemeenten-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
      {unknown.length > 0 && (
        <div
          class="box box--note sb-unknown"
          id="sb-onbekend"
          tabIndex={-1}
          role="group"
          aria-labelledby="sb-onbekend-titel"
        >
          <p id="sb-onbekend-titel">
            <strong>
              {unknown.length === 1 ? 'Deze naam kennen we niet' : 'Deze namen kennen we niet'} als Vlaamse gemeente.
            </strong>{' '}
            Kies de juiste gemeente, of klik nog eens op ‘Maak het overzicht’: dan houden we de naam zoals je hem typte.
          </p>
          <ul>
            {unknown.map((item) => (
              <li key={item.name}>
                ‘{item.name}’
                {item.suggestions.length > 0 ? (
                  <>
                    : bedoel je{' '}
                    {item.suggestions.map((suggestion, index) => (
                      <>
                        {index > 0 && ' of '}
                        <button
                          type="button"
                          class="sb-link-button"
                          key={suggestion}
                          onClick={() => replaceLine(item.name, suggestion)}
                        >
                          {suggestion}
                        </button>
                      </>
                    ))}
                    ?
                  </>
                ) : (
                  ': geen gemeente met een naam die erop lijkt.'
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" class="button">
        Maak het overzicht
      </button>
    </form>
  );
}
