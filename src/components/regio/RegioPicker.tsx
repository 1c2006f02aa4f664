// Island 1 of the region page: what was wrong with the link, the picker and the chosen list.
// The map (static SVG) and the facts (island 2) follow the same selection (selection.ts).
import { useEffect } from 'preact/hooks';
import { describeGemeentenProblem } from '../../lib/regio';
import { ChosenMunicipalities } from './ChosenMunicipalities';
import { nameMapShapes } from './mapNames';
import { MunicipalityPicker } from './MunicipalityPicker';
import { choose, enableMapClicks, markMap, useSelection } from './selection';

export default function RegioPicker() {
  const { nis, problems } = useSelection();
  const add = (code: string) => choose([...nis, code]);

  useEffect(() => {
    markMap(nis);
    nameMapShapes();
  }, []);
  // Clicking the map adds a municipality, or removes one that is already chosen.
  useEffect(
    () => enableMapClicks((code) => choose(nis.includes(code) ? nis.filter((c) => c !== code) : [...nis, code])),
    [nis],
  );

  return (
    <div class="regio-picker">
      {problems.length > 0 && (
        <div class="box box--note regio-problems" role="status">
          <p>
            <strong>Niet alles in de link kon gebruikt worden.</strong>
            {nis.length > 0 ? ' De andere gemeenten hebben we gehouden.' : ''}
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.value} data-probleem={problem.kind} data-code={problem.value}>
                {describeGemeentenProblem(problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <MunicipalityPicker chosen={nis} onChoose={add} />
      <ChosenMunicipalities chosen={nis} onRemove={(code) => choose(nis.filter((c) => c !== code))} />
    </div>
  );
}
