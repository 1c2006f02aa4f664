// Links onward from a chosen region: the keuzehulp and the region overview (docs/contracts/samen-beslissen.md).
import { GEMEENTEN_PARAM, serialiseGemeenten } from './gemeentenParam';

/** Query string for the region page or the keuzehulp: "gemeenten=11001,11002" ('' when empty). */
export function gemeentenQuery(nisCodes: readonly string[]): string {
  const value = serialiseGemeenten(nisCodes);
  return value ? `${GEMEENTEN_PARAM}=${value}` : '';
}

/** 12 dashes: an answer set with every question of the keuzehulp unanswered. */
export const UNANSWERED_SET = '-'.repeat(12);

/** Query string for the region overview: one unanswered answer set per municipality, labelled by NIS code. */
export function regionOverviewQuery(nisCodes: readonly string[]): string {
  return [...new Set(nisCodes)]
    .sort()
    .map((nis) => `g=${nis}~${UNANSWERED_SET}`)
    .join('&');
}
