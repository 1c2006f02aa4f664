// The keuzehulp's model as plain, serialisable data: what the .astro wrapper passes to the
// island. Built from the content by src/lib/content/build.ts.
import type { Source } from '../schemas';
import type { AdviceId, Condition } from './rules';
import type { QuestionId, ScenarioLevel } from './spec';

export interface Question {
  id: QuestionId;
  /** The question itself: the legend of its radio group. */
  text: string;
  /** Short label in the reasons and the error messages. */
  short: string;
  /** One line under the question (rich text, see ./richText.ts). */
  hint?: string | undefined;
  /** "Waarom vragen we dit?" (rich text). */
  why: string;
  /** Answer values with their labels, in display order. */
  options: { value: string; label: string }[];
  /** The question for one municipality in a region overview (./oneMunicipality.ts). */
  textOneMunicipality?: string | undefined;
  /** Labels for one municipality; a value missing here is not offered to it. */
  optionsOneMunicipality?: Readonly<Record<string, string>> | undefined;
}

/** A condition of rules.ts with its wording from content/keuzehulp/voorwaarden.yaml. */
export interface ConditionText extends Condition {
  title: string;
  /** Root-relative link to where the guide explains it. */
  link?: string | undefined;
  /** What to do when it does not hold (rich text). */
  todo: string;
}

export interface AdviceText {
  id: AdviceId;
  title: string;
  /** Rich text. */
  text: string;
  sources: Source[];
}

export interface ScenarioInfo {
  id: ScenarioLevel;
  name: string;
  shortName: string;
  summary: string;
  /** Site path of the scenario page, e.g. scenarios/minimale-samenwerking/. */
  path: string;
}

export interface KeuzehulpModel {
  /** In the order of docs/contracts/keuzehulp.md (QUESTION_IDS): one question per step. */
  questions: Question[];
  conditions: ConditionText[];
  advice: AdviceText[];
  /** The short word for each answer value, and `-` for unanswered (content/keuzehulp/antwoordwoorden.yaml). */
  answerWords: Readonly<Record<string, string>>;
  scenarios: ScenarioInfo[];
}
