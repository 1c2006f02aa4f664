// The municipalities on the result and its printout (docs/contracts/regio.md): which ones with their
// inhabitants, together and against the culture decree's 85,000, their reference region(s), and
// the map of /regio/ with them marked. The element carries data-gemeenten,
// data-referentieregio-status, data-referentieregio-codes and data-inwoners. Its own chunk
// (with the map), loaded only when the result has municipalities.
import type { ComponentChildren } from 'preact';
import { inhabitantsOf, referenceRegionStatus, referenceRegionsOf } from '../../../lib/regio/regions';
import { gemeentenQuery } from '../../../lib/regio/links';
import { url } from '../../../lib/paths';
import { ChosenMunicipalities } from '../../regio/ChosenMunicipalities';
import { RegionMap } from '../../regio/RegionMap';
import { DecreeVerdict, RegionSummaryLine } from '../../regio/RegionFactsBody';

interface Props {
  /** Valid NIS codes, sorted ascending. */
  nis: readonly string[];
  /** The culture decree's rule with its sources (static text from the page). */
  decreet?: ComponentChildren;
}

export function RegionSummary({ nis, decreet }: Props) {
  const codes = referenceRegionsOf(nis);
  const status = referenceRegionStatus(nis);
  if (!status) return null;
  return (
    <section
      class="kh-section kh-region"
      aria-labelledby="kh-regio-kop"
      data-gemeenten={nis.join(' ')}
      data-referentieregio-status={status}
      data-referentieregio-codes={codes.join(' ')}
      data-inwoners={String(inhabitantsOf(nis))}
    >
      <h3 id="kh-regio-kop">Jullie gemeenten</h3>
      <RegionSummaryLine nis={nis} />
      <p>
        Of jullie gemeenten in één referentieregio liggen, volgt uit deze lijst. De keuzehulp vraagt het daarom niet.
      </p>
      <ChosenMunicipalities chosen={nis} heading="h4" />
      <RegionMap
        selected={nis}
        caption="Jullie gemeenten zijn gearceerd en dik omlijnd; de naam van hun referentieregio staat erbij."
      />
      {decreet}
      <DecreeVerdict nis={nis} />
      <p class="no-print">
        <a href={`${url('regio/')}?${gemeentenQuery(nis)}`}>Meer over jullie regio in kaart</a>: kostenvoorbeelden per
        inwoner en wat de referentieregio’s vragen.
      </p>
    </section>
  );
}
