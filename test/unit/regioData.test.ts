// The committed region data (src/data/regio, built by `npm run data`) against the facts of
// docs/contracts/regio.md and the data README: 285 municipalities in 15 reference regions, their sizes,
// the inhabitants, the names before 2025 and a map in which enclaves survive.
import { describe, expect, it } from 'vitest';
import deelgemeentenByNis from '../../src/data/regio/deelgemeenten.json';
import map from '../../src/data/regio/map.json';
import { municipalities, municipalityByNis, oldMunicipalities, referenceRegions } from '../../src/lib/regio/data';

// In the README's order, which is the order of the codes REFREG01..REFREG15.
const expectedSizes: Record<string, [string, number]> = {
  REFREG01: ['Regio Antwerpen', 28],
  REFREG02: ['Rivierenland', 12],
  REFREG03: ['Kempen', 27],
  REFREG04: ['Halle-Vilvoorde', 31],
  REFREG05: ['Oost-Brabant', 32],
  REFREG06: ['Regio Brugge', 10],
  REFREG07: ['Westhoek', 17],
  REFREG08: ['Zuid-West-Vlaanderen', 13],
  REFREG09: ['Middenkust', 7],
  REFREG10: ['Midwest', 15],
  REFREG11: ['Denderregio', 14],
  REFREG12: ['Vlaamse Ardennen', 14],
  REFREG13: ['Regio Gent', 20],
  REFREG14: ['Waasland', 7],
  REFREG15: ['Limburg', 38],
};

describe('municipalities and reference regions', () => {
  it('has the 285 Flemish municipalities of 2025, each once, with a five-digit NIS code and a name', () => {
    expect(municipalities).toHaveLength(285);
    expect(new Set(municipalities.map((m) => m.nis)).size).toBe(285);
    for (const m of municipalities) {
      expect(m.nis).toMatch(/^[1-7]\d{4}$/);
      expect(m.nis.startsWith('21'), `${m.nis} is Brussels`).toBe(false);
      expect(m.name.length).toBeGreaterThan(1);
    }
  });

  it('puts every municipality in exactly one of the 15 reference regions REFREG01..REFREG15', () => {
    expect(referenceRegions.map((r) => r.code)).toEqual(
      Array.from({ length: 15 }, (_, i) => `REFREG${String(i + 1).padStart(2, '0')}`),
    );
    const codes = new Set(referenceRegions.map((r) => r.code));
    for (const m of municipalities) expect(codes.has(m.region), `${m.name} in ${m.region}`).toBe(true);
  });

  it('gives each reference region the size listed in the data README', () => {
    const sizes = Object.fromEntries(
      referenceRegions.map((r) => [r.code, [r.name, municipalities.filter((m) => m.region === r.code).length]]),
    );
    expect(sizes).toEqual(expectedSizes);
    for (const r of referenceRegions) expect(r.municipalities).toBe(expectedSizes[r.code][1]);
  });

  it('counts 6,898,350 inhabitants on 1 January 2026, and each region sums its municipalities', () => {
    expect(municipalities.reduce((sum, m) => sum + m.inhabitants, 0)).toBe(6_898_350);
    for (const m of municipalities) expect(Number.isInteger(m.inhabitants) && m.inhabitants > 0).toBe(true);
    for (const r of referenceRegions) {
      expect(r.inhabitants).toBe(
        municipalities.filter((m) => m.region === r.code).reduce((sum, m) => sum + m.inhabitants, 0),
      );
    }
  });

  it('knows the merged municipalities by their new codes', () => {
    expect(municipalityByNis('46030')).toMatchObject({
      name: 'Beveren-Kruibeke-Zwijndrecht',
      inhabitants: 88_344,
      region: 'REFREG14',
    });
    expect(municipalityByNis('44088')).toMatchObject({ name: 'Merelbeke-Melle', inhabitants: 37_675 });
    expect(municipalityByNis('11002')).toMatchObject({ name: 'Antwerpen', inhabitants: 565_615 });
    expect(municipalityByNis('46013')).toBeUndefined();
  });
});

