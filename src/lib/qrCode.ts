// A QR code as one SVG path, from uqr's module matrix. Imported only by a dynamic import
// (when the reader prints or shares), so its code never weighs on the first visit.
import { encode } from 'uqr';

export interface QrCode {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** Every dark module as a 1×1 square, in one path. */
  path: string;
}

/** Four modules of quiet zone, as the QR standard asks, so a phone finds the code on paper. */
const QUIET = 4;

export function qrCode(text: string): QrCode {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
    });
  });
  return { size: data.length + 2 * QUIET, path: parts.join('') };
}
