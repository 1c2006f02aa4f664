// What the dossier takes from the guide's own pages, in their words: publiq's statements on
// staffing as content/delen/hoeveel-coordinatie.mdx attributes them, and the documents each
// scenario asks as content/gids/voorbeelddocumenten.mdx lists them. A unit test checks that each
// text still stands on its page, so a change there shows up here.
import type { ScenarioLevel } from '../keuzehulp/spec';
import type { DossierApproval, Statement } from './dossier';

const SAMENWERKINGSVORMEN = 'Samenwerkingsvormen';

/** Staffing: per scenario what publiq says, then what holds for every scenario. */
export const COORDINATION: { scenario: Record<ScenarioLevel, Statement[]>; always: Statement[] } = {
  scenario: {
    1: [
      {
        text: 'Geen regiocoördinator. Elke gemeente heeft een eigen verantwoordelijke.',
        origin: 'publiq',
        source: `${SAMENWERKINGSVORMEN}, scenario 1`,
      },
      {
        text: 'Bij minimale samenwerking heeft elke gemeente een lokale trekker. publiq zegt niet hoeveel tijd die trekker nodig heeft.',
        origin: 'gids',
      },
    ],
    2: [
      {
        text: 'Vaak werkt één persoon deeltijds voor de regio. Idealiter is er 1 VTE regiocoördinator.',
        origin: 'publiq',
        source: `${SAMENWERKINGSVORMEN}, scenario 2`,
      },
    ],
    3: [
      {
        text: 'Een volwaardige coördinator. Hoeveel tijd dat is, zegt de tekst niet.',
        origin: 'publiq',
        source: `${SAMENWERKINGSVORMEN}, scenario 3`,
      },
    ],
  },
  always: [
    {
      text: 'Voor een regionaal UiTPAS-verhaal raadt publiq minstens 1 VTE regiocoördinator aan.',
      origin: 'publiq',
      source: 'Middelen',
    },
    {
      text: 'Voor de coördinatie raadt publiq 1 VTE aan tijdens de opstart van ongeveer zes maanden. Na de lancering minstens 0,5 VTE.',
      origin: 'publiq',
      source: 'UiTPAS en personeelsinzet',
    },
    {
      text: 'Deze gids rekent een coördinator met minstens 1 VTE als volwaardig.',
      origin: 'gids',
    },
    {
      text: 'Voor informele samenwerking vraagt de gids één persoon die het regionale werk leidt, minstens deeltijds. publiq schrijft alleen dat daar vaak één persoon deeltijds werkt. Beide grenzen zijn onze lezing van de teksten, geen regel van publiq.',
      origin: 'gids',
    },
  ],
};

/** The documents every municipality approves, then those each scenario adds (who approves or signs). */
export const APPROVALS: { always: DossierApproval[]; scenario: Record<ScenarioLevel, DossierApproval[]> } = {
  always: [
    { document: 'Collegebesluit over de aansluiting', who: 'het college van elke gemeente' },
    { document: 'Gemeenteraadsbesluit over de aansluiting', who: 'de gemeenteraad van elke gemeente' },
    {
      document: 'UiTPAS-overeenkomst met publiq, of een addendum',
      who: 'alle gemeenten van de regio en publiq tekenen',
    },
    { document: 'Retributiereglement met de tarieven', who: 'de gemeenteraad van elke gemeente' },
    {
      document: 'Samenwerkingsovereenkomst en verklaring op eer voor organisatoren',
      who: 'elke organisator tekent',
    },
  ],
  scenario: {
    1: [
      {
        document: 'De vier basisafspraken op papier: aanbod, voordelenkader, kostendeling en doelgroep',
        who: 'advies van deze gids: laat elke gemeenteraad ze goedkeuren, bijvoorbeeld samen met het besluit over de aansluiting',
      },
      { document: 'Wie de lokale trekker is in elke gemeente', who: 'het college van elke gemeente' },
    ],
    2: [
      {
        document: 'Regionale samenwerkingsovereenkomst',
        who: 'de gemeenteraad van elke gemeente, zoals in Westhoek en het Meetjesland',
      },
      { document: 'Regionaal reglement', who: 'de gemeenteraad van elke gemeente' },
      {
        document: 'Afspraak over de regiocoördinator: wie werkgever is en voor hoeveel tijd',
        who: 'de gemeenten samen, in de samenwerkingsovereenkomst (advies van deze gids)',
      },
    ],
    3: [
      {
        document: 'Statuten of oprichtingsakte van het samenwerkingsverband, of een besluit om toe te treden',
        who: 'de gemeenteraad van elke gemeente.',
      },
      {
        document: 'De regionale vrijetijdsvisie, bijvoorbeeld de cultuurnota van een IGS',
        who: 'advies van deze gids: het bestuur van het samenwerkingsverband, en de gemeenteraden als de statuten dat vragen',
      },
      {
        document: 'Een beschrijving van wat lokaal en wat regionaal gebeurt',
        who: 'advies van deze gids: het bestuur van het samenwerkingsverband. publiq noemt de beschrijving belangrijk in dit scenario, maar zegt niet wie ze goedkeurt.',
      },
    ],
  },
};

/** The guide's pages the dossier draws on, with publiq's pages it cites. Root-relative paths are the guide's. */
export const DOSSIER_SOURCES: { title: string; path?: string; url?: string }[] = [
  {
    title: 'publiq, Samenwerkingsvormen',
    url: 'https://www.publiq.be/nl/projecten/uitpas/uitpas-in-jouw-stad-of-gemeente/uitpaspartner/regionale-aansluiting/samenwerkingsvormen',
  },
  {
    title: 'publiq, Middelen (regionale aansluiting)',
    url: 'https://www.publiq.be/nl/projecten/uitpas/uitpas-in-jouw-stad-of-gemeente/uitpaspartner/regionale-aansluiting/middelen',
  },
  {
    title: 'publiq, UiTPAS en personeelsinzet',
    url: 'https://www.publiq.be/nl/inzichten-en-praktijk/uitpas-en-personeelsinzet',
  },
  {
    title: 'publiq, Timing en formele stappen (regionale aansluiting)',
    url: 'https://www.publiq.be/nl/projecten/uitpas/uitpas-in-jouw-stad-of-gemeente/uitpaspartner/regionale-aansluiting/timing-formele-stappen',
  },
  { title: 'De gids, Hoeveel coördinatie?', path: 'vergelijking/#hoeveel-coordinatie' },
  { title: 'De gids, Wat kost een UiTPAS-regio?', path: 'wat-kost-een-uitpas-regio/' },
  { title: 'De gids, Voorbeelddocumenten', path: 'voorbeelddocumenten/' },
  { title: 'Statbel, bevolking per gemeente op 1 januari 2026 (via de gids)', path: 'regio/' },
];
