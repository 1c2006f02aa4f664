// Says, in plain words, which part of an opened link was not understood: answers, names, and
// municipality codes (named, since the reader typed or pasted them). Never renders the link as HTML.
import { TEXT_MAX, type QuestionId } from '../../lib/keuzehulp/spec';
import type { UrlProblem } from '../../lib/keuzehulp/codec';
import type { Question } from '../../lib/keuzehulp/types';
import { listInSentence } from '../../lib/text';

interface Props {
  problems: UrlProblem[];
  questions: ReadonlyMap<QuestionId, Question>;
  /** How many answers the link did hold: only then do "the other answers" still stand. */
  answered: number;
  /** What was wrong with `gemeenten`, one plain sentence per code (useRegion). */
  gemeenten?: readonly string[];
}

export function UrlNotice({ problems, questions, answered, gemeenten = [] }: Props) {
  const unreadable = problems.flatMap((problem) => {
    const question = problem.kind === 'value' ? questions.get(problem.question) : undefined;
    return question ? [question.short] : [];
  });
  const tooLong = problems.some((problem) => problem.kind === 'length');
  if (unreadable.length === 0 && !tooLong && gemeenten.length === 0) return null;
  return (
    <section class="box box--note kh-notice" aria-labelledby="kh-notice-titel">
      <p id="kh-notice-titel">
        <strong>Een deel van de link begrijpen we niet.</strong>
      </p>
      {unreadable.length > 0 && (
        <p>
          Het antwoord op {unreadable.length === 1 ? 'deze vraag' : 'deze vragen'} kunnen we niet lezen:{' '}
          {listInSentence(unreadable)}. Kies {unreadable.length === 1 ? 'dat antwoord' : 'die antwoorden'} opnieuw.
          {answered > 0 &&
            ` Je ${answered === 1 ? 'andere antwoord staat' : `${answered} andere antwoorden staan`} er nog.`}
        </p>
      )}
      {gemeenten.length > 0 && (
        <ul>
          {gemeenten.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      {tooLong && <p>Een naam in de link was langer dan {TEXT_MAX} tekens. We tonen alleen het begin.</p>}
    </section>
  );
}
