// Per-inhabitant figures of real regions, worked out for a chosen region. Examples, never prices:
// each carries its region, year and source, and the page says so (domain.md 2.4, 2.6, 3.3).

export interface CostExample {
  id: 'druivenstreek' | 'noordrand' | 'cultuurdecreet';
  /** Who it comes from and what it is, in Dutch. */
  title: string;
  /** The rule as the source gives it, in Dutch. */
  rule: string;
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

/** The examples for a region of `municipalityCount` municipalities and `inhabitants` inhabitants. */
export function costExamples(inhabitants: number, municipalityCount: number): CostExample[] {
  const flemishSubsidy = Math.max(100_000, 0.9 * inhabitants);
  return [
    {
      id: 'druivenstreek',
      title: 'Vrijetijdsregio Druivenstreek: bijdrage van de gemeenten',
      rule: 'De vijf gemeenten betalen elk € 1 per inwoner per jaar; de Vlaamse subsidie verdubbelt dat bedrag.',
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
      year: '2019',
      source: {
        label: 'Het Laatste Nieuws, over de start van IGS Cultuur Noordrand',
        href: 'https://www.hln.be/in-de-buurt/grimbergen/dertien-gemeenten-gaan-nauwer-en-met-meer-budget-samenwerken-rond-cultuur~aad20565/',
      },
      amount: 4000 * municipalityCount + 0.23 * inhabitants,
      calculation: `${municipalityCount} × € 4.000 + ${number(inhabitants)} inwoners × € 0,23`,
    },
    {
      id: 'cultuurdecreet',
      title: 'Nieuw decreet bovenlokale cultuurwerking: Vlaamse werkingssubsidie voor een erkend IGS cultuur',
      rule: 'Vanaf 2027 hoogstens € 0,90 per inwoner, met een minimum van € 100.000. De gemeenten betalen mee (volgens het ontwerpbesluit 75 % van de Vlaamse subsidie).',
      year: '2027',
      source: {
        label: 'VVSG, nieuw decreet bovenlokale cultuur en participatie',
        href: 'https://www.vvsg.be/nieuws/bovenlokaal-samenwerken-op-vlak-van-cultuur-en-participatie-versterken-in-nieuw-decreet',
      },
      amount: flemishSubsidy,
      calculation:
        0.9 * inhabitants >= 100_000
          ? `${number(inhabitants)} inwoners × € 0,90 (hoogstens)`
          : `${number(inhabitants)} inwoners × € 0,90 = ${euro(0.9 * inhabitants)}, dus het minimum van € 100.000`,
    },
  ];
}
