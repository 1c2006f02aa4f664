import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCode } from '../../src/lib/qrCode';

describe('qrCode', () => {
  const link =
    'https://uitpas-regio.example/keuzehulp/?aanbod=ja&voordelen=ja&kostendeling=bespreken&regio=Meetjesland';

  it('draws every dark module of the code once, inside a quiet zone of four', () => {
    const { data } = encode(link, { ecc: 'M', border: 0 });
    const code = qrCode(link)!;
    expect(code.size).toBe(data.length + 8);
    const dark = data.flat().filter(Boolean).length;
    expect(code.path.match(/M/g)?.length).toBe(dark);
    // The top-left finder pattern starts at the quiet zone's edge.
    expect(code.path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });

  it('a longer link gives a larger code', () => {
    expect(qrCode(link + '&door=' + 'x'.repeat(200))!.size).toBeGreaterThan(qrCode(link)!.size);
  });

  it('a link too long for level M (uqr: "Data too long") still gets a code, at level L', () => {
    const long = link + '&samen=' + 'x'.repeat(2_400);
    expect(() => encode(long, { ecc: 'M', border: 0 })).toThrow(RangeError);
    const code = qrCode(long)!;
    expect(code.size).toBe(encode(long, { ecc: 'L', border: 0 }).data.length + 8);
  });

  it('a link too long for any QR code gives none, and no error', () => {
    expect(() => encode(link + 'x'.repeat(3_000), { ecc: 'L', border: 0 })).toThrow(RangeError);
    expect(qrCode(link + 'x'.repeat(3_000))).toBeNull();
  });
});
