// The sentences about a set's numbers, shared by /regio/ (RegionFacts) and the keuzehulp's
// result (RegionSummary): inhabitants, reference regions, the culture decree's 85,000.
// From the modules themselves, not the barrel lib/regio: the keuzehulp, which shows these
// numbers, would otherwise download the cost examples of /regio/ with them.
import { referenceRegionByCode } from '../../lib/regio/data';
import {
  CULTURE_DECREE_MINIMUM,
  cultureDecreeCheck,
  inhabitantsOf,
  inhabitantsPerRegion,
  referenceRegionStatus,
  referenceRegionsOf,
} from '../../lib/regio/regions';

export const number = (value: number) => value.toLocaleString('nl-BE');

/**
 * The attributes of docs/contracts/regio.md for the element that shows a set's facts (/regio/ and
 * the keuzehulp's result). Only for a set with at least one valid municipality.
 */
export const regionAttributes = (nis: readonly string[]) => ({
  'data-gemeenten': nis.join(' '),
  'data-referentieregio-status': referenceRegionStatus(nis) ?? undefined,
  'data-referentieregio-codes': referenceRegionsOf(nis).join(' '),
  'data-inwoners': String(inhabitantsOf(nis)),
});
export const regionName = (code: string) => referenceRegionByCode(code)?.name ?? code;

/** "3 gemeenten met samen 60.000 inwoners (Statbel, ...). Ze liggen allemaal in één referentieregio: ..."; one municipality in the singular. */
export function RegionSummaryLine({ nis }: { nis: readonly string[] }) {
  const codes = referenceRegionsOf(nis);
  const { inhabitants } = cultureDecreeCheck(nis);
  return (
    <p class="regio-facts__summary">
      {nis.length === 1 ? '1 gemeente met' : `${nis.length} gemeenten met samen`}{' '}
      <strong>{number(inhabitants)} inwoners</strong> (Statbel, 1 januari 2026).{' '}
      {nis.length === 1 ? (
        <>
          Ze ligt in <strong>de referentieregio {regionName(codes[0])}</strong>.
        </>
      ) : codes.length === 1 ? (
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
