// The keuzehulp's state lives in the URL query: one parameter per question id, plus the
// free-text fields regio and door. Parsing never throws: unknown parameters are dropped, a
// known id with a value outside the contract is reported and left unanswered.
import {
  QUESTION_IDS,
  TEXT_FIELDS,
  TEXT_MAX,
  isAnswerValue,
  isQuestionId,
  type Answers,
  type QuestionId,
  type TextField,
} from './spec';

export interface UrlState {
  answers: Answers;
  regio: string;
  door: string;
}

export type UrlProblem = { kind: 'value'; question: QuestionId } | { kind: 'length'; field: TextField };

export interface ParsedUrl extends UrlState {
  problems: UrlProblem[];
}

/** Longer queries are cut here before parsing: a real one is a few hundred characters. */
const MAX_QUERY = 4096;

// Control characters and the invisible marks that reorder text (bidi overrides).
const UNSAFE_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A free-text field as the page shows it: one line, no control characters, at most TEXT_MAX characters. */
export function cleanText(value: string): string {
  const line = value.replace(LONE_SURROGATE, '\ufffd').replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(line);
  return characters.length > TEXT_MAX ? characters.slice(0, TEXT_MAX).join('').trimEnd() : line;
}

export function parseAnswers(query: string | null | undefined): ParsedUrl {
  const state: ParsedUrl = { answers: {}, regio: '', door: '', problems: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(query ?? '').slice(0, MAX_QUERY));
  } catch {
    return state;
  }
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (isQuestionId(key)) {
      const value = raw.trim().toLowerCase();
      if (isAnswerValue(key, value)) (state.answers as Record<string, string>)[key] = value;
      else state.problems.push({ kind: 'value', question: key });
    } else if ((TEXT_FIELDS as readonly string[]).includes(key)) {
      const field = key as TextField;
      const text = cleanText(raw);
      if (Array.from(raw.trim()).length > TEXT_MAX) state.problems.push({ kind: 'length', field });
      state[field] = text;
    }
  }
  return state;
}

/** The query (without "?") for a state, in the question order of docs/contracts/keuzehulp.md; "" when empty. */
export function serialiseAnswers(state: Partial<UrlState>): string {
  const params = new URLSearchParams();
  const answers = state.answers ?? {};
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined && isAnswerValue(id, value)) params.append(id, value);
  }
  for (const field of TEXT_FIELDS) {
    const text = cleanText(state[field] ?? '');
    if (text) params.append(field, text);
  }
  return params.toString();
}
