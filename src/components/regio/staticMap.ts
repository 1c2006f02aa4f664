// The static map of /regio/ (RegionMap rendered at build time) follows the chosen
// municipalities: the picker island marks them on it and lets a click choose one. The chosen
// municipalities themselves live in the link (useLinkState), shared by the page's islands.
import { municipalityByNis } from '../../lib/regio/data';

/** Marks the chosen municipalities and names their reference regions on the static map. */
export function markMap(nis: readonly string[]): void {
  const svg = document.querySelector<SVGSVGElement>('[data-region-map]');
  if (!svg) return;
  const chosen = new Set(nis);
  const regions = new Set(nis.map((code) => municipalityByNis(code)?.region));
  const group = svg.querySelector('.region-map__municipalities');
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-nis]')) {
    const selected = chosen.has(path.dataset.nis ?? '');
    if (selected === path.hasAttribute('data-selected')) continue;
    path.toggleAttribute('data-selected', selected);
    // Drawn last, so the thick outline is not hidden under its neighbours.
    if (selected) group?.append(path);
  }
  for (const label of svg.querySelectorAll<SVGTextElement>('text[data-refreg]')) {
    label.toggleAttribute('data-active', regions.has(label.dataset.refreg));
  }
  svg.toggleAttribute('data-has-selection', chosen.size > 0);
}

/** Lets a click on a municipality of the map add it (the list stays the primary way). */
export function enableMapClicks(onChoose: (nis: string) => void): () => void {
  const svg = document.querySelector<SVGSVGElement>('[data-region-map]');
  if (!svg) return () => {};
  const onClick = (event: Event) => {
    const nis = (event.target as Element).closest<SVGPathElement>('path[data-nis]')?.dataset.nis;
    if (nis) onChoose(nis);
  };
  svg.setAttribute('data-clickable', '');
  svg.addEventListener('click', onClick);
  return () => svg.removeEventListener('click', onClick);
}
