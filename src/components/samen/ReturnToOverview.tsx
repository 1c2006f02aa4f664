// In the keuzehulp, when it was opened from a region overview (`terug`): who is answering,
// and on the result the way back to the overview with these answers added (`antwoord`).
import { keuzehulpQuery, parseLink, writeLink, type LinkState } from '../../lib/link/link';
import { nameOfLabel } from '../../lib/link/municipality';
import { url } from '../../lib/paths';

export function ForOneMunicipality({ door }: { door: string }) {
  const name = nameOfLabel(door);
  return (
    <p class="box box--note no-print kh-for-one">
      Je vult de keuzehulp in voor {name ? <strong>{name}</strong> : 'één gemeente'}, voor een regio-overzicht. Antwoord
      telkens voor jouw gemeente: ‘alle gemeenten’ betekent hier ‘jouw gemeente’.
    </p>
  );
}

/** The overview's link with this keuzehulp's answers attached. */
export function returnHref(link: LinkState): string {
  const overview = parseLink(link.terug ?? '');
  const query = writeLink({
    regio: overview.regio,
    sets: overview.sets,
    costs: overview.costs,
    antwoord: keuzehulpQuery({ ...link, terug: null }),
  });
  return `${url('keuzehulp/samen/')}?${query}`;
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
