// Island 1 of the region page: what was wrong with the link, the picker and the chosen list.
// The facts (island 2) read the same link state (useLinkState); the static map is marked to match.
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { gemeentenQuery } from '../../lib/link/link';
import { useModule } from '../keuzehulp/useModule';
import { currentLink, useLinkState } from '../link/useLinkState';
import { ChosenMunicipalities } from './ChosenMunicipalities';
import { nameMapShapes } from './mapNames';
import { MunicipalityPicker } from './MunicipalityPicker';
import { enableMapClicks, markMap } from './staticMap';

export default function RegioPicker() {
  const { link, go } = useLinkState(gemeentenQuery);
  const nis = link.gemeenten;
  // Only a link that was not understood needs its notice: it loads with such a link.
  const LinkProblems = useModule(() => import('../link/LinkProblems'), link.problems.length > 0).module?.LinkProblems;
  const choose = (next: readonly string[]) => go({ gemeenten: [...new Set(next)].sort() }, { replace: true });

  // With the list, in the same frame: the static map never shows another choice than the list.
  useLayoutEffect(() => markMap(nis), [nis]);
  useEffect(() => nameMapShapes(), []);
  // Clicking the map adds a municipality, or removes one that is already chosen. It reads the link
  // as it is at the click, so a second click before the next render still counts.
  useEffect(
    () =>
      enableMapClicks((code) => {
        const now = currentLink().gemeenten;
        choose(now.includes(code) ? now.filter((c) => c !== code) : [...now, code]);
      }),
    [],
  );

  return (
    <div class="regio-picker">
      {LinkProblems && <LinkProblems problems={link.problems} shortOf={(id) => id} />}
      <MunicipalityPicker chosen={nis} onChoose={(code) => choose([...nis, code])} />
      <ChosenMunicipalities chosen={nis} onRemove={(code) => choose(nis.filter((c) => c !== code))} />
    </div>
  );
}
