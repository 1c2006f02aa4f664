// The keuzehulp's model as plain, serialisable data: what the .astro wrapper passes to the
// island and what the engine reads. Built from content/keuzehulp by ./model.ts.
import type { Outcome, QuestionId, ScenarioLevel } from './spec';

export interface AnswerOption {
  value: string;
  label: string;
}

export interface Question {
  id: QuestionId;
  /** Screen this question is on; questions with the same step share a screen. */
  step: number;
  /** The question itself: the legend of its radio group. */
  text: string;
  /** Short label in "Jouw antwoorden" and in the reasons. */
  short: string;
  /** One line under the question (rich text, see ./richText.ts). */
  hint?: string | undefined;
  /** "Waarom vragen we dit?" (rich text). */
  why: string;
  /** Options in display order. */
  options: AnswerOption[];
}

/** Holds when the answer to `question` is one of `values`. */
export interface Clause {
  question: QuestionId;
  values: string[];
}

export interface Condition {
  id: string;
  scenario: ScenarioLevel;
  /** Id in content/samenwerking/afspraken.yaml when the condition is an agreement. */
  agreement?: string | undefined;
  title: string;
  /** Root-relative link to where the guide explains it. */
  link?: string | undefined;
  /** The condition holds when at least one clause holds. */
  anyOf: Clause[];
  /** What to do when it does not hold (rich text). */
  todo: string;
}

export interface Source {
  title: string;
  url: string;
}

export interface AdviceRule {
  id: string;
  /** Recommendations this advice belongs to. */
  outcomes: Outcome[];
  /** Every clause must hold (an empty list always holds). */
  when: Clause[];
  title: string;
  /** Rich text. */
  text: string;
  sources: Source[];
}

export interface OutcomeText {
  outcome: Outcome;
  /** The result in one sentence; {naam} is already replaced by the scenario's name. */
  sentence: string;
  /** Below the sentence: the scenario's summary, or for `geen` the text from uitkomsten.yaml. */
  text: string;
}

export interface ScenarioInfo {
  id: ScenarioLevel;
  name: string;
  shortName: string;
  summary: string;
  /** Root-relative path of the scenario page, e.g. /scenarios/minimale-samenwerking/. */
  path: string;
}

export interface KeuzehulpModel {
  questions: Question[];
  conditions: Condition[];
  advice: AdviceRule[];
  outcomes: OutcomeText[];
  scenarios: ScenarioInfo[];
}
