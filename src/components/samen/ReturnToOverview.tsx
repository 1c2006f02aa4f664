// In the keuzehulp, when it was opened from a region overview (`terug`): who is answering,
// and on the result the way back to the overview with these answers added (`antwoord`).
import { keuzehulpQuery, readableQuery, type LinkState } from '../../lib/link/link';
import { nameOfLabel } from '../../lib/link/municipality';
import { url } from '../../lib/paths';

export function ForOneMunicipality({ door }: { door: string }) {
  const name = nameOfLabel(door);
  return (
    <p class="box box--note no-print kh-for-one">
      Je vult de keuzehulp in voor {name ? <strong>{name}</strong> : 'één gemeente'}, voor een regio-overzicht. Antwoord
      voor jouw gemeente, tenzij een vraag over de hele regio gaat.
    </p>
  );
}

/**
 * The overview's link as it came (its name, sets and costs, read again by the overview itself),
 * with this keuzehulp's answers attached in place of any it held: the keuzehulp changes nothing
 * else of the overview's link.
 */
export function returnHref(link: LinkState): string {
  const overview = new URLSearchParams(link.terug ?? '');
  overview.delete('antwoord');
  overview.delete('terug');
  overview.append('antwoord', keuzehulpQuery({ ...link, terug: null }));
  return `${url('keuzehulp/samen/')}?${readableQuery(overview)}`;
}

export function ReturnToOverview({ link }: { link: LinkState }) {
  return (
    <p class="no-print">
      <a class="button" href={returnHref(link)}>
        Terug naar het regio-overzicht
      </a>
    </p>
  );
}
