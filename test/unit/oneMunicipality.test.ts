// One municipality answering for itself in a region overview reads the questions about its own
// municipality (issue 18, decision 0017). Each answer value must keep its meaning: the overview
// combines the municipalities' answers (docs/contracts/samen-beslissen.md), so a label may
// change its words, never what it says.
import { describe, expect, it } from 'vitest';
import { readContent, readRawContent } from '../../src/lib/content/readFiles';
import { forOneMunicipality } from '../../src/lib/keuzehulp/oneMunicipality';
import { keuzehulpQuestion } from '../../src/lib/keuzehulp/schema';
import { QUESTION_IDS, QUESTION_VALUES } from '../../src/lib/keuzehulp/spec';

const raw = readRawContent().keuzehulpVragen;
const model = readContent().keuzehulp.questions;
const question = (id: string) => model.find((item) => item.id === id)!;

// Deliberately regional: a fact about the region as a whole, not about one municipality.
const REGION_WIDE = ['coordinator', 'referentieregio'];

describe('every question has its wording for one municipality, or says why it stays regional', () => {
  it.each(QUESTION_IDS.map((id) => [id]))('%s', (id) => {
    const item = raw.find((entry) => entry.id === id)!;
    if (REGION_WIDE.includes(id)) {
      expect(item.textOneMunicipality).toBeUndefined();
      expect(item.regionWide).toMatch(/regio/);
      return;
    }
    expect(item.regionWide).toBeUndefined();
    expect(item.textOneMunicipality).toMatch(/^\S+ jouw gemeente /);
    expect(item.textOneMunicipality).not.toMatch(/alle gemeenten|elke gemeente|jullie gemeenten/i);
  });

  it('fails a question with neither field, or with both, naming the field', () => {
    const { textOneMunicipality, ...neither } = raw.find((entry) => entry.id === 'aanbod')!;
    for (const broken of [neither, { ...neither, textOneMunicipality, regionWide: 'Over de hele regio.' }]) {
      const result = keuzehulpQuestion.safeParse(broken);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['textOneMunicipality']);
    }
  });

  it('fails one-municipality labels for a value the question does not have', () => {
    const trekkers = raw.find((entry) => entry.id === 'trekkers')!;
    const result = keuzehulpQuestion.safeParse({
      ...trekkers,
      optionsOneMunicipality: { ja: 'Ja', misschien: 'Wie weet' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['optionsOneMunicipality']);
  });
});

describe('the question as one municipality reads it', () => {
  it('asks about its own municipality, with the same answer values and labels', () => {
    const aanbod = forOneMunicipality(question('aanbod'));
    expect(aanbod.text).toBe('Stelt jouw gemeente haar UiTPAS-aanbod open voor alle inwoners van de regio?');
    expect(aanbod.options).toEqual(question('aanbod').options);
  });

  it('keeps a region-wide question as it is', () => {
    expect(forOneMunicipality(question('coordinator'))).toEqual(question('coordinator'));
  });

  it('asks one municipality whether it has a local lead: yes or no, which the overview combines into "deels"', () => {
    const trekkers = forOneMunicipality(question('trekkers'));
    expect(trekkers.text).toMatch(/^Heeft jouw gemeente een medewerker/);
    expect(trekkers.options.map((option) => option.value)).toEqual(['ja', 'nee']);
    expect(trekkers.options.every((option) => !/gemeenten/.test(option.label))).toBe(true);
  });

  it('still shows an answer given before that one municipality is not offered, so it can be changed', () => {
    const trekkers = forOneMunicipality(question('trekkers'), 'deels');
    expect(trekkers.options.map((option) => option.value)).toEqual(['ja', 'deels', 'nee']);
  });

  it('offers only values of the contract', () => {
    for (const item of model) {
      const values = forOneMunicipality(item).options.map((option) => option.value);
      for (const value of values) expect(QUESTION_VALUES[item.id]).toContain(value);
    }
  });
});
