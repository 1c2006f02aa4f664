// Share and print the overview. The link holds the whole overview; copying falls back to a
// field to copy by hand when the browser refuses the clipboard (shared/useCopy).
import type { ComponentChildren } from 'preact';
import { ManualCopy } from '../shared/ManualCopy';
import { printPage } from '../shared/useCopy';

interface Props {
  /** Privacy and how to share (static text from the page). */
  intro?: ComponentChildren;
  /** The last copy of the overview's link: done, or refused (then shown to copy by hand). */
  copied: { ok: boolean; text: string } | null;
  onCopy(): void;
}

export function ShareOverview({ intro, copied, onCopy }: Props) {
  return (
    <section class="kh-section no-print" aria-labelledby="sb-delen">
      <h2 id="sb-delen">Delen en afdrukken</h2>
      {intro}
      <div class="kh-actions">
        <button type="button" class="button" onClick={onCopy}>
          Kopieer de link naar dit overzicht
        </button>
        <button type="button" class="button button--secondary" onClick={() => printPage()}>
          Afdrukken of bewaren als PDF
        </button>
      </div>
      <p class="kh-status" role="status">
        {copied &&
          (copied.ok
            ? 'De link is gekopieerd. Iedereen met de link ziet dit overzicht.'
            : 'Kopiëren lukte niet. Kopieer de link hieronder zelf (Ctrl+C, of Cmd+C op een Mac).')}
      </p>
      {copied && !copied.ok && <ManualCopy id="sb-link" label="Link om zelf te kopiëren" text={copied.text} />}
    </section>
  );
}
