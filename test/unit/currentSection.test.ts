import { describe, expect, it } from 'vitest';
import { sectionAt } from '../../src/lib/currentSection';

describe('the section being read', () => {
  it('is the last heading above the reading line', () => {
    expect(sectionAt([-900, -200, 150, 700], 200)).toBe(2);
    expect(sectionAt([-900, -200, 250, 700], 200)).toBe(1);
  });
  it('is none before the first section starts', () => {
    expect(sectionAt([400, 900], 200)).toBe(-1);
  });
  it('is the last section at the end of the page', () => {
    expect(sectionAt([-3000, -2000, -100], 200)).toBe(2);
  });
});
