// The chosen municipalities, shared by the islands of the region page (one module instance per
// page). The URL is the state: ?gemeenten=... is read once and rewritten with replaceState on
// every change; the static map is marked to match. Browser only.
import { useEffect, useState } from 'preact/hooks';
import { gemeentenQuery, municipalityByNis, parseGemeenten, type GemeentenProblem } from '../../lib/regio';

export interface Selection {
  nis: string[];
  /** What was wrong with the link the page was opened with. */
  problems: GemeentenProblem[];
}

let selection: Selection | undefined;
const listeners = new Set<(selection: Selection) => void>();

function current(): Selection {
  selection ??= parseGemeenten(location.search);
  return selection;
}

/** Replaces the chosen municipalities (unknown codes are dropped) and tells every island. */
export function choose(nisCodes: readonly string[]): void {
  const nis = [...new Set(nisCodes)].filter((code) => municipalityByNis(code)).sort();
  selection = { nis, problems: current().problems };
  const params = new URLSearchParams(location.search);
  params.delete('gemeenten');
  const rest = params.toString();
  const query = [gemeentenQuery(nis), rest].filter(Boolean).join('&');
  history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
  markMap(nis);
  for (const listener of listeners) listener(selection);
}

/** The current selection, kept up to date in a component. */
export function useSelection(): Selection {
  const [value, setValue] = useState(current);
  useEffect(() => {
    listeners.add(setValue);
    return () => void listeners.delete(setValue);
  }, []);
  return value;
}

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
