import { describe, expect, it } from 'vitest';
import { normaliseBase, normaliseSite } from '../../src/config/deployTarget.mjs';

describe('normaliseBase (SITE_BASE)', () => {
  it('accepts every common spelling of a base path', () => {
    for (const value of ['uitpas-regio', '/uitpas-regio', '/uitpas-regio/', 'uitpas-regio/']) {
      expect(normaliseBase(value)).toBe('/uitpas-regio/');
    }
    expect(normaliseBase('/a/b')).toBe('/a/b/');
  });
  it('defaults to the root', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });
  it('refuses segments that would break URLs', () => {
    expect(() => normaliseBase('/../etc')).toThrow(/SITE_BASE/);
    expect(() => normaliseBase('/met spatie/')).toThrow(/SITE_BASE/);
  });
});

describe('normaliseSite (SITE_URL)', () => {
  it('keeps only the origin of an absolute URL', () => {
    expect(normaliseSite('https://www.publiq.be/nl/')).toBe('https://www.publiq.be');
  });
  it('has a local default for development', () => {
    expect(normaliseSite(undefined)).toBe('http://localhost:4321');
  });
  it('explains a URL that is not absolute or not web', () => {
    expect(() => normaliseSite('publiq.be')).toThrow(/SITE_URL/);
    expect(() => normaliseSite('ftp://publiq.be')).toThrow(/http/);
  });
});
