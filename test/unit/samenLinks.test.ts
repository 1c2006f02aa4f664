// The way from the overview to the keuzehulp and back: `terug` carries the overview's query
// (never a URL), the keuzehulp keeps it, and `antwoord` brings one municipality's answers home.
import { describe, expect, it } from 'vitest';
import { parseOverview } from '../../src/lib/samen/codec';
import { keepReturn, keuzehulpQuery, returnQuery } from '../../src/lib/samen/links';
import { readOverviewLocation } from '../../src/lib/samen/paste';

const overview = 'regio=Kempen&g=Geel~------------&g=Mol~jjjjjjjjvjfj';

describe('links between the overview and the keuzehulp', () => {
  it('opens the keuzehulp with the answers, regio, door and the way back last', () => {
    const query = keuzehulpQuery({ label: 'Mol', answers: { aanbod: 'ja' } }, 'Kempen', overview);
    expect(query).toBe(`aanbod=ja&regio=Kempen&door=Mol&terug=${encodeURIComponent(overview)}`);
    expect(keuzehulpQuery({ label: '13008', answers: {} }, '', '', '13008')).toBe('door=13008&gemeenten=13008&terug=');
  });

  it('keeps `terug` through every keuzehulp step, and adds nothing without it', () => {
    const search = `?aanbod=ja&terug=${encodeURIComponent(overview)}`;
    expect(keepReturn('aanbod=nee&door=Mol', search)).toBe(`aanbod=nee&door=Mol&terug=${encodeURIComponent(overview)}`);
    expect(keepReturn('aanbod=nee', '?aanbod=ja')).toBe('aanbod=nee');
  });

  it('leads back to the overview with the answers attached, replacing an older `antwoord`', () => {
    const back = returnQuery(
      `?door=Geel&terug=${encodeURIComponent(`${overview}&antwoord=old`)}`,
      'aanbod=ja&door=Geel',
    );
    expect(back).toBe(`${overview}&antwoord=${encodeURIComponent('aanbod=ja&door=Geel')}`);
    expect(returnQuery('?door=Geel', 'aanbod=ja')).toBeNull();
  });

  it('the way back is a query only: a full URL in `terug` still leads to the overview page', () => {
    const back = returnQuery(`?terug=${encodeURIComponent('https://evil.example/')}`, 'aanbod=ja')!;
    // ReturnToOverview puts it after `/keuzehulp/samen/?`: text in our own page's query, never a destination.
    expect(parseOverview(back).sets).toEqual([]);
    expect(readOverviewLocation(`?${back}`).sets).toEqual([{ label: '', answers: { aanbod: 'ja' } }]);
  });

  it('the overview merges the returned answers into the set with that label', () => {
    const parsed = readOverviewLocation(`?${overview}&antwoord=${encodeURIComponent('aanbod=nee&door=Geel')}`);
    expect(parsed.sets).toEqual([
      { label: 'Geel', answers: { aanbod: 'nee' } },
      { label: 'Mol', answers: parseOverview(overview).sets[1]!.answers },
    ]);
    expect(parsed.returned?.label).toBe('Geel');
    const added = readOverviewLocation(`?${overview}&antwoord=${encodeURIComponent('aanbod=ja&door=Dessel')}`);
    expect(added.sets.map((set) => set.label)).toEqual(['Geel', 'Mol', 'Dessel']);
  });
});
