// What the reference regions ask of this region: fine within one; across several, the 2031 rule
// and the options (domain.md 3.5: Regiodecreet, cultuuroptil.be).
import type { ReferenceRegionStatus } from '../../lib/regio';

const SOURCE = 'https://cultuuroptil.be/kennisbank/regiovorming-impact-op-bestaande-intergemeentelijke-samenwerkingsverbanden/';

export function RegionRules({ status }: { status: ReferenceRegionStatus }) {
  if (status === 'een') {
    return (
      <>
        <h3>Eén referentieregio: dat past</h3>
        <p>
          Samenwerkingsverbanden in Vlaanderen moeten binnen één referentieregio liggen. Een samenwerking mag kleiner zijn
          dan de referentieregio. UiTPAS-regio’s vallen daar ook onder. Jullie gemeenten voldoen daaraan. Bron:{' '}
          <a href={SOURCE}>OP/TIL over regiovorming</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <h3>Meer dan één referentieregio: wat vraagt de regiovorming?</h3>
      <p>
        Samenwerkingsverbanden moeten binnen de grenzen van één referentieregio liggen (Regiodecreet, aangenomen door het
        Vlaams Parlement op 1 februari 2023). Een nieuwe samenwerking moet dat meteen. Een bestaande samenwerking moet het
        uiterlijk op <strong>1 januari 2031</strong>. Dat geldt uitdrukkelijk ook voor UiTPAS-regio’s, IGS’en cultuur en
        lokale netwerken vrijetijdsparticipatie.
      </p>
      <p>Wat kunnen jullie doen?</p>
      <ul>
        <li>
          Werk samen met de gemeenten uit één referentieregio. Een kleinere samenwerking binnen die regio mag (het
          ‘matroesjkamodel’).
        </li>
        <li>Splits de samenwerking langs de grenzen van de referentieregio’s, in één samenwerking per regio.</li>
        <li>
          Bestaat jullie samenwerking al? Plan de aanpassing vóór 2031 en bespreek ze met de gemeenten en jullie
          partnermedewerker bij publiq.
        </li>
      </ul>
      <p>
        Bronnen: <a href={SOURCE}>OP/TIL over regiovorming en bestaande samenwerkingen</a>,{' '}
        <a href="https://www.cultuuroptil.be/definitieve-goedkeuring-regiodecreet/">OP/TIL over de goedkeuring van het Regiodecreet</a>.
      </p>
    </>
  );
}
