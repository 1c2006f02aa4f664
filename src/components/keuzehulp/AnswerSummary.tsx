// "Jouw antwoorden": every answer, each with a "Wijzig" link (GOV.UK check answers).
import type { Answers, QuestionId } from '../../lib/keuzehulp/spec';
import type { Question } from '../../lib/keuzehulp/types';

interface Props {
  questions: Question[];
  answers: Answers;
  /** Questions the chosen municipalities answered: changed by changing the municipalities. */
  derived?: readonly QuestionId[];
  /** The link each "Wijzig" points to (the page with the current answers). */
  href: string;
  onChange(question: QuestionId): void;
}

export const answerLabel = (question: Question, answers: Answers) =>
  question.options.find((option) => option.value === answers[question.id])?.label ?? 'Niet beantwoord';

export function AnswerSummary({ questions, answers, derived = [], href, onChange }: Props) {
  return (
    <section class="kh-section" aria-labelledby="kh-antwoorden">
      <h3 id="kh-antwoorden">Jouw antwoorden</h3>
      <dl class="kh-answers">
        {questions.map((question) => (
          <div class="kh-answers__row" key={question.id}>
            <dt>{question.text}</dt>
            <dd>
              {answerLabel(question, answers)}
              {derived.includes(question.id) && ' (volgt uit jullie gemeenten)'}
            </dd>
            <dd class="no-print">
              <a
                href={href}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(question.id);
                }}
              >
                {derived.includes(question.id) ? (
                  'Wijzig de gemeenten'
                ) : (
                  <>
                    Wijzig<span class="visually-hidden"> het antwoord op: {question.text}</span>
                  </>
                )}
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
