// The map of Flanders, drawn from src/data/regio/map.json: every municipality a path with
// data-nis, the borders of the 15 reference regions drawn thick, their names as labels. One
// component for every page (docs/decisions/0010-keuzehulp-region-and-one-map.md): /regio/ renders it at build
// time (static SVG, marked later by selection.ts), the keuzehulp loads it with its result.
// Chosen municipalities are hatched and outlined, not only coloured; each municipality is named
// in its SVG <title> (shown when pointed at); CSS in RegionMap.css.
import map from '../../data/regio/map.json';
import { municipalityByNis, referenceRegions } from '../../lib/regio/data';

interface Props {
  /** NIS codes to mark (the chosen municipalities). */
  selected?: readonly string[];
  caption?: string;
  /**
   * Name every municipality in its SVG <title> (shown when pointed at). /regio/ renders the map
   * into its HTML without them and its island adds them (mapNames.ts): the names are in the
   * page's data already, and 285 titles would cost 1.8 KB gzip of HTML (test/budgets.ts).
   */
  names?: boolean;
}

// One map per page: the stylesheet refers to the hatching by this id.
const ID = 'regiokaart';
const paths = map.municipalities as Record<string, string>;
const labels: Record<string, number[]> = map.labels;

export function RegionMap({ selected = [], caption, names = true }: Props) {
  const chosen = new Set(selected);
  const activeRegions = new Set(selected.map((nis) => municipalityByNis(nis)?.region));
  const mark = (on: boolean) => (on ? '' : undefined);
  // Chosen ones last, so their thick outline is not hidden under their neighbours.
  const order = Object.keys(paths).sort((a, b) => Number(chosen.has(a)) - Number(chosen.has(b)));
  return (
    <figure class="region-map">
      <svg
        class="region-map__svg"
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${ID}-titel`}
        data-region-map=""
        data-has-selection={mark(chosen.size > 0)}
      >
        <title id={`${ID}-titel`}>
          Kaart van Vlaanderen met de 285 gemeenten en de grenzen van de 15 referentieregio's
          {chosen.size > 0
            ? `; ${chosen.size === 1 ? 'de gekozen gemeente is' : `de ${chosen.size} gekozen gemeenten zijn`} gearceerd`
            : ''}
        </title>
        <defs>
          <pattern
            id={`${ID}-arcering`}
            class="region-map__hatch"
            width="7"
            height="7"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="7" height="7" />
            <path d="M0 0v7" stroke-width="3.5" />
          </pattern>
        </defs>
        <g class="region-map__municipalities">
          {order.map((nis) => (
            // Its name shows when pointed at, so a reader knows what a click would choose.
            <path key={nis} data-nis={nis} d={paths[nis]} data-selected={mark(chosen.has(nis))}>
              {names && <title>{municipalityByNis(nis)?.name}</title>}
            </path>
          ))}
        </g>
        <path class="region-map__borders" d={map.regionBorders} />
        <g class="region-map__labels">
          {referenceRegions.map((region) => (
            <text
              key={region.code}
              x={labels[region.code][0]}
              y={labels[region.code][1]}
              data-refreg={region.code}
              data-active={mark(activeRegions.has(region.code))}
            >
              {region.name}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        {caption ?? 'De 15 referentieregio’s met dikke grenzen; dunne lijnen zijn gemeentegrenzen.'} Bron: Statbel,
        gemeentegrenzen op 1 januari 2025, vereenvoudigd door Provincies in Cijfers; referentieregio’s volgens de
        Vlaamse Regering (4 februari 2022).
      </figcaption>
    </figure>
  );
}
