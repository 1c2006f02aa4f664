// Bringing answers into an overview (specs: samen-beslissen, "Bringing answers in"): pasted
// text is read for keuzehulp result links (one set each, named by `door`, else by a single
// municipality in `gemeenten`) and overview links (all their sets). Only the query of a link is
// read; nothing is fetched. Sets merge by municipality, answers given are never replaced by
// unanswered ones, and the report says exactly what changed.
import { withRegionAnswers } from '../keuzehulp/regionAnswers';
import { QUESTION_IDS, type Answers } from '../keuzehulp/spec';
import { MAX_SETS } from './limits';
import { mergeAnswers, parseLink, type AnswerSet, type LinkProblem } from './link';
import { identityOf } from './municipality';

// A link to the keuzehulp or the overview, absolute or from the site's root, with a query.
const LINK = /(?:https?:\/\/[^\s/?#<>"']+)?\/(?:[^\s?#<>"']*\/)?keuzehulp\/(samen\/)?\?[^\s#<>"']*/gi;

/** The answer set a keuzehulp query brings: its answers (with the reference region its municipalities give) and its label. */
export function setFromKeuzehulp(query: string): { set: AnswerSet; problems: LinkProblem[] } {
  const parsed = parseLink(query);
  const label = parsed.door || (parsed.gemeenten.length === 1 ? parsed.gemeenten[0]! : '');
  return {
    set: { label, answers: withRegionAnswers(parsed.answers, parsed.gemeenten) },
    problems: parsed.problems.filter((problem) => problem.kind === 'answer'),
  };
}

export interface PasteReport {
  /** Links found in the text. */
  links: number;
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Labels left out because the overview already counts MAX_SETS municipalities. */
  dropped: string[];
  /** Keuzehulp links that do not say for which municipality (added without a name). */
  unnamed: number;
  /** What was not understood, per link (numbered from 1 in the pasted text). */
  problems: { link: number; label?: string | undefined; problem: LinkProblem }[];
}

const sameAnswers = (a: Answers, b: Answers) => QUESTION_IDS.every((id) => a[id] === b[id]);

/** The sets after pasting `text` into an overview with `existing` sets, and what changed. */
export function pasteLinks(existing: readonly AnswerSet[], text: string): { sets: AnswerSet[]; report: PasteReport } {
  const report: PasteReport = {
    links: 0,
    added: [],
    updated: [],
    unchanged: [],
    dropped: [],
    unnamed: 0,
    problems: [],
  };
  const sets = existing.map((set) => ({ ...set }));
  const identities = sets.map((set, index) => identityOf(set.label, -1 - index));
  const before = new Map(identities.map((identity, index) => [identity, sets[index]!.answers]));
  const touched = new Set<string>();
  const bring = (set: AnswerSet, link: number) => {
    const identity = identityOf(set.label, 1000 * link + touched.size + 1);
    const at = identities.indexOf(identity);
    touched.add(identity);
    if (at >= 0) {
      sets[at] = { ...sets[at]!, answers: mergeAnswers(sets[at]!.answers, set.answers) };
    } else if (sets.length < MAX_SETS) {
      identities.push(identity);
      sets.push({ label: set.label, answers: { ...set.answers } });
    } else if (!report.dropped.includes(set.label)) report.dropped.push(set.label);
  };
  for (const match of text.matchAll(LINK)) {
    const query = match[0].slice(match[0].indexOf('?') + 1).replace(/[.,;:)\]]+$/, '');
    report.links += 1;
    const link = report.links;
    if (match[1]) {
      const overview = parseLink(query);
      for (const problem of overview.problems) {
        if (problem.kind === 'answer' || problem.kind === 'malformed-set' || problem.kind === 'label-length') {
          const label = 'set' in problem && problem.set !== undefined ? overview.sets[problem.set]?.label : undefined;
          report.problems.push({ link, label, problem });
        } else if (problem.kind === 'too-many-sets') report.problems.push({ link, problem });
      }
      for (const set of overview.sets) bring(set, link);
      continue;
    }
    const { set, problems } = setFromKeuzehulp(query);
    for (const problem of problems) report.problems.push({ link, label: set.label, problem });
    if (!set.label) report.unnamed += 1;
    bring(set, link);
  }
  identities.forEach((identity, index) => {
    if (!touched.has(identity)) return;
    const label = sets[index]!.label;
    const earlier = before.get(identity);
    if (earlier === undefined) report.added.push(label);
    else if (sameAnswers(earlier, sets[index]!.answers)) report.unchanged.push(label);
    else report.updated.push(label);
  });
  return { sets, report };
}
