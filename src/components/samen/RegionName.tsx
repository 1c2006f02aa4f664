// The region's name, editable once the overview exists: it is the printout's title. Typing
// edits this history entry (no entry per letter).
import { TEXT_MAX } from '../../lib/link/limits';

interface Props {
  regio: string;
  onChange(regio: string): void;
}

export function RegionName({ regio, onChange }: Props) {
  return (
    <div class="kh-field sb-region-name no-print">
      <label for="sb-regio-naam">Naam van de regio</label>
      <p id="sb-regio-naam-hint" class="kh-hint">
        Hij komt in de link en bovenaan de afdruk.
      </p>
      <input
        id="sb-regio-naam"
        type="text"
        class="kh-input"
        maxLength={TEXT_MAX}
        autocomplete="organization"
        aria-describedby="sb-regio-naam-hint"
        value={regio}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
