// Where "Kosten verdelen" sits on the overview. Its code (inputs, split, examples) loads when the
// link holds costs or the coordinator opens it, so an overview's first visit stays within its
// JavaScript budget (test/budgets.ts, samenJs).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useModule } from '../keuzehulp/useModule';
import type { CostMunicipality } from './CostSection';
import type { CostProblem, Costs } from '../../lib/dossier/costs';

interface Props {
  /** Static text from the page (a slot), kept out of the JavaScript. */
  intro?: ComponentChildren;
  costs: Costs;
  problems: readonly CostProblem[];
  municipalities: CostMunicipality[];
  onChange(next: Costs, replace: boolean): void;
}

export function CostArea({ intro, ...props }: Props) {
  const [opened, setOpened] = useState(false);
  const inLink = props.costs.lines.length > 0 || props.costs.key !== undefined || props.problems.length > 0;
  const { module, failed } = useModule(() => import('./CostSection'), opened || inLink);
  if (module) return <module.default {...props} focusFirst={opened} />;
  return (
    <section class="kh-section kv no-print" aria-labelledby="kv-kop">
      <h2 id="kv-kop">Kosten verdelen</h2>
      {intro}
      <button type="button" class="button button--secondary" onClick={() => setOpened(true)}>
        Kosten invullen
      </button>
      {failed && (
        <p class="kv-error" role="alert">
          Dit deel laden lukte niet. Laad de pagina opnieuw.
        </p>
      )}
    </section>
  );
}
