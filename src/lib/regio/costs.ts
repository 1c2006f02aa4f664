// Per-inhabitant figures of real regions, worked out for a chosen region. Examples, never prices:
// each carries its region, year, source and what the money pays for (domain.md 2.4, 2.6). Both
// examples fund a whole cultural cooperation (an IGS cultuur), not UiTPAS alone (issue 20).
// What Flanders may contribute is kept apart: it is a possibility with conditions, shown as an
// amount only for a region that meets them (domain.md 3.3).
import { CULTURE_DECREE_MINIMUM } from './regions';

export interface CostExample {
  id: 'druivenstreek' | 'noordrand';
  /** Who it comes from and what it is, in Dutch. */
  title: string;
  /** The rule as the source gives it, in Dutch. */
  rule: string;
  /** What the money pays for, in Dutch. */
  pays: string;
  year: string;
  source: { label: string; href: string };
  /** The amount per year for the chosen region, in whole euros. */
  amount: number;
  /** How the amount was worked out, in Dutch. */
  calculation: string;
}

/** "€ 88.344": whole euros, Flemish notation. */
export function euro(amount: number): string {
  return `€ ${Math.round(amount).toLocaleString('nl-BE')}`;
}

const number = (value: number) => value.toLocaleString('nl-BE');
/** Both examples fund a whole IGS cultuur; one string, so the island carries it once. */
const WHOLE_COOPERATION = 'Dat geld is voor een hele IGS cultuur, niet alleen voor UiTPAS.';

/** What the municipalities of two real regions pay, for a region of `municipalityCount` municipalities and `inhabitants` inhabitants. */
export function costExamples(inhabitants: number, municipalityCount: number): CostExample[] {
  return [
    {
      id: 'druivenstreek',
      title: 'Vrijetijdsregio Druivenstreek: bijdrage van de gemeenten',
      rule: 'De vijf gemeenten betalen elk € 1 per inwoner per jaar. Een Vlaamse subsidie verdubbelde dat bedrag.',
      pays: WHOLE_COOPERATION,
      year: '2020',
      source: {
        label: 'Gemeente Tervuren, Vrijetijdsregio Druivenstreek',
        href: 'https://www.tervuren.be/vrijetijdsregiodruivenstreek',
      },
      amount: inhabitants,
      calculation: `${number(inhabitants)} inwoners × € 1`,
    },
    {
      id: 'noordrand',
      title: 'Cultuur Noordrand: bijdrage van de gemeenten bij de start',
      rule: 'Elke gemeente betaalt € 4.000 plus € 0,23 per inwoner per jaar (volgens de pers).',
      pays: WHOLE_COOPERATION,
      year: '2019',
      source: {
        label: 'Het Laatste Nieuws, over de start van IGS Cultuur Noordrand',
        href: 'https://www.hln.be/in-de-buurt/grimbergen/dertien-gemeenten-gaan-nauwer-en-met-meer-budget-samenwerken-rond-cultuur~aad20565/',
      },
      amount: 4000 * municipalityCount + 0.23 * inhabitants,
      calculation: `${municipalityCount} × € 4.000 + ${number(inhabitants)} inwoners × € 0,23`,
    },
  ];
}

/** The smallest number of adjacent municipalities the decree's transition rule names (until 2032). */
export const TRANSITION_MINIMUM_MUNICIPALITIES = 4;

/**
 * What Flanders may contribute from 2027 to a recognised IGS cultuur of this region:
 * `mogelijk` (≥ 85,000 inhabitants in one reference region: an upper amount, as a possibility),
 * `overgang` (one reference region, fewer inhabitants, at least four municipalities: only the
 * transition rule until 2032 might apply, so no amount), or `nee` (the region as chosen cannot get it).
 */
export type FlemishSubsidy =
  { status: 'mogelijk'; amount: number; calculation: string } | { status: 'overgang' | 'nee' };

export function flemishSubsidy(
  decree: { inhabitants: number; oneRegion: boolean; reaches: boolean },
  municipalityCount: number,
): FlemishSubsidy {
  if (decree.reaches && decree.inhabitants >= CULTURE_DECREE_MINIMUM) {
    const perInhabitant = 0.9 * decree.inhabitants;
    return {
      status: 'mogelijk',
      amount: Math.max(100_000, perInhabitant),
      calculation:
        perInhabitant >= 100_000
          ? `${number(decree.inhabitants)} inwoners × € 0,90`
          : `${number(decree.inhabitants)} inwoners × € 0,90 = ${euro(perInhabitant)}, dus het minimum van € 100.000`,
    };
  }
  if (decree.oneRegion && municipalityCount >= TRANSITION_MINIMUM_MUNICIPALITIES) return { status: 'overgang' };
  return { status: 'nee' };
}
