import { describe, expect, it } from 'vitest';
import { cssString, listInSentence, lowerFirst, numberWord } from '../../src/lib/text';

describe('lowerFirst', () => {
  it('lowers the first letter only', () => {
    expect(lowerFirst('Minder dan 1 VTE')).toBe('minder dan 1 VTE');
    expect(lowerFirst('Ja, dat is afgesproken')).toBe('ja, dat is afgesproken');
  });
  it('leaves an abbreviation at the start as it is', () => {
    expect(lowerFirst('VTE voor de regio')).toBe('VTE voor de regio');
    expect(lowerFirst('UiTPAS ingebed in een visie')).toBe('UiTPAS ingebed in een visie');
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

describe('numberWord', () => {
  it('writes small counts as words, larger ones as digits', () => {
    expect([1, 2, 3, 4, 7, 10].map(numberWord)).toEqual(['één', 'twee', 'drie', 'vier', 'zeven', 'tien']);
    expect(numberWord(12)).toBe('12');
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
