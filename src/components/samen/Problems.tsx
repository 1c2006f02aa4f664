// What the page could not use from its link, in plain words: left-out sets, unreadable
// answers, names that were too long, sets beyond fifty. Everything else is kept.
import type { OverviewProblem } from '../../lib/samen/codec';
import { MAX_SETS, displayLabel, LABEL_MAX, REGIO_MAX } from '../../lib/samen/codec';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { shortOf } from './words';

interface Props {
  model: KeuzehulpModel;
  problems: OverviewProblem[];
  /** Display name of a kept set, by index. */
  nameOf(index: number): string;
}

/** More would bury the overview; a link this broken needs to be sent again anyway. */
const SHOWN = 20;

const preview = (value: string) => {
  const text = displayLabel(value);
  return text || '(leeg)';
};

export function Problems({ model, problems, nameOf }: Props) {
  if (problems.length === 0) return null;
  return (
    <div class="box box--note sb-problems" role="region" aria-labelledby="sb-problemen">
      <h2 id="sb-problemen">Een deel van de link kunnen we niet lezen</h2>
      <p>Alles wat we wel konden lezen, staat in het overzicht.</p>
      <ul>
        {problems.slice(0, SHOWN).map((problem, index) => {
          switch (problem.kind) {
            case 'malformed':
              return (
                <li key={index}>
                  Antwoordset {problem.position} (‘{preview(problem.value)}’) heeft niet de vorm naam~12 tekens. We
                  laten ze weg. Vraag die gemeente om haar link opnieuw te sturen.
                </li>
              );
            case 'code':
              return (
                <li key={index}>
                  {nameOf(problem.set)}: het antwoord op ‘{shortOf(model, problem.question)}’ kunnen we niet lezen. We
                  tellen het als nog niet beantwoord.
                </li>
              );
            case 'too-many':
              return (
                <li key={index}>
                  Een overzicht telt hoogstens {MAX_SETS} gemeenten. We tonen de eerste {MAX_SETS} en laten er{' '}
                  {problem.dropped} weg. Maak voor de andere gemeenten een tweede overzicht.
                </li>
              );
            case 'regio-length':
              return (
                <li key={index}>De naam van de regio was langer dan {REGIO_MAX} tekens. We tonen alleen het begin.</li>
              );
            case 'label-length':
              return (
                <li key={index}>
                  De naam van {nameOf(problem.set)} is langer dan {LABEL_MAX} tekens. We tonen alleen het begin.
                </li>
              );
          }
        })}
        {problems.length > SHOWN && <li>En nog {problems.length - SHOWN} andere delen van de link.</li>}
      </ul>
    </div>
  );
}
