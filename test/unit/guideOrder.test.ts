import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, neighbours, sortGuide, type GuideEntry } from '../../src/lib/guideOrder';

const guide: GuideEntry[] = [
  { id: 'vergelijking', title: 'Vergelijking', order: 5 },
  { id: 'index', title: 'Start', order: 0 },
  { id: 'basis', title: 'Basis', order: 1 },
  { id: 'scenarios/minimale-samenwerking', title: 'Minimaal', order: 2, parent: 'vergelijking' },
];

describe('guide order', () => {
  it('sorts by order', () => {
    expect(sortGuide(guide).map((entry) => entry.id)).toEqual([
      'index',
      'basis',
      'scenarios/minimale-samenwerking',
      'vergelijking',
    ]);
  });
  it('gives the previous and next page', () => {
    const { previous, next } = neighbours(guide, 'basis');
    expect(previous?.id).toBe('index');
    expect(next?.id).toBe('scenarios/minimale-samenwerking');
  });
  it('has no previous page at the start and no next page at the end', () => {
    expect(neighbours(guide, 'index').previous).toBeUndefined();
    expect(neighbours(guide, 'vergelijking').next).toBeUndefined();
  });
  it('refuses two pages with the same order, naming both', () => {
    expect(() => neighbours([...guide, { id: 'dubbel', title: 'X', order: 1 }], 'basis')).toThrow(/basis en dubbel/);
  });
});

describe('breadcrumbs', () => {
  it('start at the home page and follow parents', () => {
    expect(breadcrumbTrail(guide, 'scenarios/minimale-samenwerking').map((entry) => entry.id)).toEqual([
      'index',
      'vergelijking',
    ]);
    expect(breadcrumbTrail(guide, 'basis').map((entry) => entry.id)).toEqual(['index']);
    expect(breadcrumbTrail(guide, 'index')).toEqual([]);
  });
  it('explain a missing or circular parent', () => {
    expect(() => breadcrumbTrail([...guide, { id: 'x', title: 'X', order: 9, parent: 'weg' }], 'x')).toThrow(
      /weg bestaat niet/,
    );
    const circle: GuideEntry[] = [
      { id: 'a', title: 'A', order: 1, parent: 'b' },
      { id: 'b', title: 'B', order: 2, parent: 'a' },
    ];
    expect(() => breadcrumbTrail(circle, 'a')).toThrow(/kring/);
  });
});
