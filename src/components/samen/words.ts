// Display text of the overview that depends on data: short answer words for the table, names
// of municipalities and scenarios, Dutch lists. Kept apart from src/lib, which has no words.
import type { AnswerSet } from '../../lib/samen/codec';
import { displayLabel, MAX_SETS } from '../../lib/samen/codec';
import type { PastedLinks } from '../../lib/samen/paste';
import type { Answers, Outcome, QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';

/** A word per answer value, for the table and the sentences (never colour alone). */
export const VALUE_WORDS: Record<string, string> = {
  ja: 'ja',
  bespreken: 'te bespreken',
  nee: 'nee',
  deels: 'deels',
  geen: 'geen',
  deeltijds: 'deeltijds',
  voltijds: 'voltijds',
  informeel: 'informeel',
  formeel: 'formeel',
  onbekend: 'weet niet',
};
export const UNANSWERED_WORD = 'nog niet beantwoord';

export const valueWord = (value: string | undefined) =>
  value === undefined ? UNANSWERED_WORD : (VALUE_WORDS[value] ?? value);
export const answerWord = (answers: Answers, question: QuestionId) => valueWord(answers[question]);

/** How a municipality is named on the page: its name for a known NIS code, else its label as text. */
export function nameOf(set: AnswerSet, index: number, known: (label: string) => string | undefined): string {
  return known(set.label) ?? (displayLabel(set.label) || `Gemeente ${index + 1} (zonder naam)`);
}

/** "a", "a en b", "a, b en c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

export function shortOf(model: KeuzehulpModel, question: QuestionId): string {
  return model.questions.find((item) => item.id === question)?.short ?? question;
}

/** "de minimale samenwerking (scenario 1)", or "nog geen scenario". */
export function outcomeName(model: KeuzehulpModel, outcome: Outcome): string {
  const scenario = model.scenarios.find((item) => item.id === outcome);
  return scenario ? `${scenario.name.toLowerCase()} (scenario ${scenario.id})` : 'nog geen scenario';
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What pasting links did: added, updated, cut off at MAX_SETS, links that name no municipality. */
export function pastedStatus(existing: readonly AnswerSet[], pasted: PastedLinks, mergedCount: number): string {
  const known = new Set(existing.map((set) => set.label));
  const updated = pasted.sets.filter((set) => set.label && known.has(set.label)).length;
  const added = pasted.sets.length - updated;
  const cut =
    mergedCount > MAX_SETS
      ? ` ${mergedCount - MAX_SETS} gemeenten vielen weg: een overzicht telt hoogstens ${MAX_SETS} gemeenten.`
      : '';
  const unnamed =
    pasted.unnamed > 0
      ? ` ${plural(pasted.unnamed, 'link zegt', 'links zeggen')} niet voor welke gemeente ${pasted.unnamed === 1 ? 'hij is' : 'ze zijn'}: vul ‘Ingevuld door’ in bij de keuzehulp.`
      : '';
  const counts = [
    added > 0 && plural(added, 'gemeente toegevoegd', 'gemeenten toegevoegd'),
    updated > 0 && plural(updated, 'gemeente bijgewerkt', 'gemeenten bijgewerkt'),
  ].filter(Boolean);
  return `${counts.join(', ')}.${cut}${unnamed}`;
}
