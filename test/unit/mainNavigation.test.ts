import { describe, expect, it } from 'vitest';
import { isCurrentSection, mainSections } from '../../src/lib/mainNavigation';

const current = (path: string) => mainSections.filter((section) => isCurrentSection(section, path)).map((s) => s.label);

describe('main navigation', () => {
  it('marks exactly one section on each kind of page', () => {
    expect(current('')).toEqual(['Home']);
    expect(current('basis/')).toEqual(['Basisafspraken']);
    expect(current('scenarios/formele-samenwerking/')).toEqual(["Scenario's"]);
    expect(current('vergelijking/')).toEqual(["Scenario's"]);
    expect(current('veelgestelde-vragen/')).toEqual(['Vragen']);
  });

  it('marks no section on pages outside the menu', () => {
    expect(current('over/')).toEqual([]);
    expect(current('zoeken/')).toEqual([]);
  });

  it('does not call the home page "Start", which competes with "Start de keuzehulp"', () => {
    expect(mainSections.map((section) => section.label)).not.toContain('Start');
  });
});
