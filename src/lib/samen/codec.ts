// The region overview's state lives in its URL query (docs/contracts/
// samen-beslissen.md, "URL"; docs/decisions/0009-samen-beslissen.md): `regio` and one `g=LABEL~CODES` per municipality. Parsing never throws and is
// deterministic: what it cannot use it leaves out and reports as a problem, the rest is kept.
import { cleanText } from '../keuzehulp/codec';
import { QUESTION_IDS, type Answers, type QuestionId } from '../keuzehulp/spec';
import { CODE_LENGTH, UNANSWERED, encodeAnswers, valueOfCode } from './codes';

/** One municipality's answers. `label` is exactly the text before the last `~` in the URL. */
export interface AnswerSet {
  label: string;
  answers: Answers;
}

export type OverviewProblem =
  /** A `g` without `~`, or whose codes are not twelve long: left out. `position` counts every `g`, from 1. */
  | { kind: 'malformed'; position: number; value: string }
  /** A code the question does not know: counted as unanswered. `set` indexes the kept sets. */
  | { kind: 'code'; set: number; label: string; question: QuestionId; code: string }
  /** More than MAX_SETS sets: the first ones are kept. */
  | { kind: 'too-many'; dropped: number }
  | { kind: 'regio-length' }
  /** A label longer than LABEL_MAX characters: shown shortened, kept whole in the link. */
  | { kind: 'label-length'; set: number; label: string };

export interface Overview {
  regio: string;
  sets: AnswerSet[];
}

export interface ParsedOverview extends Overview {
  problems: OverviewProblem[];
}

export const MAX_SETS = 50;
export const LABEL_MAX = 60;
export const REGIO_MAX = 80;
/** Longer queries are cut before parsing; 50 long, fully escaped labels fit well within. */
export const MAX_QUERY = 100_000;

const SEPARATOR = '~';

/** Reads one `g` value; null when it is malformed. */
export function parseAnswerSet(
  value: string,
): { set: AnswerSet; invalid: { question: QuestionId; code: string }[] } | null {
  const at = value.lastIndexOf(SEPARATOR);
  if (at < 0) return null;
  const codes = Array.from(value.slice(at + 1));
  if (codes.length !== CODE_LENGTH) return null;
  const answers: Record<string, string> = {};
  const invalid: { question: QuestionId; code: string }[] = [];
  QUESTION_IDS.forEach((question, index) => {
    const code = codes[index]!;
    if (code === UNANSWERED) return;
    const answer = valueOfCode(question, code);
    if (answer === undefined) invalid.push({ question, code });
    else answers[question] = answer;
  });
  return { set: { label: value.slice(0, at), answers: answers as Answers }, invalid };
}

export function parseOverview(query: string | null | undefined): ParsedOverview {
  const state: ParsedOverview = { regio: '', sets: [], problems: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(query ?? '').slice(0, MAX_QUERY));
  } catch {
    return state;
  }
  let regioSeen = false;
  let position = 0;
  let dropped = 0;
  for (const [key, raw] of params) {
    if (key === 'regio' && !regioSeen) {
      regioSeen = true;
      state.regio = cleanText(raw);
      if (Array.from(raw.trim()).length > REGIO_MAX) state.problems.push({ kind: 'regio-length' });
    } else if (key === 'g') {
      position += 1;
      if (state.sets.length >= MAX_SETS) {
        dropped += 1;
        continue;
      }
      const parsed = parseAnswerSet(raw);
      if (!parsed) {
        state.problems.push({ kind: 'malformed', position, value: raw });
        continue;
      }
      const set = state.sets.length;
      state.sets.push(parsed.set);
      if (Array.from(parsed.set.label).length > LABEL_MAX) {
        state.problems.push({ kind: 'label-length', set, label: parsed.set.label });
      }
      for (const { question, code } of parsed.invalid) {
        state.problems.push({ kind: 'code', set, label: parsed.set.label, question, code });
      }
    }
  }
  if (dropped > 0) state.problems.push({ kind: 'too-many', dropped });
  return state;
}

/** The query (without "?"): `regio` first, then the sets in order; "" when empty. `~` stays readable. */
export function serialiseOverview(overview: Overview): string {
  const parts: string[] = [];
  const regio = cleanText(overview.regio);
  if (regio) parts.push(`regio=${encodeURIComponent(regio)}`);
  for (const set of overview.sets.slice(0, MAX_SETS)) {
    parts.push(`g=${encodeURIComponent(wellFormed(set.label))}${SEPARATOR}${encodeAnswers(set.answers)}`);
  }
  return parts.join('&');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** encodeURIComponent throws on a lone surrogate (possible in typed text, never in a parsed URL). */
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd');

/** A label as the page shows it: one line, no control characters, at most LABEL_MAX characters. */
export function displayLabel(label: string): string {
  const line = cleanText(label);
  const characters = Array.from(line);
  return characters.length > LABEL_MAX
    ? `${characters
        .slice(0, LABEL_MAX - 1)
        .join('')
        .trimEnd()}…`
    : line;
}
