// One step of the keuzehulp: native fieldset/legend radios in a <form>; submit moves on.
import type { Answers, QuestionId } from '../../lib/keuzehulp/spec';
import type { Question } from '../../lib/keuzehulp/types';
import { errorText, radioId } from './ErrorSummary';
import { Rich } from './Rich';

interface Props {
  questions: Question[];
  values: Answers;
  errors: QuestionId[];
  submitLabel: string;
  onChange(question: QuestionId, value: string): void;
  onSubmit(): void;
  onBack(): void;
}

export function QuestionStep({ questions, values, errors, submitLabel, onChange, onSubmit, onBack }: Props) {
  return (
    <form
      class="kh-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {questions.map((question, index) => {
        const hasError = errors.includes(question.id);
        const hintId = question.hint ? `kh-hint-${question.id}` : '';
        const errorId = hasError ? `kh-fout-${question.id}` : '';
        return (
          <fieldset
            key={question.id}
            class={hasError ? 'kh-fieldset kh-fieldset--error' : 'kh-fieldset'}
            aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          >
            <legend>
              <h2 class="kh-question" id={index === 0 ? 'kh-kop' : undefined} tabIndex={index === 0 ? -1 : undefined}>
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
                      checked={values[question.id] === option.value}
                      onChange={() => onChange(question.id, option.value)}
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
        );
      })}
      <div class="kh-actions">
        <button type="submit" class="button">
          {submitLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={onBack}>
          Vorige
        </button>
      </div>
    </form>
  );
}
