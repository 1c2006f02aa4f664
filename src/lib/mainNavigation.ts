// The main sections of the guide, in reading order. Add a section here and the header's
// menu shows it: on wide screens in one row, on phones behind the "Menu" button.

export interface NavSection {
  /** Path under the base, e.g. "basis/" ("" for the home page). */
  path: string;
  label: string;
  /** Other path prefixes that belong to this section (e.g. the scenario pages). */
  match?: readonly string[];
}

export const mainSections: readonly NavSection[] = [
  // "Home", not "Start": the home page's main button is "Start de keuzehulp".
  { path: '', label: 'Home' },
  { path: 'basis/', label: 'Basisafspraken' },
  { path: 'vergelijking/', label: "Scenario's", match: ['scenarios/'] },
  { path: 'regio/', label: 'Jullie regio' },
  { path: 'keuzehulp/', label: 'Keuzehulp' },
  { path: 'aan-de-slag/', label: 'Aan de slag' },
  { path: 'begrippen/', label: 'Begrippen' },
  { path: 'veelgestelde-vragen/', label: 'Vragen' },
];

/** Whether the page at currentPath lies in section (the home page only matches itself). */
export function isCurrentSection(section: NavSection, currentPath: string): boolean {
  if (currentPath === section.path) return true;
  if (section.path === '') return false;
  return [section.path, ...(section.match ?? [])].some((prefix) => currentPath.startsWith(prefix));
}
