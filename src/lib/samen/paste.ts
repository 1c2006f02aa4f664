// Reads answer sets out of pasted text: keuzehulp result links (one set each, labelled by
// `door`) and region overview links (all their sets). Only the query of a link is read;
// nothing is fetched. Then merges them into the overview: a set with a known label replaces it.
import { parseAnswers } from '../keuzehulp/codec';
import { MAX_QUERY, MAX_SETS, parseOverview, type AnswerSet, type ParsedOverview } from './codec';
import { ANSWER_PARAM } from './links';

export interface PastedLinks {
  sets: AnswerSet[];
  /** Keuzehulp links that do not say for whom (no `door`): kept, with an empty label. */
  unnamed: number;
  /** Links found in the text (of any kind we read). */
  links: number;
}

// A link to the keuzehulp or the overview, absolute or from the site's root, with a query.
const LINK = /(?:https?:\/\/[^\s/?#<>"']+)?\/(?:[^\s?#<>"']*\/)?keuzehulp\/(samen\/)?\?[^\s#<>"']*/gi;

/** Answers and label from one keuzehulp query; the label is `door`, else a single NIS code in `gemeenten`. */
export function answerSetFromKeuzehulp(query: string): AnswerSet {
  const parsed = parseAnswers(query);
  const gemeenten = new URLSearchParams(query).get('gemeenten') ?? '';
  const label = parsed.door || (/^\d{5}$/.test(gemeenten.trim()) ? gemeenten.trim() : '');
  return { label, answers: parsed.answers };
}

export function readPastedLinks(text: string): PastedLinks {
  const result: PastedLinks = { sets: [], unnamed: 0, links: 0 };
  for (const match of text.matchAll(LINK)) {
    const query = match[0].slice(match[0].indexOf('?') + 1).replace(/[.,;:)\]]+$/, '');
    result.links += 1;
    if (match[1]) {
      result.sets.push(...parseOverview(query).sets);
      continue;
    }
    const set = answerSetFromKeuzehulp(query);
    if (!set.label) result.unnamed += 1;
    result.sets.push(set);
  }
  return result;
}

/** Adds sets: one whose label is already there (and not empty) replaces that set's answers in place. */
export function mergeSets(existing: readonly AnswerSet[], incoming: readonly AnswerSet[]): AnswerSet[] {
  const merged = existing.map((set) => ({ ...set }));
  for (const set of incoming) {
    const same = set.label ? merged.findIndex((item) => item.label === set.label) : -1;
    if (same >= 0) merged[same] = { label: set.label, answers: { ...set.answers } };
    else merged.push({ label: set.label, answers: { ...set.answers } });
  }
  return merged;
}

/**
 * The overview at a location: its query, plus the answers a municipality brings back from the
 * keuzehulp (`antwoord`, see ./links.ts), merged in by label. `returned` is that set.
 */
export function readOverviewLocation(search: string): ParsedOverview & { returned?: AnswerSet | undefined } {
  const parsed = parseOverview(search);
  let answer: string | null = null;
  try {
    answer = new URLSearchParams(search.slice(0, MAX_QUERY)).get(ANSWER_PARAM);
  } catch {
    answer = null;
  }
  if (answer === null) return parsed;
  const returned = answerSetFromKeuzehulp(answer);
  const replaced = returned.label ? parsed.sets.findIndex((set) => set.label === returned.label) : -1;
  return {
    ...parsed,
    sets: mergeSets(parsed.sets, [returned]).slice(0, MAX_SETS),
    problems: parsed.problems.filter((problem) => !(problem.kind === 'code' && problem.set === replaced)),
    returned,
  };
}
