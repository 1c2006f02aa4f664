// The start's optional part: which municipalities? Choosing them (with the picker of /regio/)
// answers the reference-region question from the data and puts them on the result.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { RegionStart } from './region/RegionStart';

interface Props {
  /** The chosen municipalities (valid NIS codes). */
  nis: readonly string[];
  onChoose(nis: readonly string[]): void;
  /** What choosing does (static text from the page). */
  why?: ComponentChildren;
}

export function RegionChoice({ nis, onChoose, why }: Props) {
  const [opened, setOpened] = useState(false);
  const open = opened || nis.length > 0;
  return (
    <section class="kh-region-choice" aria-labelledby="kh-gemeenten-kop">
      <h3 id="kh-gemeenten-kop">Jullie gemeenten (niet verplicht)</h3>
      {why}
      {open ? (
        <RegionStart nis={nis} onChoose={onChoose} focus={opened} />
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setOpened(true)}>
          Gemeenten kiezen
        </button>
      )}
    </section>
  );
}
