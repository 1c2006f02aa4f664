// Pasted keuzehulp and overview links become answer sets; merging replaces a set by label.
import { describe, expect, it } from 'vitest';
import { mergeSets, readPastedLinks } from '../../src/lib/samen/paste';

const full =
  'aanbod=ja&voordelen=ja&kostendeling=ja&doelgroep=ja&trekkers=ja&communicatie=ja&groepsaankopen=ja&doelgroepenwerking=ja&coordinator=voltijds&vrijetijdsvisie=ja&structuur=formeel&referentieregio=ja';

describe('readPastedLinks', () => {
  it('reads many links from one text, absolute or from the root, under a base path too', () => {
    const text = `Hier zijn ze:
https://example.be/keuzehulp/?${full}&door=Geel
 (zie /uitpas-regio/keuzehulp/?aanbod=nee&door=Mol%20centrum).
http://localhost:4321/keuzehulp/?aanbod=bespreken&door=Dessel&regio=Kempen`;
    const pasted = readPastedLinks(text);
    expect(pasted.links).toBe(3);
    expect(pasted.sets.map((set) => set.label)).toEqual(['Geel', 'Mol centrum', 'Dessel']);
    expect(pasted.sets[0]!.answers.coordinator).toBe('voltijds');
    expect(pasted.sets[1]!.answers).toEqual({ aanbod: 'nee' });
  });

  it('finds nothing in text without a keuzehulp link', () => {
    expect(readPastedLinks('Geel zegt ja. https://example.be/basis/?aanbod=ja')).toEqual({
      sets: [],
      unnamed: 0,
      links: 0,
    });
  });

  it('keeps a link without door, with an empty label, and counts it', () => {
    const pasted = readPastedLinks(`/keuzehulp/?aanbod=ja`);
    expect(pasted.sets).toEqual([{ label: '', answers: { aanbod: 'ja' } }]);
    expect(pasted.unnamed).toBe(1);
  });

  it('takes a single NIS code from gemeenten as the label when door is missing', () => {
    expect(readPastedLinks(`/keuzehulp/?aanbod=ja&gemeenten=11009`).sets[0]!.label).toBe('11009');
  });

  it('reads every set of a pasted overview link', () => {
    const pasted = readPastedLinks('https://x.be/keuzehulp/samen/?regio=K&g=Geel~jjjjjjjjvjfj&g=Mol~------------');
    expect(pasted.sets.map((set) => set.label)).toEqual(['Geel', 'Mol']);
  });
});

describe('mergeSets', () => {
  it('replaces a set with the same label in place and appends new ones', () => {
    const merged = mergeSets(
      [
        { label: 'Geel', answers: {} },
        { label: 'Mol', answers: { aanbod: 'nee' } },
      ],
      [
        { label: 'Mol', answers: { aanbod: 'ja' } },
        { label: 'Dessel', answers: {} },
        { label: '', answers: {} },
      ],
    );
    expect(merged).toEqual([
      { label: 'Geel', answers: {} },
      { label: 'Mol', answers: { aanbod: 'ja' } },
      { label: 'Dessel', answers: {} },
      { label: '', answers: {} },
    ]);
  });
});
