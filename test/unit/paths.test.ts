import { describe, expect, it } from 'vitest';
import { entryPath, joinBase } from '../../src/lib/paths';

describe('joinBase', () => {
  it('joins the base path and a page path with exactly one slash', () => {
    expect(joinBase('/', 'basis/')).toBe('/basis/');
    expect(joinBase('/uitpas-regio/', 'basis/')).toBe('/uitpas-regio/basis/');
    expect(joinBase('/uitpas-regio', '/basis/')).toBe('/uitpas-regio/basis/');
    expect(joinBase('/uitpas-regio/', '')).toBe('/uitpas-regio/');
    expect(joinBase('/uitpas-regio/', 'begrippen/#vte')).toBe('/uitpas-regio/begrippen/#vte');
  });
});

describe('entryPath', () => {
  it('maps content ids to folder URLs, with index as the home page', () => {
    expect(entryPath('index')).toBe('');
    expect(entryPath('basis')).toBe('basis/');
    expect(entryPath('scenarios/formele-samenwerking')).toBe('scenarios/formele-samenwerking/');
    expect(entryPath('scenarios/index')).toBe('scenarios/');
  });
});
