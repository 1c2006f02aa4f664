// The region facts of docs/contracts/regio.md as the tests read them: the oracle computed from the
// committed data alone, the data-* attributes on a page, and the municipalities marked on the map.
import type { Locator, Page } from 'playwright-core';
import municipalities from '../../src/data/regio/municipalities.json';

export interface RegionFacts {
  gemeenten: string | null;
  status: string | null;
  codes: string | null;
  inwoners: string | null;
}

/** What the committed data says about a set of NIS codes, computed without the site's code. */
export function expectedRegionFacts(nis: readonly string[]): RegionFacts {
  const picked = municipalities.filter((m) => nis.includes(m.nis));
  const regions = [...new Set(picked.map((m) => m.region))].sort();
  return {
    gemeenten: picked
      .map((m) => m.nis)
      .sort()
      .join(' '),
    status: regions.length === 1 ? 'een' : 'meerdere',
    codes: regions.join(' '),
    inwoners: String(picked.reduce((sum, m) => sum + m.inhabitants, 0)),
  };
}

/** The contract's attributes (docs/contracts/regio.md) on `element` (the element that carries data-gemeenten), once it is there. */
export async function regionFactsOf(element: Locator): Promise<RegionFacts> {
  await element.waitFor();
  return {
    gemeenten: await element.getAttribute('data-gemeenten'),
    status: await element.getAttribute('data-referentieregio-status'),
    codes: await element.getAttribute('data-referentieregio-codes'),
    inwoners: await element.getAttribute('data-inwoners'),
  };
}

/** The NIS codes of the municipalities marked on the map, sorted. */
export async function markedOnMap(page: Page): Promise<string[]> {
  // The keuzehulp draws its map once the map's data has loaded (on demand): wait for it.
  await page.locator('[data-region-map]').first().waitFor();
  return page
    .locator('[data-region-map] path[data-nis][data-selected]')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-nis')!).sort());
}
