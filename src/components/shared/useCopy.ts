// Copying a link and printing, done one way for the keuzehulp's result and the region overview:
// copy to the clipboard, and when the browser refuses, show the link to copy by hand
// (ManualCopy); print after loading what the printout needs.
import { useState } from 'preact/hooks';

export interface Copied<K> {
  /** Which link (a page may offer several). */
  key: K;
  ok: boolean;
  text: string;
}

export function useCopy<K>() {
  const [copied, setCopied] = useState<Copied<K> | null>(null);
  const copy = async (key: K, text: string): Promise<boolean> => {
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
    }
    setCopied({ key, ok, text });
    return ok;
  };
  return { copied, copy, reset: () => setCopied(null) };
}

/** Prints once `prepare` (e.g. loading the printout's code) is done; prints anyway when it fails. */
export async function printPage(prepare?: () => Promise<unknown>): Promise<void> {
  await prepare?.().catch(() => {});
  window.print();
}
