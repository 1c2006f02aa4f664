// Fetches the deelgemeente names (a hashed static JSON file, same origin) once, when the picker
// first needs them. A plain fetch keeps Vite's preload helper out of the page.
import type { Deelgemeenten } from '../../lib/regio/data';
import deelgemeentenUrl from '../../data/regio/deelgemeenten.json?url';

let loading: Promise<Deelgemeenten> | undefined;

export function loadDeelgemeenten(): Promise<Deelgemeenten> {
  loading ??= fetch(deelgemeentenUrl).then((response) => {
    if (!response.ok) throw new Error(`deelgemeenten: ${response.status}`);
    return response.json() as Promise<Deelgemeenten>;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
