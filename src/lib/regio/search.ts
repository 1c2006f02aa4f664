// Name search for the municipality picker: today's names, names of municipalities before the
// 2025 mergers and deelgemeente names; accent- and case-insensitive; prefix before word start
// before substring. Old names and deelgemeenten say what they belong to today.
import { municipalities, municipalityByNis, oldMunicipalities, type Deelgemeenten } from './data';

export type SuggestionKind = 'gemeente' | 'oudeGemeente' | 'deelgemeente';

export interface Suggestion {
  /** Today's NIS code: what choosing this suggestion adds. */
  nis: string;
  /** The name that matched. */
  name: string;
  kind: SuggestionKind;
  /** What the reader sees: "Kruibeke, nu Beveren-Kruibeke-Zwijndrecht". */
  label: string;
}

/**
 * Lower case, no accents, apostrophes and hyphens as spaces, and the abbreviation "St-" read as
 * "Sint-": "'s-Gravenvoeren" → "s gravenvoeren", "St-Laureins" → "sint laureins".
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/(^| )st(?= |$)/g, '$1sint');
}

interface Entry extends Suggestion {
  key: string;
}

const rank: Record<SuggestionKind, number> = { gemeente: 0, oudeGemeente: 1, deelgemeente: 2 };
const indexes = new WeakMap<Deelgemeenten, Entry[]>();
const NO_DEELGEMEENTEN: Deelgemeenten = {};

function index(deelgemeenten: Deelgemeenten): Entry[] {
  const cached = indexes.get(deelgemeenten);
  if (cached) return cached;
  const today = (nis: string) => municipalityByNis(nis)!.name;
  const todayKeys = new Set(municipalities.map((municipality) => normaliseName(municipality.name)));
  const all: Suggestion[] = [
    ...municipalities.map((m): Suggestion => ({ nis: m.nis, name: m.name, kind: 'gemeente', label: m.name })),
    ...oldMunicipalities
      .filter((old) => !todayKeys.has(normaliseName(old.name)))
      .map((old): Suggestion => ({
        nis: old.nis,
        name: old.name,
        kind: 'oudeGemeente',
        label: `${old.name}, nu ${today(old.nis)}`,
      })),
    ...Object.entries(deelgemeenten).flatMap(([nis, names]) =>
      names.map((name): Suggestion => ({ nis, name, kind: 'deelgemeente', label: `${name}, deel van ${today(nis)}` })),
    ),
  ];
  const entries = all.map((suggestion) => ({ ...suggestion, key: normaliseName(suggestion.name) }));
  indexes.set(deelgemeenten, entries);
  return entries;
}

/**
 * Suggestions for what the reader typed, best first, at most `limit`. Fewer than two letters give
 * none. Deelgemeenten are searched once loaded (loadDeelgemeenten) and passed in.
 */
export function searchMunicipalities(
  query: string,
  { limit = 8, deelgemeenten = NO_DEELGEMEENTEN }: { limit?: number; deelgemeenten?: Deelgemeenten } = {},
): Suggestion[] {
  const wanted = normaliseName(query);
  if (wanted.length < 2) return [];
  const scored: { entry: Entry; tier: number }[] = [];
  for (const entry of index(deelgemeenten)) {
    const tier = entry.key.startsWith(wanted)
      ? 0
      : ` ${entry.key}`.includes(` ${wanted}`)
        ? 1
        : entry.key.includes(wanted)
          ? 2
          : -1;
    if (tier >= 0) scored.push({ entry, tier });
  }
  scored.sort(
    (a, b) =>
      a.tier - b.tier ||
      rank[a.entry.kind] - rank[b.entry.kind] ||
      a.entry.name.localeCompare(b.entry.name, 'nl') ||
      a.entry.label.localeCompare(b.entry.label, 'nl'),
  );
  const seen = new Set<string>();
  const result: Suggestion[] = [];
  for (const { entry } of scored) {
    if (seen.has(entry.label)) continue;
    seen.add(entry.label);
    result.push({ nis: entry.nis, name: entry.name, kind: entry.kind, label: entry.label });
    if (result.length === limit) break;
  }
  return result;
}

/**
 * The municipality a typed name stands for: today's name, a pre-2025 name or (once loaded) a
 * deelgemeente, compared as normaliseName does. Undefined for a name the site does not know.
 */
export function municipalityNamed(
  text: string,
  deelgemeenten: Deelgemeenten = NO_DEELGEMEENTEN,
): Suggestion | undefined {
  const wanted = normaliseName(text);
  if (!wanted) return undefined;
  const matches = index(deelgemeenten).filter((entry) => entry.key === wanted);
  matches.sort((a, b) => rank[a.kind] - rank[b.kind]);
  const best = matches[0];
  return best && { nis: best.nis, name: best.name, kind: best.kind, label: best.label };
}

/** Edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** The closest known names to an unknown one ("Maldegm" → Maldegem), best first, at most `limit`. */
export function closestNames(
  text: string,
  { limit = 3, deelgemeenten = NO_DEELGEMEENTEN }: { limit?: number; deelgemeenten?: Deelgemeenten } = {},
): Suggestion[] {
  const wanted = normaliseName(text);
  if (wanted.length < 2) return [];
  const within = Math.max(1, Math.floor(wanted.length / 3));
  const scored = index(deelgemeenten)
    .map((entry) => ({ entry, score: distance(wanted, entry.key) }))
    .filter(({ score }) => score <= within)
    .sort((a, b) => a.score - b.score || rank[a.entry.kind] - rank[b.entry.kind]);
  const seen = new Set<string>();
  const result: Suggestion[] = [];
  for (const { entry } of scored) {
    if (seen.has(entry.nis)) continue;
    seen.add(entry.nis);
    result.push({ nis: entry.nis, name: entry.name, kind: entry.kind, label: entry.label });
    if (result.length === limit) break;
  }
  return result;
}
