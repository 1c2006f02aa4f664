// A QR code as one SVG path, from uqr's module matrix. Loaded with the keuzehulp's result (its
// printout), so its code never weighs on the keuzehulp's start or on other pages.
import { encode } from 'uqr';

export interface QrCode {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** Every dark module as a 1×1 square, in one path. */
  path: string;
}

/** Four modules of quiet zone, as the QR standard asks, so a phone finds the code on paper. */
const QUIET = 4;

/**
 * The QR code for `text`, or null when no QR code can hold it. Error correction M (15 % of the
 * code may be damaged) up to about 2,300 bytes; a longer text gets level L (7 %, up to 2,953
 * bytes, the most a QR code holds); beyond that uqr throws `RangeError: Data too long` and the
 * caller prints the way to the result in words instead.
 */
export function qrCode(text: string): QrCode | null {
  for (const ecc of ['M', 'L'] as const) {
    let data: boolean[][];
    try {
      data = encode(text, { ecc, border: 0 }).data;
    } catch (error) {
      if (error instanceof RangeError) continue;
      throw error;
    }
    const parts: string[] = [];
    data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
      });
    });
    return { size: data.length + 2 * QUIET, path: parts.join('') };
  }
  return null;
}

/** "uitpas.example/keuzehulp/": the address a reader can type under a QR code that carries the rest. */
export function shortLink(link: string): string {
  const { host, pathname } = new URL(link);
  return host + pathname;
}
