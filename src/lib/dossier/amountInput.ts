// What a person types in the cost section's amount field (the link itself takes digits only).
// Kept apart from ./costs.ts, which the link model loads on every visit.
import { COST_MAX, COST_MIN } from './costs';

/**
 * An amount as a person types it in the page's field: "65000", "65.000", "€ 65 000". The link
 * itself takes digits only; this is the friendlier reading of the input. A comma (cents) is not
 * whole euros.
 */
export function readAmountInput(text: string): number | 'format' | 'range' {
  const compact = text.replace(/[€\s\u00a0\u202f]/g, '');
  const digits = /^[0-9]{1,3}(\.[0-9]{3})+$/.test(compact) ? compact.replace(/\./g, '') : compact;
  if (!/^[0-9]+$/.test(digits)) return 'format';
  const amount = digits.replace(/^0+(?=.)/, '').length > 8 ? Infinity : Number(digits);
  return amount >= COST_MIN && amount <= COST_MAX ? amount : 'range';
}
