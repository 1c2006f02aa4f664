// The split of the region's total over its municipalities (docs/decisions/0016-regiodossier.md).
// Exact share of municipality i: T × (P/100 × 1/n + (1 − P/100) × I_i / I). Every municipality
// gets its exact share rounded down; the euros left go one each to the largest remainders, and
// on a tie to the one listed first. Integer arithmetic (BigInt) keeps the remainders exact, so
// the shares always add up to T.
import type { CostKey } from './costs';

export type Split =
  | { kind: 'shares'; key: CostKey; shares: number[] }
  /** The key needs inhabitants; `missing` indexes the municipalities without a usable number. */
  | { kind: 'needs-inhabitants'; key: CostKey; missing: number[] };

/** P: the percentage of the total shared in equal parts. */
export const equalPercentOf = (key: CostKey): number =>
  key.kind === 'gelijk' ? 100 : key.kind === 'inwoners' ? 0 : key.equalPercent;

/** The key that applies: the chosen one, else `inwoners` when every inhabitant number is known, else `gelijk`. */
export function appliedKey(chosen: CostKey | undefined, everyInhabitantKnown: boolean): CostKey {
  return chosen ?? (everyInhabitantKnown ? { kind: 'inwoners' } : { kind: 'gelijk' });
}

const usable = (inhabitants: number | undefined): inhabitants is number =>
  inhabitants !== undefined && Number.isSafeInteger(inhabitants) && inhabitants > 0;

/**
 * Shares of `total` (whole euros) for municipalities with these inhabitants, in their order.
 * A key that needs inhabitants refuses a municipality without a positive whole number of them.
 */
export function splitCosts(total: number, inhabitants: readonly (number | undefined)[], key: CostKey): Split {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be whole euros ≥ 0, got ${total}`);
  const percent = equalPercentOf(key);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`the equal part must be 0 to 100 %, got ${percent}`);
  }
  const n = inhabitants.length;
  if (n === 0) return { kind: 'shares', key, shares: [] };
  if (percent < 100) {
    const missing = inhabitants.flatMap((count, index) => (usable(count) ? [] : [index]));
    if (missing.length > 0) return { kind: 'needs-inhabitants', key, missing };
  }
  // With P = 100 the inhabitants drop out of the formula; weigh every municipality 1.
  const weights = inhabitants.map((count) => BigInt(percent < 100 ? count! : 1));
  const sum = weights.reduce((a, b) => a + b, 0n);
  const T = BigInt(total);
  const P = BigInt(percent);
  const N = BigInt(n);
  // share_i = T × (P × I + (100 − P) × n × I_i) / (100 × n × I)
  const denominator = 100n * N * sum;
  const numerators = weights.map((weight) => T * (P * sum + (100n - P) * N * weight));
  const shares = numerators.map((numerator) => numerator / denominator);
  const remainders = numerators.map((numerator) => numerator % denominator);
  let left = T - shares.reduce((a, b) => a + b, 0n);
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left === 0n) break;
    shares[index]! += 1n;
    left -= 1n;
  }
  return { kind: 'shares', key, shares: shares.map(Number) };
}
