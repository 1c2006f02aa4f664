// The start's optional part: which municipalities? Choosing them (with the picker of /regio/)
// answers the reference-region question from the data and puts them on the result. The picker
// and the municipality data load only when the reader opens it or the link names municipalities.
import type { ComponentChildren } from 'preact';
import type { Region } from './useRegion';
import { useModule } from './useModule';

interface Props {
  region: Region;
  open: boolean;
  /** The reader opened it (not the link): the search field takes the focus. */
  opened: boolean;
  onOpen(): void;
  onChoose(nis: readonly string[]): void;
  /** What choosing does (static text from the page). */
  why?: ComponentChildren;
}

export function RegionChoice({ region, open, opened, onOpen, onChoose, why }: Props) {
  const picker = useModule(() => import('./region/RegionStart'), open);
  const Start = picker.module?.RegionStart;
  return (
    <section class="kh-region-choice" aria-labelledby="kh-gemeenten-kop">
      <h3 id="kh-gemeenten-kop">Jullie gemeenten (niet verplicht)</h3>
      {why}
      {!open ? (
        <button type="button" class="button button--secondary" onClick={onOpen}>
          Gemeenten kiezen
        </button>
      ) : Start && region.choose ? (
        <Start nis={region.nis} onChoose={onChoose} focus={opened} />
      ) : picker.failed || region.failed ? (
        <p class="box box--note">
          De lijst met gemeenten kon niet laden. Herlaad de pagina, of start zonder gemeenten.
        </p>
      ) : (
        <p class="kh-small">De gemeenten worden geladen…</p>
      )}
    </section>
  );
}
