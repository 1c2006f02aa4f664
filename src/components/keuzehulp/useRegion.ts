// The municipalities named in the link (`gemeenten`, specs/regio.md), with the chunk that knows
// them. Loads the region chunk only when the link names municipalities.
import { useEffect, useState } from 'preact/hooks';
import type { GemeentenProblem } from '../../lib/regio/gemeentenParam';

type Chunk = typeof import('./regionChunk');
export interface Region {
  chunk: Chunk;
  /** Valid NIS codes of today, sorted. */
  nis: string[];
  problems: GemeentenProblem[];
}

/** null while nothing is named or the chunk is loading; `loading` tells those apart. */
export function useRegion(gemeenten: string): { region: Region | null; loading: boolean } {
  const [chunk, setChunk] = useState<Chunk | null>(null);
  useEffect(() => {
    if (gemeenten && !chunk) void import('./regionChunk').then(setChunk);
  }, [gemeenten]);
  if (!gemeenten) return { region: null, loading: false };
  if (!chunk) return { region: null, loading: true };
  const parsed = chunk.parseGemeenten(new URLSearchParams({ gemeenten }));
  return { region: { chunk, nis: parsed.nis, problems: parsed.problems }, loading: false };
}
