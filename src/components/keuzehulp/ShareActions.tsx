// The result's two actions, right under the verdict: copy the link, print. Both load the QR
// code first (onPrepare), so the printout and a shared screen carry it.
import { useRef, useState } from 'preact/hooks';

interface Props {
  link: string;
  /** Loads what the printout needs (the QR code); resolves once it is on the page. */
  onPrepare(): Promise<void>;
}

export function ShareActions({ link, onPrepare }: Props) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState(false);
  const manualInput = useRef<HTMLInputElement>(null);

  const copy = async () => {
    void onPrepare().catch(() => {});
    try {
      await navigator.clipboard.writeText(link);
      setManual(false);
      setStatus('De link is gekopieerd. Plak hem in een e-mail of een verslag.');
    } catch {
      setManual(true);
      setStatus('Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf (Ctrl+C, of Cmd+C op een Mac).');
      requestAnimationFrame(() => {
        manualInput.current?.focus();
        manualInput.current?.select();
      });
    }
  };

  const print = async () => {
    // Without the QR code the printout still has the link: print anyway.
    await onPrepare().catch(() => {});
    window.print();
  };

  return (
    <div class="kh-share-actions no-print">
      <div class="kh-actions">
        <button type="button" class="button" onClick={copy}>
          Kopieer link
        </button>
        <button type="button" class="button button--secondary" onClick={print}>
          Afdrukken<span class="visually-hidden"> of bewaren als PDF</span>
        </button>
      </div>
      <p class="kh-status" role="status">
        {status}
      </p>
      {manual && (
        <div class="kh-field">
          <label for="kh-link">Link naar dit resultaat</label>
          <input type="text" id="kh-link" class="kh-input" readOnly value={link} ref={manualInput} />
        </div>
      )}
    </div>
  );
}
