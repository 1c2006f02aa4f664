// The cost section as the page and the dossier show it: the total, the key that applies (the
// chosen one or the spec's default), and per municipality its share, or which municipalities
// lack the inhabitants the key needs.
import type { CostKey, Costs, CostLine } from './costs';
import type { DossierCosts } from './dossier';
import { appliedKey, splitCosts } from './split';
import { keyName, keySentence, missingInhabitantsText } from './words';

/** T: the sum of the amounts, in whole euros. */
export const costTotal = (lines: readonly CostLine[]): number => lines.reduce((sum, line) => sum + line.amount, 0);

export interface ShareRow {
  name: string;
  inhabitants?: number | undefined;
  share: number;
}

export interface CostSummary {
  lines: CostLine[];
  total: number;
  key: CostKey;
  /** One row per municipality, in the link's order; null when the key lacks inhabitants. */
  rows: ShareRow[] | null;
  /** Names of the municipalities without inhabitants, when the key needs them. */
  missing: string[];
}

/** `municipalities`: in the link's order, with inhabitants where the site knows the municipality. */
export function costSummary(
  costs: Costs,
  municipalities: readonly { name: string; inhabitants?: number | undefined }[],
): CostSummary {
  const total = costTotal(costs.lines);
  const key = appliedKey(
    costs.key,
    municipalities.length > 0 && municipalities.every((municipality) => municipality.inhabitants !== undefined),
  );
  const split = splitCosts(
    total,
    municipalities.map((municipality) => municipality.inhabitants),
    key,
  );
  if (split.kind === 'needs-inhabitants') {
    return { lines: costs.lines, total, key, rows: null, missing: split.missing.map((i) => municipalities[i]!.name) };
  }
  return {
    lines: costs.lines,
    total,
    key,
    rows: municipalities.map((municipality, i) => ({ ...municipality, share: split.shares[i]! })),
    missing: [],
  };
}

/** The summary as the dossier holds it. */
export function dossierCosts(summary: CostSummary): DossierCosts {
  return {
    lines: summary.lines,
    total: summary.total,
    keyName: keyName(summary.key),
    keySentence: keySentence(summary.key),
    shares: summary.rows ?? { problem: missingInhabitantsText(summary.missing) },
  };
}
