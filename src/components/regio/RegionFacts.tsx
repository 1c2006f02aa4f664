// Island 2 of the region page: what follows from the chosen municipalities. Its sentences about
// the numbers (RegionSummaryLine, DecreeVerdict) are also the keuzehulp's (region/RegionSummary),
// exported from here so /regio/ loads no extra chunk for them (its 30 KB budget). The outer element
// carries the attributes of docs/contracts/regio.md (data-gemeenten, data-referentieregio-status,
// data-referentieregio-codes, data-inwoners); it is absent while nothing valid is chosen.
import type { ComponentChildren } from 'preact';
import { url } from '../../lib/paths';
import {
  CULTURE_DECREE_MINIMUM,
  costExamples,
  cultureDecreeCheck,
  euro,
  flemishSubsidy,
  gemeentenQuery,
  inhabitantsPerRegion,
  referenceRegionByCode,
  referenceRegionStatus,
  referenceRegionsOf,
  regionOverviewQuery,
} from '../../lib/regio';
import { useSelection } from './selection';

interface Props {
  /** Static text from the .astro wrapper (slots), kept out of the JavaScript: one reference region, several, the culture decree, the Flemish subsidy's conditions. */
  een?: ComponentChildren;
  meerdere?: ComponentChildren;
  decreet?: ComponentChildren;
  subsidie?: ComponentChildren;
  /** Without an amount: only the transition rule may apply, or the region cannot get the subsidy. */
  overgang?: ComponentChildren;
  geenSubsidie?: ComponentChildren;
}

export default function RegionFacts({ een, meerdere, decreet, subsidie, overgang, geenSubsidie }: Props) {
  const { nis } = useSelection();
  if (nis.length === 0) return null;
  const codes = referenceRegionsOf(nis);
  const status = referenceRegionStatus(nis)!;
  const decree = cultureDecreeCheck(nis);
  const gemeenten = gemeentenQuery(nis);
  const subsidy = flemishSubsidy(decree, nis.length);

  return (
    <section
      class="regio-facts"
      aria-labelledby="betekenis-titel"
      data-gemeenten={nis.join(' ')}
      data-referentieregio-status={status}
      data-referentieregio-codes={codes.join(' ')}
      data-inwoners={String(decree.inhabitants)}
    >
      <h2 id="betekenis-titel">Wat dit betekent</h2>
      <RegionSummaryLine nis={nis} />

      {status === 'een' ? een : meerdere}
      {decreet}
      <DecreeVerdict nis={nis} />

      <h3>Wat betalen gemeenten in echte regio’s? Voorbeelden per inwoner</h3>
      <p>
        Dit zijn geen prijzen voor UiTPAS. Beide voorbeelden betalen een hele culturele samenwerking, met UiTPAS als één
        taak. Omgerekend naar jullie {number(decree.inhabitants)} inwoners geven ze een grootte-orde.
      </p>
      <ul class="regio-costs">
        {costExamples(decree.inhabitants, nis.length).map((example) => (
          <li key={example.id} data-voorbeeld={example.id}>
            <strong>{example.title}</strong> ({example.year}). {example.rule} {example.pays} Voor jullie regio:{' '}
            <strong>{euro(example.amount)} per jaar</strong> ({example.calculation}). Bron:{' '}
            <a href={example.source.href}>{example.source.label}</a>.
          </li>
        ))}
      </ul>

      {subsidie}
      <p class="regio-facts__verdict" data-vlaamse-subsidie={subsidy.status}>
        {subsidy.status === 'mogelijk' ? (
          <>
            Jullie halen die grens. Een IGS cultuur zou dan tot <strong>{euro(subsidy.amount)} per jaar</strong> kunnen
            krijgen ({subsidy.calculation}), als Vlaanderen het erkent.
          </>
        ) : subsidy.status === 'overgang' ? (
          overgang
        ) : (
          geenSubsidie
        )}
      </p>

      <h3>Verder</h3>
      <ul class="regio-next">
        <li>
          <a href={`${url('keuzehulp/')}?${gemeenten}`}>Start de keuzehulp voor deze gemeenten</a>: welke
          samenwerkingsvorm past bij jullie?
        </li>
        <li>
          <a href={`${url('keuzehulp/samen/')}?${regionOverviewQuery(nis)}`}>Maak een regio-overzicht</a>: elke gemeente
          beantwoordt de vragen, en het overzicht legt de antwoorden naast elkaar.
        </li>
      </ul>
    </section>
  );
}

export const number = (value: number) => value.toLocaleString('nl-BE');
export const regionName = (code: string) => referenceRegionByCode(code)?.name ?? code;

/** "3 gemeenten met samen 60.000 inwoners (Statbel, ...). Ze liggen allemaal in één referentieregio: ...". */
export function RegionSummaryLine({ nis }: { nis: readonly string[] }) {
  const codes = referenceRegionsOf(nis);
  const { inhabitants } = cultureDecreeCheck(nis);
  return (
    <p class="regio-facts__summary">
      {nis.length === 1 ? '1 gemeente' : `${nis.length} gemeenten`} met samen{' '}
      <strong>{number(inhabitants)} inwoners</strong> (Statbel, 1 januari 2026).{' '}
      {codes.length === 1 ? (
        <>
          Ze liggen allemaal in <strong>één referentieregio: {regionName(codes[0])}</strong>.
        </>
      ) : (
        <>
          Ze liggen in <strong>{codes.length} referentieregio’s</strong>:{' '}
          {inhabitantsPerRegion(nis)
            .map((region) => `${regionName(region.code)} (${number(region.inhabitants)} inwoners)`)
            .join(', ')}
          .
        </>
      )}
    </p>
  );
}

/** Whether the set reaches the culture decree's 85,000 inhabitants within one reference region. */
export function DecreeVerdict({ nis }: { nis: readonly string[] }) {
  const decree = cultureDecreeCheck(nis);
  const largest = inhabitantsPerRegion(nis).reduce((a, b) => (b.inhabitants > a.inhabitants ? b : a));
  return (
    <p class="regio-facts__verdict" data-cultuurdecreet={decree.reaches ? 'ja' : 'nee'}>
      {decree.reaches
        ? `Jullie halen die grens: ${number(decree.inhabitants)} inwoners in één referentieregio.`
        : decree.oneRegion
          ? `Jullie halen die grens nog niet: er ontbreken ${number(decree.shortBy)} inwoners.`
          : largest.inhabitants >= CULTURE_DECREE_MINIMUM
            ? `Alleen inwoners binnen één referentieregio tellen mee. In ${regionName(largest.code)} alleen tellen jullie er ${number(largest.inhabitants)}: dat is genoeg.`
            : `Samen tellen jullie ${number(decree.inhabitants)} inwoners, maar alleen inwoners binnen één referentieregio tellen mee. In ${regionName(largest.code)} tellen jullie er ${number(largest.inhabitants)}: er ontbreken er ${number(decree.shortBy)}.`}
    </p>
  );
}
