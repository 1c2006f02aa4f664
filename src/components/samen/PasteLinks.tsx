// Bring answers in without retyping: paste one or many keuzehulp result links (or another
// overview's link). A set whose label is already in the overview is updated in place.
import { useRef, useState } from 'preact/hooks';
import { readPastedLinks, type PastedLinks } from '../../lib/samen/paste';

interface Props {
  onAdd(pasted: PastedLinks): void;
  /** The sentence after a successful paste, from the parent (it knows what changed). */
  status: string;
}

export function PasteLinks({ onAdd, status }: Props) {
  const [error, setError] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  return (
    <section class="kh-section no-print" aria-labelledby="sb-plakken">
      <h2 id="sb-plakken">Antwoorden toevoegen</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const pasted = readPastedLinks(field.current?.value ?? '');
          if (pasted.sets.length === 0) {
            setError(
              'In deze tekst staat geen link naar de keuzehulp. Plak de link die een gemeente kreeg bij haar resultaat.',
            );
            field.current?.focus();
            return;
          }
          setError('');
          if (field.current) field.current.value = '';
          onAdd(pasted);
        }}
        noValidate
      >
        <div class={`kh-field${error ? ' sb-field--error' : ''}`}>
          <label for="sb-links">Plak de links van de gemeenten</label>
          <p id="sb-links-hint" class="kh-hint">
            Eén of meer links naar een resultaat van de keuzehulp, bijvoorbeeld uit een e-mail. De naam bij ‘Ingevuld
            door’ wordt de naam van de gemeente. Staat die gemeente er al, dan vervangen we haar antwoorden.
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
      <p class="kh-status" role="status">
        {status}
      </p>
    </section>
  );
}
