// src/lib/regio (and the gemeenten parameter as src/lib/link reads it): what follows from a set, the name search, the examples and the links.
import { describe, expect, it } from 'vitest';
import deelgemeenten from '../../src/data/regio/deelgemeenten.json';
import {
  costExamples,
  cultureDecreeCheck,
  euro,
  inhabitantsOf,
  referenceRegionStatus,
  referenceRegionsOf,
  searchMunicipalities,
} from '../../src/lib/regio';
import { gemeentenQuery, overviewQuery, parseLink } from '../../src/lib/link/link';

// de Merode today: Hulshout, Westerlo (Kempen), Scherpenheuvel-Zichem (Oost-Brabant), Tessenderlo-Ham (Limburg).
const deMerode = ['13016', '13049', '24134', '71071'];

describe('the gemeenten parameter (read by src/lib/link)', () => {
  it('reads comma-separated (also with spaces) and repeated values, sorted and each once', () => {
    expect(parseLink('gemeenten=13040%2C%2013031&gemeenten=13037&gemeenten=13040').gemeenten).toEqual([
      '13031',
      '13037',
      '13040',
    ]);
    expect(parseLink('gemeenten=').gemeenten).toEqual([]);
  });

  it('names unknown and malformed codes once each, and keeps the valid ones', () => {
    const parsed = parseLink('gemeenten=13040,99999,abc,<b>x</b>,1304&gemeenten=99999');
    expect(parsed.gemeenten).toEqual(['13040']);
    expect(parsed.problems).toEqual([{ kind: 'unknown-codes', values: ['99999', 'abc', '<b>x</b>', '1304'] }]);
  });

  it('explains every pre-2025 code and takes the municipality of today', () => {
    const parsed = parseLink('gemeenten=46013,11056,46003');
    expect(parsed.gemeenten).toEqual(['46030']);
    expect(parsed.problems.map((problem) => problem.kind === 'old-code' && problem.oldName)).toEqual([
      'Kruibeke',
      'Zwijndrecht',
      'Beveren',
    ]);
    // Lokeren kept its name but got a new code.
    expect(parseLink('gemeenten=46014').problems[0]).toMatchObject({
      kind: 'old-code',
      oldName: 'Lokeren',
      nis: '46029',
    });
  });
});

describe('what follows from a set of municipalities', () => {
  it('de Merode spans three reference regions', () => {
    expect(referenceRegionsOf(deMerode)).toEqual(['REFREG03', 'REFREG05', 'REFREG15']);
    expect(referenceRegionStatus(deMerode)).toBe('meerdere');
    expect(inhabitantsOf(deMerode)).toBe(10_652 + 25_723 + 24_537 + 30_827);
    expect(cultureDecreeCheck(deMerode)).toEqual({
      inhabitants: 91_739,
      oneRegion: false,
      reaches: false,
      shortBy: 85_000 - 36_375,
    });
  });

  it('the stadsregio Turnhout lies in one region and reaches 85,000', () => {
    const turnhout = ['13040', '13031', '13004', '13046'];
    expect(referenceRegionsOf(turnhout)).toEqual(['REFREG03']);
    expect(referenceRegionStatus(turnhout)).toBe('een');
    expect(inhabitantsOf(turnhout)).toBe(48_490 + 15_211 + 18_780 + 11_933);
    expect(cultureDecreeCheck(turnhout)).toMatchObject({ oneRegion: true, reaches: true });
  });

  it('reaches 85,000 only within one reference region', () => {
    expect(cultureDecreeCheck(['46030'])).toMatchObject({ reaches: true, shortBy: 0 });
    expect(cultureDecreeCheck(['13016', '13049'])).toMatchObject({ reaches: false, shortBy: 85_000 - 36_375 });
    expect(referenceRegionStatus([])).toBeNull();
    expect(inhabitantsOf(['46030', '46030', 'x'])).toBe(88_344);
  });
});

describe('searchMunicipalities', () => {
  const labels = (query: string) => searchMunicipalities(query, { deelgemeenten }).map((s) => s.label);

  it('offers an old name with what it belongs to today', () => {
    expect(labels('Krui')).toContain('Kruibeke, nu Beveren-Kruibeke-Zwijndrecht');
    expect(searchMunicipalities('Krui', { deelgemeenten }).find((s) => s.name === 'Kruibeke')).toMatchObject({
      nis: '46030',
      kind: 'oudeGemeente',
    });
    expect(labels('Krui')).toContain('Kruisem');
  });

  it('is accent- and case-insensitive, and finds deelgemeenten and word starts', () => {
    expect(labels('bazel')).toEqual(['Bazel, deel van Beveren-Kruibeke-Zwijndrecht']);
    expect(labels('s gravenv')[0]).toBe("'s-Gravenvoeren, deel van Voeren");
    expect(labels('zwijn')).toEqual(
      expect.arrayContaining(['Zwijndrecht, nu Beveren-Kruibeke-Zwijndrecht', 'Beveren-Kruibeke-Zwijndrecht']),
    );
    expect(labels('Sint-Martens-Latem')).toEqual(['Sint-Martens-Latem']);
    expect(labels('SINT MARTENS LATEM')).toEqual(['Sint-Martens-Latem']);
  });

  it('puts prefix matches before word starts before substrings, and today before the past', () => {
    const results = labels('gent');
    expect(results[0]).toBe('Gent');
    expect(results.indexOf('Gent')).toBeLessThan(
      results.findIndex((label) => /Sint-Amandsberg|Gentbrugge/.test(label)),
    );
    const heist = labels('heist');
    expect(heist[0]).toBe('Heist-op-den-Berg');
    expect(heist).toContain('Knokke-Heist');
  });

  it('gives nothing for fewer than two letters or a name that matches nothing, and at most the limit', () => {
    expect(searchMunicipalities('k')).toEqual([]);
    expect(searchMunicipalities('xyzzy')).toEqual([]);
    expect(searchMunicipalities('an', { limit: 5 })).toHaveLength(5);
  });

  it('finds deelgemeenten only when they are given', () => {
    expect(searchMunicipalities('bazel')).toEqual([]);
    expect(searchMunicipalities('bazel', { deelgemeenten })).toHaveLength(1);
  });
});

describe('cost examples', () => {
  it('works each example out for the region, with region, year and source', () => {
    const [druivenstreek, noordrand, decree] = costExamples(91_739, 4);
    expect(druivenstreek).toMatchObject({ id: 'druivenstreek', amount: 91_739, year: '2020' });
    expect(noordrand.amount).toBeCloseTo(4 * 4000 + 0.23 * 91_739);
    // 0.9 × 91,739 is below the minimum of € 100,000.
    expect(decree.amount).toBe(100_000);
    expect(decree.calculation).toContain('minimum');
    expect(costExamples(200_000, 10)[2].amount).toBeCloseTo(180_000);
    for (const example of costExamples(1, 1)) {
      expect(example.source.href).toMatch(/^https:\/\//);
      expect(example.year).toMatch(/^\d{4}$/);
    }
    expect(euro(91_739)).toMatch(/^€ 91.739$/);
  });
});

describe('links onward', () => {
  it('fills gemeenten in for the keuzehulp and one unanswered set per municipality for the overview', () => {
    expect(gemeentenQuery({ gemeenten: ['13040', '13031', '13040'] })).toBe('gemeenten=13031,13040');
    expect(gemeentenQuery({ gemeenten: [] })).toBe('');
    expect(overviewQuery({ regio: '', sets: ['13031', '13040'].map((label) => ({ label, answers: {} })) })).toBe(
      'g=13031~------------&g=13040~------------',
    );
  });
});
