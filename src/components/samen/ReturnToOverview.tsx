// In the keuzehulp, when it was opened from a region overview (`terug`): who is answering,
// how to read the questions for one municipality, and on the result the way back to the
// overview with these answers added. Nothing shows for an ordinary keuzehulp link.
import { url } from '../../lib/paths';
import { returnQuery, RETURN_PARAM } from '../../lib/samen/links';

const fromOverview = () => new URLSearchParams(location.search).has(RETURN_PARAM);

export function ForOneMunicipality({ door }: { door: string }) {
  if (!fromOverview()) return null;
  return (
    <p class="box box--note">
      Je vult de keuzehulp in voor {door ? <strong>{door}</strong> : 'één gemeente'}, voor een regio-overzicht. Antwoord
      telkens voor jouw gemeente: ‘alle gemeenten’ betekent hier ‘jouw gemeente’.
    </p>
  );
}

export function ReturnToOverview({ answersQuery }: { answersQuery: string }) {
  const query = returnQuery(location.search, answersQuery);
  if (query === null) return null;
  return (
    <p class="no-print">
      <a class="button" href={`${url('keuzehulp/samen/')}?${query}`}>
        Terug naar het regio-overzicht
      </a>
    </p>
  );
}
