// One step: one question as native radios in a fieldset, in a <form>; submitting moves on.
// Holds the reader's choice until it is submitted, and the GOV.UK error when there is none.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Question } from '../../lib/keuzehulp/types';
import { ErrorSummary, errorText, radioId } from './ErrorSummary';
import { Rich } from './Rich';

interface Props {
  question: Question;
  /** The answer already given, if any. */
  answer: string | undefined;
  /** "Vraag 3 van 12". */
  progress: string;
  /** The page title for this step. */
  title: string;
  submitLabel: string;
  onSubmit(value: string): void;
  onBack(): void;
}

export function QuestionStep({ question, answer, progress, title, submitLabel, onSubmit, onBack }: Props) {
  const [value, setValue] = useState(answer);
  const [attempt, setAttempt] = useState(0);
  // As GOV.UK: the error stays until the next submit.
  const hasError = attempt > 0;
  useLayoutEffect(() => {
    document.title = (hasError ? 'Fout: ' : '') + title;
  }, [hasError, title]);
  const hintId = question.hint ? `kh-hint-${question.id}` : '';
  const errorId = hasError ? `kh-fout-${question.id}` : '';

  return (
    <>
      {hasError && <ErrorSummary questions={[question]} attempt={attempt} />}
      <p class="kh-label">{progress}</p>
      <form
        class="kh-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (value === undefined) setAttempt((count) => count + 1);
          else onSubmit(value);
        }}
      >
        <fieldset
          class={hasError ? 'kh-fieldset kh-fieldset--error' : 'kh-fieldset'}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        >
          <legend>
            <h2 class="kh-question" id="kh-kop" tabIndex={-1}>
              {question.text}
            </h2>
          </legend>
          {question.hint && (
            <p class="kh-hint" id={hintId}>
              <Rich text={question.hint} />
            </p>
          )}
          {hasError && (
            <p class="kh-error" id={errorId}>
              <span class="visually-hidden">Fout: </span>
              {errorText(question)}
            </p>
          )}
          <div class="kh-radios">
            {question.options.map((option) => {
              const id = radioId(question.id, option.value);
              return (
                <div class="kh-radio" key={option.value}>
                  <input
                    type="radio"
                    id={id}
                    name={question.id}
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => setValue(option.value)}
                  />
                  <label for={id}>{option.label}</label>
                </div>
              );
            })}
          </div>
          <details class="kh-why">
            <summary>Waarom vragen we dit?</summary>
            <p>
              <Rich text={question.why} />
            </p>
          </details>
        </fieldset>
        <div class="kh-actions">
          <button type="submit" class="button">
            {submitLabel}
          </button>
          <button type="button" class="button button--secondary" onClick={onBack}>
            Vorige
          </button>
        </div>
      </form>
    </>
  );
}
