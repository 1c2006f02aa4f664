// Per municipality: how far its answers are, what it holds back and what the others reach
// without it (told as a "what if", never as blame), and its own link to the keuzehulp.
// A municipality that has not answered is waiting, not holding back. Each set carries
// data-answer-set, data-label, data-holds-back, data-unanswered and data-without-scenario.
import { listOf } from '../../lib/text';
import type { OverviewAnalysis, SetAnalysis } from '../../lib/samen/analyse';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { answerWord, outcomeName, plural, shortOf } from './words';
import { ManualCopy } from '../shared/ManualCopy';

interface Props {
  model: KeuzehulpModel;
  analysis: OverviewAnalysis;
  /** Display name of each set, computed once. */
  names: string[];
  /** The keuzehulp link of each set, in order. */
  links: string[];
  onRemove(index: number): void;
  onCopy(index: number): void;
  /** The set whose link was just copied (ok) or could not be (show it to copy by hand). */
  copied: { index: number; ok: boolean } | null;
}

function Status({ model, item, name }: { model: KeuzehulpModel; item: SetAnalysis; name: string }) {
  const open = item.unanswered.length;
  if (open === 0) return <p>Alle 12 vragen zijn beantwoord.</p>;
  if (open === 12) return <p>Nog niet ingevuld. Het overzicht wacht op de antwoorden van {name}.</p>;
  return (
    <p>
      Nog {plural(open, 'vraag', 'vragen')} open:{' '}
      {listOf(item.unanswered.map((id) => shortOf(model, id).toLowerCase()))}.
    </p>
  );
}

function WhatIf({
  model,
  item,
  name,
  regionOutcome,
}: {
  model: KeuzehulpModel;
  item: SetAnalysis;
  name: string;
  regionOutcome: string;
}) {
  if (!item.without || item.unanswered.length === 12) return null;
  if (item.holdsBack.length === 0) {
    return (
      <p>
        {item.unanswered.length > 0 ? 'Op de vragen die ' + name + ' al beantwoordde, gaat' : name + ' gaat'} even ver
        als de andere gemeenten samen of verder.
      </p>
    );
  }
  const others = item.without;
  const same = String(others.scenario) === regionOutcome;
  return (
    <>
      <p>
        Op {item.holdsBack.length === 1 ? 'deze vraag' : 'deze vragen'} gaat {name} nog minder ver dan de andere
        gemeenten samen:
      </p>
      <ul>
        {item.holdsBack.map((question) => (
          <li key={question}>
            {shortOf(model, question)}: {name} antwoordt ‘{answerWord(model, item.set.answers, question)}’, de andere
            gemeenten samen ‘{answerWord(model, others.answers, question)}’.
          </li>
        ))}
      </ul>
      <p>
        {same
          ? `Zonder ${name} zouden de andere gemeenten op hetzelfde uitkomen: ${outcomeName(model, others.scenario)}.`
          : `Zonder ${name} zouden de andere gemeenten samen uitkomen op ${outcomeName(model, others.scenario)}.`}{' '}
        Dat is geen verwijt: {name} kan goede redenen hebben. Vraag wat {name} nodig heeft om mee te gaan, zodat de hele
        regio samen verder kan.
      </p>
    </>
  );
}

export function AnswerSets({ model, analysis, names, links, onRemove, onCopy, copied }: Props) {
  const regionOutcome = String(analysis.scenario);
  return (
    <section class="kh-section" aria-labelledby="sb-gemeenten">
      <h2 id="sb-gemeenten" tabIndex={-1}>
        Per gemeente
      </h2>
      <ul class="sb-sets">
        {analysis.sets.map((item, index) => {
          const name = names[index]!;
          const filled = item.unanswered.length < 12;
          return (
            <li
              key={index}
              class="sb-set"
              data-answer-set=""
              data-label={item.set.label}
              data-holds-back={item.holdsBack.join(' ')}
              data-unanswered={item.unanswered.join(' ')}
              data-without-scenario={item.without ? String(item.without.scenario) : undefined}
            >
              <h3>{name}</h3>
              <Status model={model} item={item} name={name} />
              <WhatIf model={model} item={item} name={name} regionOutcome={regionOutcome} />
              <p class="sb-set-actions no-print">
                <a href={links[index]} class="button button--secondary">
                  {filled ? 'Antwoorden wijzigen' : 'Antwoorden invullen'}
                  <span class="visually-hidden"> voor {name}</span>
                </a>
                <button type="button" class="button button--secondary" onClick={() => onCopy(index)}>
                  Kopieer de link<span class="visually-hidden"> voor {name}</span>
                </button>
                <button type="button" class="sb-link-button" onClick={() => onRemove(index)}>
                  Verwijder<span class="visually-hidden"> {name}</span> uit het overzicht
                </button>
              </p>
              {copied?.index === index &&
                (copied.ok ? (
                  <p class="kh-status no-print">De link voor {name} is gekopieerd. Stuur hem naar die gemeente.</p>
                ) : (
                  <ManualCopy
                    id={`sb-link-${index}`}
                    class="no-print"
                    label={`Link voor ${name}, om zelf te kopiëren`}
                    text={links[index]}
                  />
                ))}
            </li>
          );
        })}
      </ul>
      <p class="visually-hidden" role="status">
        {copied &&
          analysis.sets[copied.index] &&
          (copied.ok
            ? `De link voor ${names[copied.index]} is gekopieerd.`
            : 'Kopiëren lukte niet. Kopieer de link uit het veld zelf.')}
      </p>
    </section>
  );
}
