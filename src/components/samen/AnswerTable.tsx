// All answers side by side: a question per row, the region's combined answer first after the
// question (in view at every width), then a municipality per column. A real table with headers;
// on a narrow screen it scrolls inside a labelled, focusable region. On paper the municipalities
// come in blocks of six, each block with the questions and the region again, so every
// municipality and the region reach the paper up to fifty. Answers are words; a mark (▼) and a
// note flag who holds a question back, never colour alone.
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

/** Municipalities per printed block: with the question and the region, what fits across A4. */
const PRINT_BLOCK = 6;

function Grid({
  model,
  analysis,
  names,
  columns,
  caption,
  id,
  className,
}: Props & { columns: number[]; caption: string; id: string; className: string }) {
  const disagree = new Set(analysis.disagree);
  return (
    <table class={`table sb-table ${className}`} aria-labelledby={id}>
      <caption id={id}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Vraag</th>
          <th scope="col" class="sb-region-col">
            Regio
          </th>
          {columns.map((index) => (
            <th scope="col" key={index}>
              {names[index]}
            </th>
          ))}
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
            <td class="sb-region-col">
              <strong>{answerWord(model, analysis.region, question)}</strong>
            </td>
            {columns.map((index) => {
              const item = analysis.sets[index]!;
              const holds = item.holdsBack.includes(question);
              const answered = item.set.answers[question] !== undefined;
              return (
                <td key={index} class={answered ? undefined : 'sb-open'}>
                  {answerWord(model, item.set.answers, question)}
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AnswerTable(props: Props) {
  const all = props.analysis.sets.map((_, index) => index);
  const blocks: number[][] = [];
  for (let start = 0; start < all.length; start += PRINT_BLOCK) blocks.push(all.slice(start, start + PRINT_BLOCK));
  return (
    <section class="kh-section" aria-labelledby="sb-tabel">
      <h2 id="sb-tabel">Alle antwoorden naast elkaar</h2>
      <p>
        Per vraag eerst wat de antwoorden voor de regio betekenen, dan het antwoord van elke gemeente. Een ▼ wijst op
        een antwoord dat de regio op die vraag tegenhoudt. Vragen met een * krijgen niet overal hetzelfde antwoord.
      </p>
      <div class="sb-scroll no-print" role="region" aria-labelledby="sb-tabel-titel" tabIndex={0}>
        <Grid
          {...props}
          columns={all}
          id="sb-tabel-titel"
          className=""
          caption={`Antwoorden per vraag en per gemeente${all.length > 2 ? ' (schuif opzij voor alle gemeenten)' : ''}`}
        />
      </div>
      {blocks.map((columns, block) => (
        <Grid
          {...props}
          key={block}
          columns={columns}
          id={`sb-tabel-blok-${block}`}
          className="sb-print-only sb-print-block"
          caption={
            blocks.length === 1
              ? 'Antwoorden per vraag en per gemeente'
              : `Antwoorden per vraag, gemeenten ${columns[0]! + 1} tot ${columns.at(-1)! + 1} van ${all.length}`
          }
        />
      ))}
    </section>
  );
}
