// Bring answers in without retyping: paste one or many keuzehulp result links, or overview
// links. Sets merge by municipality; the status says exactly what changed (src/lib/link/paste.ts).
import { useRef, useState } from 'preact/hooks';

interface Props {
  /** Reads the text and changes the overview; false when it holds no link to read. */
  onPaste(text: string): boolean;
  /** What the last paste changed, in one paragraph. */
  status: string;
  /** What the last paste could not use, one sentence each. */
  problems: readonly string[];
}

export function PasteLinks({ onPaste, status, problems }: Props) {
  const [error, setError] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  return (
    <section class="kh-section no-print" aria-labelledby="sb-plakken">
      <h2 id="sb-plakken">Antwoorden toevoegen</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!onPaste(field.current?.value ?? '')) {
            setError(
              'In deze tekst staat geen link naar de keuzehulp. Plak de link die een gemeente kreeg bij haar resultaat.',
            );
            field.current?.focus();
            return;
          }
          setError('');
          if (field.current) field.current.value = '';
        }}
        noValidate
      >
        <div class={`kh-field${error ? ' sb-field--error' : ''}`}>
          <label for="sb-links">Plak de links van de gemeenten</label>
          <p id="sb-links-hint" class="kh-hint">
            Eén of meer links naar een resultaat van de keuzehulp of naar een regio-overzicht, bijvoorbeeld uit een
            e-mail. Staat een gemeente er al, dan vullen we haar antwoorden aan. Met ‘Terug’ in je browser maak je het
            ongedaan.
          </p>
          {error && (
            <p id="sb-links-fout" class="kh-error">
              <span class="visually-hidden">Fout: </span>
              {error}
            </p>
          )}
          <textarea
            id="sb-links"
            ref={field}
            class="kh-input sb-textarea"
            rows={4}
            aria-describedby={error ? 'sb-links-hint sb-links-fout' : 'sb-links-hint'}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="button">
          Voeg de antwoorden toe
        </button>
      </form>
      <div class="kh-status" role="status">
        {status && <p>{status}</p>}
        {problems.length > 0 && (
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
