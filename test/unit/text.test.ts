import { describe, expect, it } from 'vitest';
import { cssString, listInSentence, lowerFirst } from '../../src/lib/text';

describe('lowerFirst', () => {
  it('lowers the first letter only', () => {
    expect(lowerFirst('Minder dan 1 VTE')).toBe('minder dan 1 VTE');
    expect(lowerFirst('Ja, dat is afgesproken')).toBe('ja, dat is afgesproken');
  });
  it('leaves an abbreviation at the start as it is', () => {
    expect(lowerFirst('VTE voor de regio')).toBe('VTE voor de regio');
    expect(lowerFirst('')).toBe('');
  });
});

describe('listInSentence', () => {
  it('joins with commas and "en"', () => {
    expect(listInSentence(['Aanbod'])).toBe('aanbod');
    expect(listInSentence(['Aanbod', 'Voordelen', 'VTE'])).toBe('aanbod, voordelen en VTE');
    expect(listInSentence([])).toBe('');
  });
});

describe('cssString', () => {
  it('keeps plain words and escapes what could end the string', () => {
    expect(cssString('Advies voor Meetjesland')).toBe('"Advies voor Meetjesland"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    const hostile = cssString('x"}</style>\n');
    expect(hostile.slice(1, -1)).not.toMatch(/["}<>/\n]/);
  });
});
