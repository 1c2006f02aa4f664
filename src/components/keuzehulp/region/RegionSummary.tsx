// The municipalities on the result and its printout (docs/contracts/regio.md): which ones with their
// inhabitants, together and against the culture decree's 85,000, their reference region(s), and
// the map of /regio/ with them marked. The element carries data-gemeenten,
// data-referentieregio-status, data-referentieregio-codes and data-inwoners. Only the map (its
// drawing data) loads on demand, when a result has municipalities.
import type { ComponentChildren } from 'preact';
import { writeLink } from '../../../lib/link/link';
import { referenceRegionStatus } from '../../../lib/regio/regions';
import { url } from '../../../lib/paths';
import { ChosenMunicipalities } from '../../regio/ChosenMunicipalities';
import { DecreeVerdict, regionAttributes, RegionSummaryLine } from '../../regio/RegionNumbers';
import { useModule } from '../useModule';

interface Props {
  /** Valid NIS codes, sorted ascending. */
  nis: readonly string[];
  /** The culture decree's rule with its sources (static text from the page). */
  decreet?: ComponentChildren;
  /**
   * One municipality answering for itself (opened from a region overview): the region's numbers
   * (the culture decree's 85,000 inhabitants) are the overview's business, not this result's.
   */
  forOneMunicipality?: boolean;
}

export function RegionSummary({ nis, decreet, forOneMunicipality = false }: Props) {
  const status = referenceRegionStatus(nis);
  const RegionMap = useModule(() => import('../../regio/RegionMap'), status !== null).module?.RegionMap;
  if (!status) return null;
  return (
    <section class="kh-section kh-region" aria-labelledby="kh-regio-kop" {...regionAttributes(nis)}>
      <h3 id="kh-regio-kop">{forOneMunicipality ? 'Jouw gemeente' : 'Jullie gemeenten'}</h3>
      <RegionSummaryLine nis={nis} />
      <p>
        {forOneMunicipality
          ? 'In welke referentieregio je gemeente ligt, volgt uit de lijst van gemeenten. De keuzehulp vraagt het daarom niet.'
          : 'Of jullie gemeenten in één referentieregio liggen, volgt uit deze lijst. De keuzehulp vraagt het daarom niet.'}
      </p>
      <ChosenMunicipalities chosen={nis} heading="h4" />
      {RegionMap && (
        <RegionMap
          selected={nis}
          caption="Jullie gemeenten zijn gearceerd en dik omlijnd; de naam van hun referentieregio staat erbij."
        />
      )}
      {!forOneMunicipality && decreet}
      {!forOneMunicipality && <DecreeVerdict nis={nis} />}
      <p class="no-print">
        <a href={`${url('regio/')}?${writeLink({ gemeenten: [...nis] })}`}>Meer over jullie regio in kaart</a>:
        kostenvoorbeelden per inwoner en wat de referentieregio’s vragen.
      </p>
    </section>
  );
}
