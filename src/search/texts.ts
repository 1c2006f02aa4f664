// Every text the search UI writes at run time, in Dutch. Pure, so it is unit-tested.

/** The result count as shown and announced: "3 resultaten voor "kostendeling"". */
export function resultSummary(count: number, query: string, section = ''): string {
  const where = section ? ` in ${section}` : '';
  if (count === 0) return `Niets gevonden voor "${query}"${where}.`;
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor "${query}"${where}.`;
}

export const texts = {
  searching: 'Bezig met zoeken…',
  failed: 'Zoeken lukt nu niet. Probeer het later opnieuw of gebruik de begrippenlijst.',
  allSections: 'Alle onderdelen',
  section: 'Onderdeel',
} as const;
