// The `gemeenten` URL parameter (docs/contracts/regio.md): NIS codes, comma-separated and/or repeated,
// in any order. Valid codes are kept; every other value is named in a problem and left out.
// A pre-2025 code is not silently accepted: it is taken as today's municipality, and the problem
// says so (docs/decisions/0008-region-data-and-codes.md).
import { municipalityByNis, oldMunicipalityByCode } from './data';

export const GEMEENTEN_PARAM = 'gemeenten';

export type GemeentenProblem =
  /** Not a five-digit code, or no Flemish municipality of today or 2024. */
  | { kind: 'unknown'; value: string }
  /** A Brussels municipality: outside the reference regions. */
  | { kind: 'brussels'; value: string }
  /** A code from before the mergers of 1 January 2025, taken as the municipality of today. */
  | { kind: 'oldCode'; value: string; oldName: string; nis: string; name: string };

export interface ParsedGemeenten {
  /** Valid NIS codes of today, sorted ascending, each once. */
  nis: string[];
  problems: GemeentenProblem[];
}

/** Reads every `gemeenten` value of a query string or URLSearchParams. */
export function parseGemeenten(query: URLSearchParams | string): ParsedGemeenten {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values = params
    .getAll(GEMEENTEN_PARAM)
    .flatMap((value) => value.split(/[\s,;]+/))
    .filter((value) => value !== '');
  const chosen = new Set<string>();
  const problems: GemeentenProblem[] = [];
  const seenProblems = new Set<string>();
  const report = (problem: GemeentenProblem) => {
    if (seenProblems.has(problem.value)) return;
    seenProblems.add(problem.value);
    problems.push(problem);
  };
  for (const value of values) {
    if (municipalityByNis(value)) {
      chosen.add(value);
      continue;
    }
    const old = /^\d{5}$/.test(value) ? oldMunicipalityByCode(value) : undefined;
    if (old) {
      chosen.add(old.nis);
      report({ kind: 'oldCode', value, oldName: old.name, nis: old.nis, name: municipalityByNis(old.nis)!.name });
    } else if (/^21\d{3}$/.test(value)) {
      report({ kind: 'brussels', value });
    } else {
      report({ kind: 'unknown', value: value.length > 24 ? `${value.slice(0, 24)}…` : value });
    }
  }
  return { nis: [...chosen].sort(), problems };
}

/** The query value for a set of municipalities: sorted codes, comma-separated. */
export function serialiseGemeenten(nisCodes: readonly string[]): string {
  return [...new Set(nisCodes)].sort().join(',');
}

/** One sentence in Dutch that explains a problem to the reader (plain text, never HTML). */
export function describeGemeentenProblem(problem: GemeentenProblem): string {
  switch (problem.kind) {
    case 'oldCode':
      return `${problem.value} is de code van ${problem.oldName} van vóór de fusies van 1 januari 2025. ${problem.oldName} hoort nu bij ${problem.name} (${problem.nis}): die gemeente hebben we gekozen.`;
    case 'brussels':
      return `${problem.value} is een Brusselse gemeente. Referentieregio's gelden alleen in Vlaanderen, dus we laten ze weg.`;
    case 'unknown':
      return `„${problem.value}” is geen NIS-code van een Vlaamse gemeente. We laten die code weg.`;
  }
}
