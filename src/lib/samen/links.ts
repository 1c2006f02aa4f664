// Links between the overview and the keuzehulp. To the keuzehulp: the municipality's answers,
// `door` (its label), `regio`, and `terug`: the overview's own query, so the keuzehulp can link
// back. Back from the keuzehulp: the overview's query plus `antwoord`, the keuzehulp's query.
// `terug` holds a query only, never a whole URL: the way back can only lead to the overview.
import { serialiseAnswers } from '../keuzehulp/codec';
import type { AnswerSet } from './codec';

export const RETURN_PARAM = 'terug';
export const ANSWER_PARAM = 'antwoord';

/** The query (without "?") that opens the keuzehulp for one municipality of an overview. */
export function keuzehulpQuery(set: AnswerSet, regio: string, overviewQuery: string, nis?: string): string {
  const own = serialiseAnswers({ answers: set.answers, regio, door: set.label });
  const parts = [own];
  if (nis) parts.push(`gemeenten=${nis}`);
  // Last, so the keuzehulp's own length cap on its query never cuts an answer.
  parts.push(`${RETURN_PARAM}=${encodeURIComponent(overviewQuery)}`);
  return parts.filter(Boolean).join('&');
}

/**
 * The query of the overview to return to from a keuzehulp whose location has `terug`, with
 * that keuzehulp's answers attached; null when there is no `terug`.
 */
export function returnQuery(keuzehulpSearch: string, keuzehulpAnswers: string): string | null {
  const overview = new URLSearchParams(keuzehulpSearch).get(RETURN_PARAM);
  if (overview === null) return null;
  const base = overview
    .replace(/^\?/, '')
    .replace(/(?:^|&)antwoord=[^&]*/g, '')
    .replace(/^&/, '');
  return [base, `${ANSWER_PARAM}=${encodeURIComponent(keuzehulpAnswers)}`].filter(Boolean).join('&');
}

/** A keuzehulp query with the `terug` of the current location kept (last), so the way back survives every step. */
export function keepReturn(query: string, currentSearch: string): string {
  let overview: string | null = null;
  try {
    overview = new URLSearchParams(currentSearch).get(RETURN_PARAM);
  } catch {
    overview = null;
  }
  if (overview === null) return query;
  return [query, `${RETURN_PARAM}=${encodeURIComponent(overview)}`].filter(Boolean).join('&');
}
