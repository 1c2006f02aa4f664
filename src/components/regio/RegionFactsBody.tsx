// What follows from the chosen municipalities: the body of island 2 of the region page
// (RegionFacts.tsx loads it once a municipality is chosen). Its sentences about the numbers come
// from RegionNumbers.tsx, shared with the keuzehulp's result (region/RegionSummary). The outer element
// carries the attributes of docs/contracts/regio.md (data-gemeenten, data-referentieregio-status,
// data-referentieregio-codes, data-inwoners); it is absent while nothing valid is chosen.
import type { ComponentChildren } from 'preact';
import { url } from '../../lib/paths';
import { overviewQuery, writeLink } from '../../lib/link/link';
import {
  CULTURE_DECREE_MINIMUM,
  costExamples,
  cultureDecreeCheck,
  euro,
  flemishSubsidy,
  referenceRegionStatus,
} from '../../lib/regio';
import { DecreeVerdict, number, regionAttributes, RegionSummaryLine } from './RegionNumbers';

interface Props {
  /** The chosen municipalities (valid NIS codes, at least one). */
  nis: readonly string[];
  /** The culture decree's rule as static HTML (the keuzehulp's slot); else CultureDecreeRule. */
  decreet?: ComponentChildren;
}

const REGIOVORMING =
  'https://cultuuroptil.be/kennisbank/regiovorming-impact-op-bestaande-intergemeentelijke-samenwerkingsverbanden/';

/** The source both facts about the new decree cite. */
const VvsgOnTheDecree = () => (
  <a href="https://www.vvsg.be/nieuws/bovenlokaal-samenwerken-op-vlak-van-cultuur-en-participatie-versterken-in-nieuw-decreet">
    VVSG over het nieuwe decreet
  </a>
);

/** The culture decree's minimum for an IGS cultuur (domain.md 3.3), with its sources. */
export const CultureDecreeRule = () => (
  <div>
    <h3>Genoeg inwoners voor een IGS cultuur?</h3>
    <p>
      Vanaf 2027 vraagt het nieuwe decreet bovenlokale cultuurwerking minstens{' '}
      {CULTURE_DECREE_MINIMUM.toLocaleString('nl-BE')} inwoners binnen één referentieregio voor een erkend
      intergemeentelijk samenwerkingsverband (IGS) cultuur. Tot 2032 is er een overgang voor samenwerkingen van minstens
      vier aangrenzende gemeenten. Voor UiTPAS zelf geldt volgens een bron uit 2022 geen minimum aantal inwoners meer.
    </p>
    <p class="regio-facts__note">
      Bronnen: <VvsgOnTheDecree />,{' '}
      <a href="https://www.cultuuroptil.be/intergemeentelijk-samenwerkingsverband-oprichten/">
        OP/TIL over een IGS oprichten
      </a>
      ,{' '}
      <a href="https://www.patriciawaerniers.be/post/de-uitpas-regio-brugge-straks-ook-in-beernem">
        UiTPAS-regio Brugge en Beernem
      </a>
      .
    </p>
  </div>
);

/** What the reference regions ask (domain.md 3.5), for a set in one region. */
const OneRegion = () => (
  <div>
    <h3>Eén referentieregio: dat past</h3>
    <p>
      Samenwerkingsverbanden in Vlaanderen moeten binnen één referentieregio liggen. Een samenwerking mag kleiner zijn
      dan de referentieregio. UiTPAS-regio’s vallen daar ook onder. Jullie gemeenten voldoen daaraan. Bron:{' '}
      <a href={REGIOVORMING}>OP/TIL over regiovorming</a>.
    </p>
  </div>
);

/** What the reference regions ask, for a set across several: the 2031 rule and the options. */
const SeveralRegions = () => (
  <div>
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
      Bronnen: <a href={REGIOVORMING}>OP/TIL over regiovorming en bestaande samenwerkingen</a>,{' '}
      <a href="https://www.cultuuroptil.be/definitieve-goedkeuring-regiodecreet/">
        OP/TIL over de goedkeuring van het Regiodecreet
      </a>
      .
    </p>
  </div>
);

/** The Flemish operating subsidy for a recognised IGS cultuur, with its conditions (a possibility, never a promise). */
const FlemishSubsidyRule = () => (
  <div>
    <h3>Wat kan Vlaanderen bijdragen?</h3>
    <p>
      Vanaf 2027 kan een erkend IGS cultuur een Vlaamse werkingssubsidie krijgen: hoogstens € 0,90 per inwoner, met een
      minimum van € 100.000 per jaar. Dat kan alleen als het IGS erkend is en minstens{' '}
      {CULTURE_DECREE_MINIMUM.toLocaleString('nl-BE')} inwoners telt binnen één referentieregio. Tot 2032 geldt een
      overgangsregeling voor samenwerkingen van minstens vier aangrenzende gemeenten. De gemeenten betalen zelf mee:
      volgens het ontwerpbesluit van december 2023 is dat 75 % van de Vlaamse subsidie. Deze subsidie is dus een
      mogelijkheid, geen toezegging.
    </p>
    <p class="regio-facts__note">
      Bronnen: <VvsgOnTheDecree />,{' '}
      <a href="https://cultuuroptil.be/update-decreet-bovenlokale-cultuurwerking-uitvoeringsbesluit-december-2023/">
        OP/TIL over het ontwerp van uitvoeringsbesluit (december 2023)
      </a>
      .
    </p>
  </div>
);

export function RegionFactsBody({ nis, decreet }: Props) {
  const status = referenceRegionStatus(nis);
  const decree = cultureDecreeCheck(nis);
  const gemeenten = writeLink({ gemeenten: [...nis] });
  const subsidy = flemishSubsidy(decree, nis.length);

  return (
    <section class="regio-facts" aria-labelledby="betekenis-titel" {...regionAttributes(nis)}>
      <h2 id="betekenis-titel">Wat dit betekent</h2>
      <RegionSummaryLine nis={nis} />

      {status === 'een' ? <OneRegion /> : <SeveralRegions />}
      {decreet ?? <CultureDecreeRule />}
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

      <FlemishSubsidyRule />
      <p class="regio-facts__verdict" data-vlaamse-subsidie={subsidy.status}>
        {subsidy.status === 'mogelijk' ? (
          <>
            Jullie halen die grens. Een IGS cultuur zou dan tot <strong>{euro(subsidy.amount)} per jaar</strong> kunnen
            krijgen ({subsidy.calculation}), als Vlaanderen het erkent.
          </>
        ) : subsidy.status === 'overgang' ? (
          <>
            Jullie halen de {number(CULTURE_DECREE_MINIMUM)} inwoners niet. Alleen de overgangsregeling tot 2032 kan dan
            nog gelden. Vraag na of die voor jullie geldt. Daarom rekent deze gids hier geen bedrag uit.
          </>
        ) : (
          <>
            Met deze gemeenten komt een IGS cultuur niet in aanmerking voor die subsidie. Daarom toont deze gids hier
            geen bedrag.
          </>
        )}
      </p>

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
