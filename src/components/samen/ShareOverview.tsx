// Share and print the overview. The link holds the whole overview; copying falls back to a
// field to copy by hand when the browser refuses the clipboard.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

interface Props {
  /** Privacy and how to share (static text from the page). */
  intro?: ComponentChildren;
  /** The link that failed to copy, shown to copy by hand; empty when none. */
  manual: string;
  status: string;
  onCopy(): void;
}

export function ShareOverview({ intro, manual, status, onCopy }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section class="kh-section no-print" aria-labelledby="sb-delen">
      <h2 id="sb-delen">Delen en afdrukken</h2>
      {intro}
      <div class="kh-actions">
        <button type="button" class="button" onClick={onCopy}>
          Kopieer de link naar dit overzicht
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          Afdrukken of bewaren als PDF
        </button>
      </div>
      <p class="kh-status" role="status">
        {status}
      </p>
      {manual && (
        <div class="kh-field">
          <label for="sb-link">Link om zelf te kopiëren</label>
          <input
            type="text"
            id="sb-link"
            class="kh-input"
            readOnly
            value={manual}
            ref={(element) => {
              input.current = element;
              element?.select();
            }}
          />
        </div>
      )}
    </section>
  );
}

/** Copies text; resolves false when the browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
