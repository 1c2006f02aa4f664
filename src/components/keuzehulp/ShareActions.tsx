// The result's two actions, right under the verdict: copy the link, print. Both load what the
// printout needs first (onPrepare: the report and its QR code), so a printout carries it.
import { ManualCopy } from '../shared/ManualCopy';
import { printPage, useCopy } from '../shared/useCopy';

interface Props {
  link: string;
  /** Loads what the printout needs; resolves once it is on the page. */
  onPrepare(): Promise<void>;
}

export function ShareActions({ link, onPrepare }: Props) {
  const { copied, copy } = useCopy<'result'>();
  return (
    <div class="kh-share-actions no-print">
      <div class="kh-actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            void onPrepare().catch(() => {});
            void copy('result', link);
          }}
        >
          Kopieer link
        </button>
        <button type="button" class="button button--secondary" onClick={() => printPage(onPrepare)}>
          Afdrukken<span class="visually-hidden"> of bewaren als PDF</span>
        </button>
      </div>
      <p class="kh-status" role="status">
        {copied &&
          (copied.ok
            ? 'De link is gekopieerd. Plak hem in een e-mail of een verslag.'
            : 'Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf (Ctrl+C, of Cmd+C op een Mac).')}
      </p>
      {copied && !copied.ok && <ManualCopy id="kh-link" label="Link naar dit resultaat" text={link} />}
    </div>
  );
}
