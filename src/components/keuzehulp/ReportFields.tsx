// For whom the result is: the region's name and who filled it in. Both go into the link and
// onto the printout's first page.
import type { ComponentChildren } from 'preact';
import { TEXT_MAX } from '../../lib/link/limits';

interface Props {
  /** Why and how to share (static text from the wrapper). */
  intro?: ComponentChildren;
  regio: string;
  door: string;
  onText(field: 'regio' | 'door', value: string): void;
}

export function ReportFields({ intro, regio, door, onText }: Props) {
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
      <h3 id="kh-delen">Voor wie is dit advies?</h3>
      {intro}
      {field('regio', 'Naam van de regio', regio, 'organization')}
      {field('door', 'Ingevuld door', door, 'name')}
    </section>
  );
}
