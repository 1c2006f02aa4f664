// One model of "a region, its municipalities and their answers, in a link", for the keuzehulp,
// the region overview and /regio/ (docs/decisions/0012-one-region-one-link.md). One parse and
// one write, both through URLSearchParams, for every parameter:
// - the keuzehulp's answers, one parameter per question id (docs/contracts/keuzehulp.md);
// - `regio` and `door`, free text;
// - `gemeenten`, NIS codes (docs/contracts/regio.md);
// - `g=LABEL~CODES`, one municipality's answer set in an overview (docs/contracts/samen-beslissen.md);
// - `terug` (the overview a municipality's keuzehulp returns to) and `antwoord` (the keuzehulp
//   answers it brings back);
// - `kost=LABEL~AMOUNT` and `sleutel`, the overview's shared costs and their key (specs:
//   regiodossier; read and written by src/lib/dossier/costs.ts).
// Parsing never throws and reads the whole query: what it cannot use it leaves out and names in
// one vocabulary of problems (LinkProblem), with exact counts; everything valid is kept.
import { readCosts, writeCosts, type CostProblem, type Costs } from '../dossier/costs';
import { QUESTION_IDS, QUESTIONS, isAnswerValue, isQuestionId, type Answers, type QuestionId } from '../keuzehulp/spec';
import { LABEL_MAX, MAX_SETS, TEXT_MAX } from './limits';
import { identityOf, municipalityOfCode } from './municipality';
import { cleanText, lengthOf, wellFormed } from './text';

/** One municipality's answers. `label` is exactly the text before the last `~` in the URL. */
export interface AnswerSet {
  label: string;
  answers: Answers;
}

export interface LinkState {
  /** The keuzehulp's answers as the link gives them (the reference region is derived where read). */
  answers: Answers;
  regio: string;
  door: string;
  /** Valid NIS codes of today, sorted ascending, each once. */
  gemeenten: string[];
  /** The overview's answer sets: one per municipality, at most MAX_SETS. */
  sets: AnswerSet[];
  /** The query of the overview a municipality's keuzehulp returns to. */
  terug: string | null;
  /** A keuzehulp query brought back to the overview. */
  antwoord: string | null;
  /** The overview's shared yearly costs and the key that shares them (specs: regiodossier). */
  costs: Costs;
}

export type LinkProblem =
  /** A value the question does not know: counted as unanswered. `set` when it was in an answer set. */
  | { kind: 'answer'; question: QuestionId; set?: number | undefined }
  | { kind: 'text-length'; field: 'regio' | 'door' }
  | { kind: 'label-length'; set: number }
  /** A `g` without `~`, or whose codes are not twelve long: left out. `position` counts every `g`, from 1. */
  | { kind: 'malformed-set'; position: number; value: string }
  /** More municipalities than MAX_SETS: the first ones are kept, `dropped` left out. */
  | { kind: 'too-many-sets'; given: number; dropped: number }
  /** A second set for the same municipality, merged into set `set`. */
  | { kind: 'merged'; label: string; set: number }
  /** `gemeenten` values that are no NIS code of a Flemish municipality. */
  | { kind: 'unknown-codes'; values: string[] }
  /** Brussels municipalities: outside the reference regions. */
  | { kind: 'brussels'; values: string[] }
  /** A cost line or key the overview could not use (named beside the cost fields, in Kosten verdelen). */
  | { kind: 'cost'; problem: CostProblem }
  /** A code from before the mergers of 1 January 2025, taken as today's municipality (in `gemeenten` or as a label). */
  | { kind: 'old-code'; value: string; oldName: string; nis: string; name: string };

export interface ParsedLink extends LinkState {
  problems: LinkProblem[];
}

export const EMPTY_LINK: LinkState = {
  answers: {},
  regio: '',
  door: '',
  gemeenten: [],
  sets: [],
  terug: null,
  antwoord: null,
  costs: { lines: [] },
};

