import { describe, expect, it } from 'vitest';
import { factRows } from '../../src/lib/regionFacts';
import { region } from '../../src/lib/schemas';

const base = region.parse({
  id: 'voorbeeld',
  name: 'UiTPAS Voorbeeld',
  structure: 'Een projectvereniging.',
  coordination: 'Een coördinator.',
  start: '2020',
  resembles: { scenario: 3, why: 'Een IGS met coördinator.' },
  asOf: '2020',
  sources: [{ title: 'Bron', url: 'https://x.be' }],
});

describe('factRows', () => {
  it("links the scenario it resembles and says that is the guide's reading", () => {
    const row = factRows(base).find((r) => r.label === 'Scenario')!;
    expect(row.scenario?.slug).toBe('formele-samenwerking');
    expect(row.text).toContain('geen indeling van publiq');
  });

  it('says plainly what the sources do not give', () => {
    const rows = factRows({ ...base, resembles: { scenario: null, why: 'Te weinig bekend.' } });
    expect(rows.find((r) => r.label === 'Scenario')).toEqual({
      label: 'Scenario',
      text: 'Niet in te delen. Te weinig bekend.',
    });
    expect(rows.find((r) => r.label === 'Gemeenten')?.text).toBe('De bronnen noemen de gemeenten niet.');
    expect(rows.find((r) => r.label === 'Kosten')?.text).toBe('Niet gevonden in de bronnen.');
  });

  it('a region without sources fails the schema', () => {
    expect(region.safeParse({ ...base, sources: [] }).success).toBe(false);
  });
});
