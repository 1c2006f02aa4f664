// The guide as a reading order: previous/next links and breadcrumbs.
// Pure functions over plain data so they are unit-tested without Astro.

export interface GuideEntry {
  id: string;
  title: string;
  navLabel?: string | undefined;
  order: number;
  parent?: string | undefined;
}

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

export function sortGuide<T extends GuideEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Previous and next page in guide order. Throws when two pages share an order. */
export function neighbours<T extends GuideEntry>(entries: readonly T[], id: string): Neighbours<T> {
  const sorted = sortGuide(entries);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].order === sorted[i - 1].order) {
      throw new Error(
        `Twee pagina's hebben dezelfde "order" (${sorted[i].order}): ${sorted[i - 1].id} en ${sorted[i].id}.`,
      );
    }
  }
  const at = sorted.findIndex((entry) => entry.id === id);
  if (at === -1) return {};
  return { previous: sorted[at - 1], next: sorted[at + 1] };
}

/** The chain of pages from the home page down to (not including) this one. */
export function breadcrumbTrail<T extends GuideEntry>(entries: readonly T[], id: string): T[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const trail: T[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parent;
  while (parentId) {
    if (seen.has(parentId)) throw new Error(`De "parent" van ${id} vormt een kring.`);
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) throw new Error(`Pagina ${id}: "parent" ${parentId} bestaat niet.`);
    trail.unshift(parent);
    parentId = parent.parent;
  }
  const home = byId.get('index');
  if (home && id !== 'index' && trail[0]?.id !== 'index') trail.unshift(home);
  return trail;
}
