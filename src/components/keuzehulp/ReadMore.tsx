// "Lees verder": the recommended scenario's page, or the basics when none fits yet.
import type { ScenarioInfo } from '../../lib/keuzehulp/types';
import { url } from '../../lib/paths';
import { scenarioName } from './ScenarioResult';

interface Props {
  /** The recommended scenario; undefined when none fits yet. */
  scenario: ScenarioInfo | undefined;
  /** Scenario 1: where a region without a scenario starts reading. */
  first: ScenarioInfo | undefined;
}

export function ReadMore({ scenario, first }: Props) {
  const start = scenario ?? first;
  return (
    <section class="kh-section no-print" aria-labelledby="kh-verder">
      <h3 id="kh-verder">Lees verder</h3>
      <ul>
        {start && (
          <li>
            <a href={url(start.path)}>Alles over {scenarioName(start)}</a>
          </li>
        )}
        {!scenario && (
          <li>
            <a href={url('/basis/')}>De vier basisafspraken van elke regio</a>
          </li>
        )}
        <li>
          <a href={url('/vergelijking/')}>De drie scenario’s naast elkaar</a>
        </li>
      </ul>
    </section>
  );
}
