// The municipalities on the result (specs/regio.md): which ones, their inhabitants, their
// reference region(s), and the codes of the link that were left out. Lives in the lazily loaded
// region chunk (regionChunk.ts) with the data it needs.
import {
  byName,
  describeGemeentenProblem,
  inhabitantsOf,
  municipalityByNis,
  referenceRegionByCode,
  referenceRegionStatus,
  referenceRegionsOf,
  type GemeentenProblem,
  type Municipality,
} from '../../lib/regio';

const number = (value: number) => value.toLocaleString('nl-BE');

export function RegionSummary({ nis, problems }: { nis: readonly string[]; problems: readonly GemeentenProblem[] }) {
  const chosen = nis.map(municipalityByNis).filter((m): m is Municipality => !!m).sort(byName);
  const regions = referenceRegionsOf(nis);
  const status = referenceRegionStatus(nis);
  return (
    <section class="kh-section kh-region" aria-labelledby="kh-gemeenten">
      <h3 id="kh-gemeenten">Jullie gemeenten</h3>
      {problems.length > 0 && (
        <ul class="box box--note">
          {problems.map((problem) => (
            <li key={problem.value}>{describeGemeentenProblem(problem)}</li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && status && (
        <div
          data-gemeenten={[...nis].sort().join(' ')}
          data-referentieregio-status={status}
          data-referentieregio-codes={regions.join(' ')}
          data-inwoners={inhabitantsOf(nis)}
        >
          <p>
            {chosen.length} {chosen.length === 1 ? 'gemeente' : 'gemeenten'} met samen {number(inhabitantsOf(nis))} inwoners
            (Statbel, 1 januari 2026).{' '}
            {status === 'een'
              ? `Ze liggen allemaal in de referentieregio ${referenceRegionByCode(regions[0])?.name}.`
              : `Ze liggen in ${regions.length} referentieregio’s: ${regions.map((code) => referenceRegionByCode(code)?.name).join(', ')}.`}{' '}
            Daarom stelt de keuzehulp die vraag niet.
          </p>
          <ul class="kh-region__list">
            {chosen.map((m) => (
              <li key={m.nis}>
                {m.name}: {number(m.inhabitants)} inwoners, {referenceRegionByCode(m.region)?.name}
              </li>
            ))}
          </ul>
          <p class="kh-small">
            Bronnen: Statbel (gemeenten op 1 januari 2025, inwoners op 1 januari 2026); referentieregio’s volgens de
            Vlaamse Regering (4 februari 2022).
          </p>
        </div>
      )}
    </section>
  );
}
