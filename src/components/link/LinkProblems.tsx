// The one notice for a link that was not (wholly) understood, on the keuzehulp, the region
// overview and /regio/ (docs/decisions/0012-one-region-one-link.md). It names what was left out
// and why, with exact counts, and summarises long lists instead of listing thousands of items.
// Everything from the link is shown as text, cleaned of characters that reorder it.
import type { QuestionId } from '../../lib/keuzehulp/spec';
import { LABEL_MAX, LISTED_PROBLEMS, MAX_SETS, TEXT_MAX } from '../../lib/link/limits';
import type { LinkProblem } from '../../lib/link/link';
import { shortened } from '../../lib/link/text';
import { listInSentence } from '../../lib/text';

interface Props {
  problems: readonly LinkProblem[];
  /** The short name of a question ("Aanbod open voor de hele regio"). */
  shortOf(question: QuestionId): string;
  /** How the page names an answer set, by index. */
  nameOfSet?(index: number): string;
  /** Answers the link still holds (the keuzehulp says they stand). */
  answered?: number;
  /** Heading level and id, so the notice fits the page's outline. */
  id?: string;
}

const quoted = (value: string) => `„${shortened(value, 24) || '(leeg)'}”`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "„a”, „b” en „c”", or the first few and how many more. */
function someOf(values: readonly string[]): string {
  const shown = values.slice(0, LISTED_PROBLEMS).map(quoted);
  const rest = values.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} en ${rest} andere` : listInSentence(shown);
}

/**
 * One sentence per kind of problem, in a fixed order; plain text. Cost lines and keys (`cost`)
 * are named in Kosten verdelen, beside the fields they concern (components/dossier/CostSection).
 */
export function problemSentences(
  problems: readonly LinkProblem[],
  { shortOf, nameOfSet = (index) => `Antwoordset ${index + 1}`, answered = 0 }: Omit<Props, 'problems' | 'id'>,
): string[] {
  const sentences: string[] = [];
  const own = problems.flatMap((p) => (p.kind === 'answer' && p.set === undefined ? [shortOf(p.question)] : []));
  if (own.length > 0) {
    sentences.push(
      `Het antwoord op ${own.length === 1 ? 'deze vraag' : 'deze vragen'} kunnen we niet lezen: ${listInSentence(own)}. Kies ${own.length === 1 ? 'dat antwoord' : 'die antwoorden'} opnieuw.` +
        (answered > 0
          ? ` Je ${answered === 1 ? 'andere antwoord staat' : `${answered} andere antwoorden staan`} er nog.`
          : ''),
    );
  }
  const bySet = new Map<number, string[]>();
  for (const p of problems)
    if (p.kind === 'answer' && p.set !== undefined)
      bySet.set(p.set, [...(bySet.get(p.set) ?? []), shortOf(p.question)]);
  const setLines = [...bySet].map(
    ([set, questions]) =>
      `${nameOfSet(set)}: ${questions.length === 1 ? 'het antwoord op' : 'de antwoorden op'} ${listInSentence(questions.map((q) => `‘${q}’`))} kunnen we niet lezen. We tellen ${questions.length === 1 ? 'het' : 'ze'} als nog niet beantwoord.`,
  );
  sentences.push(...setLines.slice(0, LISTED_PROBLEMS));
  if (setLines.length > LISTED_PROBLEMS) {
    sentences.push(
      `Bij nog ${count(setLines.length - LISTED_PROBLEMS, 'gemeente', 'gemeenten')} kunnen we een antwoord niet lezen; we tellen het als nog niet beantwoord.`,
    );
  }
  const malformed = problems.flatMap((p) => (p.kind === 'malformed-set' ? [p] : []));
  if (malformed.length > 0) {
    const which = malformed.slice(0, LISTED_PROBLEMS).map((p) => `nummer ${p.position} (${quoted(p.value)})`);
    const rest = malformed.length - which.length;
    sentences.push(
      `${count(malformed.length, 'antwoordset heeft', 'antwoordsets hebben')} niet de vorm naam~12 tekens: ${which.join(', ')}${rest > 0 ? ` en ${rest} andere` : ''}. We laten ${malformed.length === 1 ? 'ze' : 'die'} weg. Vraag die gemeenten om hun link opnieuw te sturen.`,
    );
  }
  for (const p of problems) {
    if (p.kind === 'too-many-sets') {
      sentences.push(
        `Een overzicht telt hoogstens ${MAX_SETS} gemeenten. De link noemt er ${p.given}: we tonen de eerste ${MAX_SETS} en laten er ${p.dropped} weg. Maak voor de andere gemeenten een tweede overzicht.`,
      );
    } else if (p.kind === 'text-length') {
      sentences.push(
        `${p.field === 'regio' ? 'De naam van de regio' : 'De naam bij ‘Ingevuld door’'} was langer dan ${TEXT_MAX} tekens. We tonen alleen het begin.`,
      );
    } else if (p.kind === 'label-length') {
      sentences.push(`De naam van ${nameOfSet(p.set)} is langer dan ${LABEL_MAX} tekens. We tonen alleen het begin.`);
    } else if (p.kind === 'merged') {
      sentences.push(
        `${quoted(p.label)} is dezelfde gemeente als ${nameOfSet(p.set)}. We voegen hun antwoorden samen.`,
      );
    } else if (p.kind === 'old-code') {
      sentences.push(
        `${p.value} is de code van ${p.oldName} van vóór de fusies van 1 januari 2025. ${p.oldName} hoort nu bij ${p.name} (${p.nis}): die gemeente nemen we.`,
      );
    } else if (p.kind === 'brussels') {
      sentences.push(
        `${someOf(p.values)} ${p.values.length === 1 ? 'is een Brusselse gemeente' : 'zijn Brusselse gemeenten'}. Referentieregio’s gelden alleen in Vlaanderen, dus we laten ${p.values.length === 1 ? 'ze' : 'die'} weg.`,
      );
    } else if (p.kind === 'unknown-codes') {
      sentences.push(
        p.values.length === 1
          ? `${quoted(p.values[0]!)} is geen NIS-code van een Vlaamse gemeente. We laten die code weg.`
          : `${p.values.length} waarden bij de gemeenten zijn geen NIS-code van een Vlaamse gemeente: ${someOf(p.values)}. We laten ze weg.`,
      );
    }
  }
  return sentences;
}

export function LinkProblems({ problems, id = 'link-problemen', ...words }: Props) {
  const sentences = problemSentences(problems, words);
  if (sentences.length === 0) return null;
  return (
    <section class="box box--note link-problems" aria-labelledby={id} data-link-problems={String(sentences.length)}>
      <h2 id={id}>Een deel van de link kunnen we niet gebruiken</h2>
      <p>Alles wat we wel konden lezen, staat er nog.</p>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
