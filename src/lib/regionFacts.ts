// The rows of a region's fact card, computed once from its data so the card only renders.
import type { Region } from './schemas';

const scenarioPages = {
  1: { slug: 'minimale-samenwerking', label: 'Lijkt op scenario 1: minimale samenwerking' },
  2: { slug: 'informele-samenwerking', label: 'Lijkt op scenario 2: informele samenwerking' },
  3: { slug: 'formele-samenwerking', label: 'Lijkt op scenario 3: formele samenwerking' },
} as const;

export interface FactRow {
  label: string;
  text?: string;
  list?: string[];
  scenario?: { slug: string; label: string };
}

export function factRows(region: Region): FactRow[] {
  const rows: FactRow[] = [
    { label: 'Structuur', text: region.structure },
    {
      label: 'Gemeenten',
      ...(region.members.length ? { list: region.members } : {}),
      text: region.membersNote ?? (region.members.length ? undefined : 'De bronnen noemen de gemeenten niet.'),
    },
    { label: 'Coördinatie', text: region.coordination },
    { label: 'Start', text: region.start },
    { label: 'Kosten', text: region.costSplit ?? 'Niet gevonden in de bronnen.' },
  ];
  const { scenario, why } = region.resembles;
  rows.push(
    scenario === null
      ? { label: 'Scenario', text: `Niet in te delen. ${why}` }
      : {
          label: 'Scenario',
          scenario: scenarioPages[scenario],
          text: `Waarom: ${why} Dat is een lezing van deze gids, geen indeling van publiq.`,
        },
  );
  return rows;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/** Alphabetical by name, as readers scan a reference list. */
export const byRegionName = (a: Pick<Region, 'name'>, b: Pick<Region, 'name'>) => collator.compare(a.name, b.name);
