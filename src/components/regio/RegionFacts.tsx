// Island 2 of the region page: what follows from the chosen municipalities. Its sentences about
// the numbers (RegionNumbers.tsx) are also the keuzehulp's (region/RegionSummary). The outer element
// carries the attributes of specs/regio.md (data-gemeenten, data-referentieregio-status,
// data-referentieregio-codes, data-inwoners); it is absent while nothing valid is chosen.
import type { ComponentChildren } from 'preact';
import { url } from '../../lib/paths';
import { costExamples, cultureDecreeCheck, euro, referenceRegionStatus, referenceRegionsOf } from '../../lib/regio';
import { gemeentenQuery, overviewQuery, writeLink } from '../../lib/link/link';
import { useLinkState } from '../link/useLinkState';
import { DecreeVerdict, number, RegionSummaryLine } from './RegionNumbers';

interface Props {
  /** Static text from the .astro wrapper (slots), kept out of the JavaScript: one reference region, several, the culture decree. */
  een?: ComponentChildren;
  meerdere?: ComponentChildren;
  decreet?: ComponentChildren;
}

export default function RegionFacts({ een, meerdere, decreet }: Props) {
  const nis = useLinkState(gemeentenQuery).link.gemeenten;
  if (nis.length === 0) return null;
  const codes = referenceRegionsOf(nis);
  const status = referenceRegionStatus(nis)!;
  const decree = cultureDecreeCheck(nis);
  const gemeenten = writeLink({ gemeenten: nis });

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

      <h3>Wat kost het per inwoner? Voorbeelden uit echte regio’s</h3>
      <p>
        Dit zijn geen prijzen. Het zijn bedragen die andere regio’s gebruikten, omgerekend naar jullie{' '}
        {number(decree.inhabitants)} inwoners, om een grootte-orde te geven.
      </p>
      <ul class="regio-costs">
        {costExamples(decree.inhabitants, nis.length).map((example) => (
          <li key={example.id} data-voorbeeld={example.id}>
            <strong>{example.title}</strong> ({example.year}). {example.rule} Voor jullie regio:{' '}
            <strong>{euro(example.amount)} per jaar</strong> ({example.calculation}). Bron:{' '}
            <a href={example.source.href}>{example.source.label}</a>.
          </li>
        ))}
      </ul>

      <h3>Verder</h3>
      <ul class="regio-next">
        <li>
          <a href={`${url('keuzehulp/')}?${gemeenten}`}>Start de keuzehulp voor deze gemeenten</a>: welke
          samenwerkingsvorm past bij jullie?
        </li>
        <li>
          <a
            href={`${url('keuzehulp/samen/')}?${overviewQuery({ regio: '', sets: nis.map((label) => ({ label, answers: {} })) })}`}
          >
            Maak een regio-overzicht
          </a>
          : elke gemeente beantwoordt de vragen, en het overzicht legt de antwoorden naast elkaar.
        </li>
      </ul>
    </section>
  );
}