const deelgemeenten = Object.entries(deelgemeentenByNis as Record<string, string[]>).flatMap(([nis, names]) =>
  names.map((name) => [name, nis] as const),
);

describe('names before 2025', () => {
  it('leads every changed municipality of 2024 to a municipality of today', () => {
    expect(oldMunicipalities.length).toBe(27);
    for (const old of oldMunicipalities) expect(municipalityByNis(old.nis), `${old.code} ${old.name}`).toBeDefined();
    const byName = Object.fromEntries(oldMunicipalities.map((old) => [old.name, old]));
    expect(byName.Kruibeke).toEqual({ code: '46013', name: 'Kruibeke', nis: '46030' });
    expect(byName.Zwijndrecht.nis).toBe('46030');
    expect(byName.Borsbeek.nis).toBe('11002');
    expect(byName.Tessenderlo.nis).toBe('71071');
    expect(byName.Lokeren).toEqual({ code: '46014', name: 'Lokeren', nis: '46029' });
  });

  it('leads every deelgemeente to a municipality of today', () => {
    expect(deelgemeenten.length).toBeGreaterThan(800);
    for (const [name, nis] of deelgemeenten) expect(municipalityByNis(nis), name).toBeDefined();
    const find = (name: string) => deelgemeenten.filter(([n]) => n === name).map(([, nis]) => nis);
    expect(find('Bazel')).toEqual(['46030']);
    expect(find('Rupelmonde')).toEqual(['46030']);
    expect(find("'s-Gravenvoeren")).toEqual(['73109']);
    expect(find('Wilrijk')).toEqual(['11002']);
  });
});

/** Absolute corners "x,y" of a path written as M x y, then l/h/v steps. */
function vertices(d: string): string[] {
  const points: string[] = [];
  for (const part of d.split('M').slice(1)) {
    const numbers = (body: string) => (body.match(/-?\d+/g) ?? []).map(Number);
    const [start, ...commands] = part.split(/(?=[lhvz])/);
    let [x, y] = numbers(start);
    points.push(`${x},${y}`);
    for (const command of commands) {
      const values = numbers(command.slice(1));
      if (command[0] === 'h') x += values[0];
      else if (command[0] === 'v') y += values[0];
      else if (command[0] === 'l')
        for (let i = 0; i < values.length; i += 2) points.push(`${(x += values[i])},${(y += values[i + 1])}`);
      if (command[0] !== 'l' && command[0] !== 'z') points.push(`${x},${y}`);
    }
  }
  return points;
}

describe('the map', () => {
  const paths = map.municipalities as Record<string, string>;
  const parts = (d: string) => d.split('M').length - 1;

  it('has one path per municipality, and the borders of the reference regions', () => {
    expect(Object.keys(paths).sort()).toEqual(municipalities.map((m) => m.nis));
    for (const [nis, d] of Object.entries(paths)) expect(d, nis).toMatch(/^M\d+ \d+[-\dlhvz ]*z(M[-\dlhvz ]+z)*$/);
    expect(map.regionBorders.length).toBeGreaterThan(1000);
    expect(Object.keys(map.labels).sort()).toEqual(referenceRegions.map((r) => r.code));
    expect(map.width).toBe(1000);
    expect(map.height).toBeGreaterThan(300);
  });

  it('keeps the Baarle-Hertog enclaves and the Voeren exclave', () => {
    expect(parts(paths['13002'])).toBeGreaterThanOrEqual(20);
    expect(parts(paths['73109'])).toBeGreaterThanOrEqual(1);
    // Voeren touches no other Flemish municipality: none of its corners is anyone else's.
    const voeren = new Set(vertices(paths['73109']));
    const shared = Object.entries(paths).filter(
      ([nis, d]) => nis !== '73109' && vertices(d).some((point) => voeren.has(point)),
    );
    expect(shared.map(([nis]) => nis)).toEqual([]);
    // Riemst, its neighbour across the Dutch and Walloon strip, does share corners with others.
    const riemst = new Set(vertices(paths['73066']));
    expect(
      Object.entries(paths).some(([nis, d]) => nis !== '73066' && vertices(d).some((point) => riemst.has(point))),
    ).toBe(true);
  });
});
