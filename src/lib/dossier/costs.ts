// The region's shared yearly costs and the key that shares them (docs/decisions/0016-regiodossier.md):
// `kost=LABEL~AMOUNT` (repeated) and `sleutel` in the overview's link, beside `regio` and `g`.
// Reading never throws: a line that breaks the rules is left out and named, the rest is kept.
import { cleanText } from '../link/text';

export interface CostLine {
  /** As the page shows it: one line of plain text, invisible and reordering marks neutralised. */
  label: string;
  /** Whole euros per year, COST_MIN to COST_MAX. */
  amount: number;
}

/** How the total is shared: `equalPercent` % in equal shares, the rest by inhabitants. */
export type CostKey = { kind: 'inwoners' } | { kind: 'gelijk' } | { kind: 'mix'; equalPercent: number };

export type CostProblem =
  /** A `kost` value left out. `position` counts every `kost`, from 1. */
  | { kind: 'line'; position: number; value: string; reason: LineFault }
  /** More than MAX_COST_LINES lines: the first ones are kept. */
  | { kind: 'too-many-lines'; dropped: number }
  /** A `sleutel` value not understood: the default key applies. */
  | { kind: 'key'; value: string };

export type LineFault = 'separator' | 'label-empty' | 'label-length' | 'amount-digits' | 'amount-range';

export interface Costs {
  lines: CostLine[];
  /** The key chosen in the link; undefined when absent or not understood (then the default applies). */
  key?: CostKey | undefined;
}

export interface ParsedCosts extends Costs {
  problems: CostProblem[];
}

export const COST_LABEL_MAX = 60;
export const COST_MIN = 1;
export const COST_MAX = 10_000_000;
export const MAX_COST_LINES = 20;

const SEPARATOR = '~';
const COST = 'kost';
const KEY = 'sleutel';

/** Reads one `kost` value: the line, or why it is left out. */
export function parseCostLine(value: string): CostLine | LineFault {
  const at = value.lastIndexOf(SEPARATOR);
  if (at < 0) return 'separator';
  const raw = value.slice(0, at);
  const label = cleanText(raw);
  if (!label) return 'label-empty';
  if (Array.from(raw.trim()).length > COST_LABEL_MAX) return 'label-length';
  const digits = value.slice(at + 1).trim();
  if (!/^[0-9]+$/.test(digits)) return 'amount-digits';
  // Long digit runs are out of range whatever they say; Number() of them is only approximate.
  const amount = digits.replace(/^0+(?=.)/, '').length > 8 ? Infinity : Number(digits);
  if (amount < COST_MIN || amount > COST_MAX) return 'amount-range';
  return { label, amount };
}

/** `inwoners`, `gelijk` or `mix-P` (P 0 to 100); undefined when not understood. */
export function parseCostKey(value: string): CostKey | undefined {
  const key = value.trim().toLowerCase();
  if (key === 'inwoners') return { kind: 'inwoners' };
  if (key === 'gelijk') return { kind: 'gelijk' };
  const mix = /^mix-([0-9]{1,3})$/.exec(key);
  if (mix) {
    const equalPercent = Number(mix[1]);
    if (equalPercent <= 100) return { kind: 'mix', equalPercent };
  }
  return undefined;
}

/** The key as the link and `data-cost-key` write it. */
export function costKeyParam(key: CostKey): string {
  return key.kind === 'mix' ? `mix-${key.equalPercent}` : key.kind;
}

/** The cost lines and key in these parameters (other parameters are ignored). */
export function readCosts(params: URLSearchParams): ParsedCosts {
  const costs: ParsedCosts = { lines: [], problems: [] };
  let position = 0;
  let dropped = 0;
  let keySeen = false;
  for (const [name, value] of params) {
    if (name === COST) {
      position += 1;
      const line = parseCostLine(value);
      if (typeof line === 'string') costs.problems.push({ kind: 'line', position, value, reason: line });
      else if (costs.lines.length >= MAX_COST_LINES) dropped += 1;
      else costs.lines.push(line);
    } else if (name === KEY && !keySeen) {
      keySeen = true;
      costs.key = parseCostKey(value);
      if (!costs.key) costs.problems.push({ kind: 'key', value });
    }
  }
  if (dropped > 0) costs.problems.push({ kind: 'too-many-lines', dropped });
  return costs;
}

/** Appends the lines (at most MAX_COST_LINES, valid ones only) and the chosen key to `params`. */
export function writeCosts(params: URLSearchParams, costs: Costs): void {
  for (const line of costs.lines.filter(isValidLine).slice(0, MAX_COST_LINES)) {
    params.append(COST, `${cleanText(line.label)}${SEPARATOR}${line.amount}`);
  }
  if (costs.key) params.append(KEY, costKeyParam(costs.key));
}

function isValidLine(line: CostLine): boolean {
  const label = cleanText(line.label);
  return (
    label !== '' &&
    Array.from(label).length <= COST_LABEL_MAX &&
    Number.isInteger(line.amount) &&
    line.amount >= COST_MIN &&
    line.amount <= COST_MAX
  );
}
