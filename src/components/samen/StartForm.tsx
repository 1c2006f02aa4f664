// Start an overview: the region's name and its municipalities, chosen from the Flemish
// municipalities (the region page's picker, loaded on request) or typed, one per line. Each
// becomes an empty answer set; the overview then gives every municipality its own keuzehulp link.
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { MAX_SETS, REGIO_MAX } from '../../lib/samen/codec';

interface Props {
  regio: string;
  onStart(regio: string, labels: string[]): void;
}

/** Non-empty lines, trimmed, each once, at most MAX_SETS. */
export function labelsOf(text: string): string[] {
  const lines = text
    .split(/\r?\n|,|;/)
    .map((line) => line.trim())
    .filter(Boolean);
  return [...new Set(lines)].slice(0, MAX_SETS);
}

type Picker = ComponentType<{ chosen: readonly string[]; onChange(chosen: string[]): void }>;

export function StartForm({ regio, onStart }: Props) {
  const [error, setError] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [picker, setPicker] = useState<{ Picker: Picker } | null>(null);
  const [loadError, setLoadError] = useState(false);
  const openPicker = () =>
    import('./PickMunicipalities').then(
      (module) => {
        setPicker({ Picker: module.default });
        requestAnimationFrame(() => document.getElementById('gemeente-zoeken')?.focus());
      },
      () => setLoadError(true),
    );
  const names = useRef<HTMLTextAreaElement>(null);
  const region = useRef<HTMLInputElement>(null);

  return (
    <form
      class="sb-start"
      aria-labelledby="sb-start-titel"
      onSubmit={(event) => {
        event.preventDefault();
        const labels = [...new Set([...chosen, ...labelsOf(names.current?.value ?? '')])].slice(0, MAX_SETS);
        if (labels.length === 0) {
          setError(true);
          names.current?.focus();
          return;
        }
        setError(false);
        onStart(region.current?.value ?? '', labels);
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
          ref={region}
          type="text"
          class="kh-input"
          maxLength={REGIO_MAX}
          autocomplete="organization"
          value={regio}
        />
      </div>
      <div class="kh-field">
        {picker ? (
          <picker.Picker chosen={chosen} onChange={setChosen} />
        ) : (
          <button type="button" class="button button--secondary" onClick={openPicker}>
            Kies de gemeenten uit de lijst
          </button>
        )}
        {loadError && <p class="kh-error">De lijst met gemeenten laadt niet. Typ de namen hieronder.</p>}
      </div>
      <div class={`kh-field${error ? ' sb-field--error' : ''}`}>
        <label for="sb-gemeenten-invoer">
          {picker ? 'Andere gemeenten of namen (niet verplicht)' : 'Of typ de gemeenten'}
        </label>
        <p id="sb-gemeenten-hint" class="kh-hint">
          Eén naam per regel, hoogstens {MAX_SETS} gemeenten. Een NIS-code kan ook.
        </p>
        {error && (
          <p id="sb-gemeenten-fout" class="kh-error">
            <span class="visually-hidden">Fout: </span>Vul minstens één gemeente in.
          </p>
        )}
        <textarea
          id="sb-gemeenten-invoer"
          ref={names}
          class="kh-input sb-textarea"
          rows={6}
          aria-describedby={error ? 'sb-gemeenten-hint sb-gemeenten-fout' : 'sb-gemeenten-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
      <button type="submit" class="button">
        Maak het overzicht
      </button>
    </form>
  );
}
