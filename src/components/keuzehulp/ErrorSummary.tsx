// GOV.UK error summary: takes focus, links each error to the first radio of its question.
import { useEffect, useRef } from 'preact/hooks';
import type { Question } from '../../lib/keuzehulp/types';
import { lowerFirst } from '../../lib/text';

interface Props {
  questions: Question[];
  /** Changes on every failed submit, so focus returns to the summary each time. */
  attempt: number;
}

export const errorText = (question: Question) => `Kies een antwoord op de vraag: ${lowerFirst(question.short)}.`;
export const radioId = (question: string, value: string) => `kh-${question}-${value}`;

export function ErrorSummary({ questions, attempt }: Props) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), [attempt]);
  return (
    <section class="kh-error-summary" ref={box} tabIndex={-1} aria-labelledby="kh-fout-titel">
      <h2 id="kh-fout-titel">Er is een probleem</h2>
      <ul>
        {questions.map((question) => {
          const target = radioId(question.id, question.options[0].value);
          return (
            <li key={question.id}>
              <a
                href={`#${target}`}
                onClick={(event) => {
                  event.preventDefault();
                  const input = document.getElementById(target);
                  input?.closest('fieldset')?.scrollIntoView();
                  input?.focus();
                }}
              >
                {errorText(question)}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
