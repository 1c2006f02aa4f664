// Share and print: the region's name and author go into the link; copy it or print it.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { TEXT_MAX } from '../../lib/keuzehulp/spec';

interface Props {
  /** Why and how to share (static text from the wrapper). */
  intro?: ComponentChildren;
  regio: string;
  door: string;
  link: string;
  onText(field: 'regio' | 'door', value: string): void;
}

export function ShareActions({ intro, regio, door, link, onText }: Props) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState(false);
  const manualInput = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setManual(false);
      setStatus('De link is gekopieerd. Plak hem in een e-mail of een verslag.');
    } catch {
      setManual(true);
      setStatus('Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf (Ctrl+C, of Cmd+C op een Mac).');
      requestAnimationFrame(() => {
        manualInput.current?.focus();
        manualInput.current?.select();
      });
    }
  };

  const field = (name: 'regio' | 'door', label: string, value: string, autocomplete: string) => (
    <div class="kh-field">
      <label for={`kh-${name}`}>{label} (niet verplicht)</label>
      <input
        type="text"
        id={`kh-${name}`}
        class="kh-input"
        maxLength={TEXT_MAX}
        autocomplete={autocomplete}
        value={value}
        onInput={(event) => onText(name, event.currentTarget.value)}
      />
    </div>
  );

  return (
    <section class="kh-section kh-share no-print" aria-labelledby="kh-delen">
      <h3 id="kh-delen">Delen en afdrukken</h3>
      {intro}
      {field('regio', 'Naam van de regio', regio, 'organization')}
      {field('door', 'Ingevuld door', door, 'name')}
      <div class="kh-actions">
        <button type="button" class="button" onClick={copy}>
          Kopieer link
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          Afdrukken of bewaren als PDF
        </button>
      </div>
      <p class="kh-status" role="status">
        {status}
      </p>
      {manual && (
        <div class="kh-field">
          <label for="kh-link">Link naar dit resultaat</label>
          <input type="text" id="kh-link" class="kh-input" readOnly value={link} ref={manualInput} />
        </div>
      )}
    </section>
  );
}
