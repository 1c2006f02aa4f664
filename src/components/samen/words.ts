// Display text of the overview that depends on data: short answer words for the table, names
// of municipalities and scenarios, Dutch lists. Kept apart from src/lib, which has no words.
import { LABEL_MAX, MAX_SETS } from '../../lib/link/limits';
import type { AnswerSet } from '../../lib/link/link';
import { nameOfLabel } from '../../lib/link/municipality';
import type { PasteReport } from '../../lib/link/paste';
import { shortened } from '../../lib/link/text';
import { listOf } from '../../lib/text';
import type { Answers, Outcome, QuestionId } from '../../lib/keuzehulp/spec';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';

/** The word for an answer (never colour alone), from content/keuzehulp/antwoordwoorden.yaml. */
export const valueWord = (model: KeuzehulpModel, value: string | undefined) =>
  model.answerWords[value ?? '-'] ?? value ?? '-';
export const answerWord = (model: KeuzehulpModel, answers: Answers, question: QuestionId) =>
  valueWord(model, answers[question]);

/** How a municipality is named on the page: its name for a known NIS code, else its label as text. */
export function nameOf(set: AnswerSet, index: number): string {
  return shortened(nameOfLabel(set.label), LABEL_MAX) || `Gemeente ${index + 1} (zonder naam)`;
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

const labelName = (label: string) => shortened(nameOfLabel(label), LABEL_MAX) || 'een gemeente zonder naam';

/** What pasting links did, exactly: added, updated, unchanged, left out, not understood. */
export function pasteStatus(report: PasteReport): string {
  const names = (labels: readonly string[]) =>
    listOf(labels.slice(0, 8).map(labelName)) + (labels.length > 8 ? ` en ${labels.length - 8} andere` : '');
  const parts: string[] = [];
  if (report.added.length > 0)
    parts.push(
      `${plural(report.added.length, 'gemeente toegevoegd', 'gemeenten toegevoegd')}: ${names(report.added)}.`,
    );
  if (report.updated.length > 0)
    parts.push(
      `${plural(report.updated.length, 'gemeente bijgewerkt', 'gemeenten bijgewerkt')}: ${names(report.updated)}.`,
    );
  if (report.unchanged.length > 0)
    parts.push(
      `${plural(report.unchanged.length, 'gemeente', 'gemeenten')} ongewijzigd: ${names(report.unchanged)}. Die antwoorden stonden er al.`,
    );
  if (report.added.length + report.updated.length === 0) parts.unshift('Er is niets veranderd.');
  if (report.dropped.length > 0)
    parts.push(
      `${report.dropped.length === 1 ? '1 gemeente viel' : `${report.dropped.length} gemeenten vielen`} weg: een overzicht telt hoogstens ${MAX_SETS} gemeenten (${names(report.dropped)}).`,
    );
  if (report.unnamed > 0)
    parts.push(
      `${plural(report.unnamed, 'link zegt', 'links zeggen')} niet voor welke gemeente ${report.unnamed === 1 ? 'hij is' : 'ze zijn'}: vul ‘Ingevuld door’ in bij de keuzehulp.`,
    );
  return parts.join(' ');
}
