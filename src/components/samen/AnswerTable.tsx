// All answers side by side: a question per row, a municipality per column, the region last.
// A real table with headers; on a narrow screen it scrolls inside a labelled, focusable region.
// Answers are words; a mark (▼) and a note flag who holds a question back, never colour alone.
import type { OverviewAnalysis } from '../../lib/samen/analyse';
import { QUESTION_IDS } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';
import { answerWord, shortOf } from './words';

interface Props {
  model: KeuzehulpModel;
  analysis: OverviewAnalysis;
  /** Display name of each set, computed once. */
  names: string[];
}

export function AnswerTable({ model, analysis, names }: Props) {
  const disagree = new Set(analysis.disagree);
  return (
    <section class="kh-section" aria-labelledby="sb-tabel">
      <h2 id="sb-tabel">Alle antwoorden naast elkaar</h2>
      <p>
        Per vraag het antwoord van elke gemeente, en in de laatste kolom wat dat voor de regio betekent. Een ▼ wijst op
        een antwoord dat de regio op die vraag tegenhoudt. Vragen met een * krijgen niet overal hetzelfde antwoord.
      </p>
      <div class="sb-scroll" role="region" aria-labelledby="sb-tabel-titel" tabIndex={0}>
        <table class="table sb-table">
          <caption id="sb-tabel-titel">
            Antwoorden per vraag en per gemeente
            {analysis.sets.length > 3 && <span class="sb-hint no-print"> (schuif opzij voor alle gemeenten)</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">Vraag</th>
              {analysis.sets.map((_, index) => (
                <th scope="col" key={index}>
                  {names[index]}
                </th>
              ))}
              <th scope="col" class="sb-region-col">
                Regio
              </th>
            </tr>
          </thead>
          <tbody>
            {QUESTION_IDS.map((question, row) => (
              <tr key={question}>
                <th scope="row">
                  {row + 1}. {shortOf(model, question)}
                  {disagree.has(question) && (
                    <>
                      {' '}
                      <span aria-hidden="true">*</span>
                      <span class="visually-hidden">(verschillende antwoorden)</span>
                    </>
                  )}
                </th>
                {analysis.sets.map((item, index) => {
                  const holds = item.holdsBack.includes(question);
                  const answered = item.set.answers[question] !== undefined;
                  return (
                    <td key={index} class={answered ? undefined : 'sb-open'}>
                      {answerWord(item.set.answers, question)}
                      {holds && (
                        <>
                          {' '}
                          <span aria-hidden="true">▼</span>
                          <span class="visually-hidden">(houdt de regio tegen)</span>
                        </>
                      )}
                    </td>
                  );
                })}
                <td class="sb-region-col">
                  <strong>{answerWord(analysis.region, question)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
