// A municipality answering for itself in a region overview reads the questions about its own
// municipality (content/keuzehulp/vragen.yaml, decision 0017). The answer values stay the same,
// so the overview combines its answers as before.
import type { Question } from './types';

/**
 * The question as one municipality reads it. A value it is not offered (`trekkers` `deels`) stays
 * only when it is the answer already given, so that answer is shown and can be changed.
 */
export function forOneMunicipality(question: Question, answer?: string): Question {
  const own = question.optionsOneMunicipality;
  return {
    ...question,
    text: question.textOneMunicipality ?? question.text,
    options: own
      ? question.options.flatMap((option) =>
          own[option.value]
            ? [{ value: option.value, label: own[option.value]! }]
            : option.value === answer
              ? [option]
              : [],
        )
      : question.options,
  };
}
