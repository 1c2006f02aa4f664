// "Waarom dit scenario?": the conditions the answers meet, grouped by the answer that met them,
// so "Ja, dat is afgesproken" is said once above the agreements it covers.
import type { Check } from '../../lib/keuzehulp/rules';
import type { Answers, QuestionId } from '../../lib/keuzehulp/spec';
import type { ConditionText, Question } from '../../lib/keuzehulp/types';
import { lowerFirst } from '../../lib/text';
import { answerLabel } from './AnswerSummary';
import { ConditionTitle } from './ConditionTitle';

interface Props {
  checks: Check<ConditionText>[];
  questions: ReadonlyMap<QuestionId, Question>;
  answers: Answers;
  /** The recommended scenario's name, "minimale samenwerking (scenario 1)". */
  scenario: string;
}

/** What the reader answered, as it reads above a group: "ja, dat is afgesproken". */
function answerOf(check: Check<ConditionText>, questions: Props['questions'], answers: Answers): string {
  const question = check.met && questions.get(check.met.question);
  if (!question) return '';
  const label = lowerFirst(answerLabel(question, answers));
  // A condition that more than one question can meet names the question that did.
  return check.condition.anyOf.length > 1 ? `${label} (op ‘${lowerFirst(question.short)}’)` : label;
}

export function groupByAnswer(checks: Check<ConditionText>[], questions: Props['questions'], answers: Answers) {
  const groups = new Map<string, Check<ConditionText>[]>();
  for (const check of checks) {
    const answer = answerOf(check, questions, answers);
    groups.set(answer, [...(groups.get(answer) ?? []), check]);
  }
  return [...groups];
}

export function Reasons({ checks, questions, answers, scenario }: Props) {
  if (checks.length === 0) return null;
  return (
    <section class="kh-section" aria-labelledby="kh-waarom">
      <h3 id="kh-waarom">Waarom dit scenario?</h3>
      <p>Jullie antwoorden voldoen aan elke voorwaarde van {scenario}.</p>
      {groupByAnswer(checks, questions, answers).map(([answer, group]) => (
        <div class="kh-reason" key={answer}>
          <p class="kh-reason__answer">
            Jullie antwoord: <strong>{answer}</strong>
          </p>
          <ul class="kh-checks">
            {group.map((check) => (
              <li key={check.condition.id}>
                <ConditionTitle check={check} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
