// The regiodossier as plain data (docs/decisions/0016-regiodossier.md): what the overview knows,
// in the order the document tells it. The .docx writer (./docx.ts) and the overview's printout
// read this; neither decides anything. Every statement says where it comes from.

/** Where a statement comes from: publiq's own text, the guide's reading of it, or the region's answers. */
export type Origin = 'publiq' | 'gids' | 'regio';

export interface Statement {
  text: string;
  origin: Origin;
  /** For publiq's statements: the page it is on. */
  source?: string | undefined;
}

export interface DossierMunicipality {
  /** The name a person reads (the label as text when the site does not know it). */
  name: string;
  nis?: string | undefined;
  inhabitants?: number | undefined;
  referenceRegion?: string | undefined;
}

/** An agreement's status for the region. */
export type AgreementStatus = 'agreed' | 'discuss' | 'not-yet' | 'unanswered';

export interface DossierAgreement {
  title: string;
  status: AgreementStatus;
  /** Names of the municipalities that hold it back. */
  heldBackBy: string[];
}

export interface DossierScenario {
  /** For example "Scenario 1: minimale samenwerking". */
  title: string;
  agreements: DossierAgreement[];
}

export interface DossierCosts {
  lines: { label: string; amount: number }[];
  total: number;
  /** The key in words, and in one sentence. */
  keyName: string;
  keySentence: string;
  /** Shares per municipality, or why there are none. */
  shares: { name: string; inhabitants?: number | undefined; share: number }[] | { problem: string };
}

export interface DossierApproval {
  document: string;
  /** Who approves or signs, as the guide's page on example documents says. */
  who: string;
}

export interface DossierData {
  region: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The overview's link, which holds everything in this dossier. */
  link: string;
  municipalities: DossierMunicipality[];
  advice: {
    scenario: string;
    withinReach: string;
    provisional: boolean;
    /** Who still has to answer what, one line each. */
    waiting: string[];
    statements: Statement[];
  };
  /** The recommended scenario and the next one up. */
  scenarios: DossierScenario[];
  coordination: Statement[];
  costs?: DossierCosts | undefined;
  nextSteps: Statement[];
  approvals: DossierApproval[];
  sources: { title: string; url: string }[];
}

export const STATUS_TEXT: Record<AgreementStatus, string> = {
  agreed: 'afgesproken',
  discuss: 'te bespreken',
  'not-yet': 'nog niet',
  unanswered: 'nog geen antwoord',
};

export const ORIGIN_TEXT: Record<Origin, string> = {
  publiq: 'publiq',
  gids: 'lezing van de gids',
  regio: 'antwoorden van de regio',
};

/** `uitpas-regiodossier-<region as a slug>-<YYYY-MM-DD>.docx`. */
export function dossierFileName(region: string, date: string): string {
  const slug = region
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `uitpas-regiodossier-${slug || 'regio'}-${date}.docx`;
}

/** Today's date as YYYY-MM-DD in the reader's own time zone. */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