const SEPARATOR = '~';
export const UNANSWERED_CODE = '-';

function paramsOf(query: string): URLSearchParams {
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/** Twelve codes for a set of answers, e.g. `jjjjjbbbtngo`; `-` for a question not answered. */
export function encodeAnswers(answers: Answers): string {
  return QUESTION_IDS.map((id) => {
    const value = answers[id];
    return value !== undefined && isAnswerValue(id, value)
      ? (QUESTIONS[id] as Record<string, string>)[value]
      : UNANSWERED_CODE;
  }).join('');
}

/** Reads one `g` value; null when it is malformed. */
export function parseAnswerSet(value: string): { set: AnswerSet; invalid: QuestionId[] } | null {
  const at = value.lastIndexOf(SEPARATOR);
  if (at < 0) return null;
  const codes = Array.from(value.slice(at + 1).toLowerCase());
  if (codes.length !== QUESTION_IDS.length) return null;
  const answers: Record<string, string> = {};
  const invalid: QuestionId[] = [];
  QUESTION_IDS.forEach((question, index) => {
    const code = codes[index]!;
    if (code === UNANSWERED_CODE) return;
    const entry = Object.entries(QUESTIONS[question]).find(([, letter]) => letter === code);
    if (entry) answers[question] = entry[0];
    else invalid.push(question);
  });
  return { set: { label: value.slice(0, at), answers: answers as Answers }, invalid };
}

/** Merges a later set into an earlier one for the same municipality: answers given win, the later one where both answered. */
export const mergeAnswers = (earlier: Answers, later: Answers): Answers => ({ ...earlier, ...later });

/** `gemeenten`: comma-separated and/or repeated, in any order (docs/contracts/regio.md, "The URL"). */
function parseGemeenten(values: string[], problems: LinkProblem[], reportedOld: Set<string>): string[] {
  const chosen = new Set<string>();
  const unknown = new Set<string>();
  const brussels = new Set<string>();
  for (const value of values.flatMap((item) => item.split(/[\s,;]+/)).filter(Boolean)) {
    const known = municipalityOfCode(value);
    if (known) {
      chosen.add(known.nis);
      if (known.oldName && !reportedOld.has(value)) {
        reportedOld.add(value);
        problems.push({ kind: 'old-code', value, oldName: known.oldName, nis: known.nis, name: known.name });
      }
    } else if (/^21\d{3}$/.test(value)) brussels.add(value);
    else unknown.add(cleanText(value));
  }
  if (unknown.size > 0) problems.push({ kind: 'unknown-codes', values: [...unknown] });
  if (brussels.size > 0) problems.push({ kind: 'brussels', values: [...brussels] });
  return [...chosen].sort();
}

/** Everything a link holds, from its query (with or without "?"). */
export function parseLink(query: string | null | undefined): ParsedLink {
  const params = paramsOf(String(query ?? ''));
  const state: ParsedLink = {
    ...EMPTY_LINK,
    answers: {},
    gemeenten: [],
    sets: [],
    costs: { lines: [] },
    problems: [],
  };
  const problems = state.problems;
  const seen = new Set<string>();
  const gemeenten: string[] = [];
  const identities: string[] = [];
  const reportedOld = new Set<string>();
  let position = 0;
  let dropped = 0;
  for (const [key, raw] of params) {
    if (key === 'g') {
      position += 1;
      const parsed = parseAnswerSet(raw);
      if (!parsed) {
        problems.push({ kind: 'malformed-set', position, value: raw });
        continue;
      }
      const identity = identityOf(parsed.set.label, position);
      const same = identities.indexOf(identity);
      if (same < 0 && state.sets.length >= MAX_SETS) {
        dropped += 1;
        continue;
      }
      const index = same < 0 ? state.sets.length : same;
      if (same >= 0) {
        state.sets[same] = {
          ...state.sets[same]!,
          answers: mergeAnswers(state.sets[same]!.answers, parsed.set.answers),
        };
        problems.push({ kind: 'merged', label: parsed.set.label, set: same });
      } else {
        identities.push(identity);
        state.sets.push(parsed.set);
        const label = cleanText(parsed.set.label);
        if (lengthOf(label) > LABEL_MAX) problems.push({ kind: 'label-length', set: index });
        const known = municipalityOfCode(label);
        if (known?.oldName && !reportedOld.has(label)) {
          reportedOld.add(label);
          problems.push({ kind: 'old-code', value: label, oldName: known.oldName, nis: known.nis, name: known.name });
        }
      }
      for (const question of parsed.invalid) problems.push({ kind: 'answer', question, set: index });
      continue;
    }
    if (key === 'gemeenten') {
      gemeenten.push(raw);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    if (isQuestionId(key)) {
      const value = raw.trim().toLowerCase();
      if (isAnswerValue(key, value)) (state.answers as Record<string, string>)[key] = value;
      else problems.push({ kind: 'answer', question: key });
    } else if (key === 'regio' || key === 'door') {
      state[key] = cleanText(raw, TEXT_MAX);
      if (lengthOf(cleanText(raw)) > TEXT_MAX) problems.push({ kind: 'text-length', field: key });
    } else if (key === 'terug' || key === 'antwoord') {
      state[key] = raw;
    }
  }
  if (dropped > 0) problems.push({ kind: 'too-many-sets', given: state.sets.length + dropped, dropped });
  state.gemeenten = parseGemeenten(gemeenten, problems, reportedOld);
  const costs = readCosts(params);
  state.costs = { lines: costs.lines, key: costs.key };
  for (const problem of costs.problems) problems.push({ kind: 'cost', problem });
  return state;
}

/** The query (without "?") for a state; "" when empty. `~` and `,` stay readable. */
export function writeLink(state: Partial<LinkState>): string {
  const params = new URLSearchParams();
  const answers = state.answers ?? {};
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined && isAnswerValue(id, value)) params.append(id, value);
  }
  for (const field of ['regio', 'door'] as const) {
    const text = cleanText(state[field] ?? '', TEXT_MAX);
    if (text) params.append(field, text);
  }
  const gemeenten = [...new Set(state.gemeenten ?? [])].sort().join(',');
  if (gemeenten) params.append('gemeenten', gemeenten);
  for (const set of (state.sets ?? []).slice(0, MAX_SETS)) {
    params.append('g', `${wellFormed(set.label)}${SEPARATOR}${encodeAnswers(set.answers)}`);
  }
  if (state.costs) writeCosts(params, state.costs);
  if (state.antwoord) params.append('antwoord', state.antwoord);
  // Last: the way back is the least important part of a long link.
  if (state.terug !== null && state.terug !== undefined) params.append('terug', state.terug);
  return readableQuery(params);
}

/** The query of `params` with `~` and `,` left readable. */
export const readableQuery = (params: URLSearchParams): string =>
  params.toString().replace(/%7E/gi, '~').replace(/%2C/gi, ',');

/** An overview's own link: its name, its sets and its costs. */
export const overviewQuery = (state: Pick<LinkState, 'regio' | 'sets'> & Partial<Pick<LinkState, 'costs'>>) =>
  writeLink({ regio: state.regio, sets: state.sets, costs: state.costs ?? EMPTY_LINK.costs });

/** The keuzehulp's own link: answers, names, municipalities and the way back (no overview parts). */
export const keuzehulpQuery = (state: Partial<LinkState>) =>
  writeLink({
    answers: state.answers ?? {},
    regio: state.regio ?? '',
    door: state.door ?? '',
    gemeenten: state.gemeenten ?? [],
    terug: state.terug ?? null,
  });

/** /regio/'s own link: the chosen municipalities. */
export const gemeentenQuery = (state: Pick<LinkState, 'gemeenten'>) => writeLink({ gemeenten: state.gemeenten });
