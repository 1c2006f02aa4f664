// Island 2 of the region page: what follows from the chosen municipalities (RegionFactsBody).
// It reads the same link state as the picker (useLinkState). Its code loads once a municipality
// is chosen, so a first visit, which chooses none, does not download it (test/budgets.ts:
// regioFirstVisit). Nothing shows while nothing is chosen.
import { gemeentenQuery } from '../../lib/link/link';
import { useModule } from '../keuzehulp/useModule';
import { useLinkState } from '../link/useLinkState';

export default function RegionFacts() {
  const nis = useLinkState(gemeentenQuery).link.gemeenten;
  const facts = useModule(() => import('./RegionFactsBody'), nis.length > 0).module;
  if (nis.length === 0 || !facts) return null;
  return <facts.RegionFactsBody nis={nis} />;
}
