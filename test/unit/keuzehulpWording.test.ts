// The wording of the keuzehulp's questions against what they must ask (issue 20). Two questions
// could tip a region a scenario too high: `voordelen` read as "can pass holders exchange" (always
// yes, since exchanging works everywhere) and `coordinator` asked to sum everyone's time. The
// ids and values are fixed by spec.ts; these tests hold the words to the intent.
import { describe, expect, it } from 'vitest';
import { readRawContent } from '../../src/lib/content/readFiles';

const { keuzehulpVragen: questions, keuzehulpVoorwaarden: conditions, keuzehulpAdviezen: advice } = readRawContent();
const question = (id: string) => {
  const found = questions.find((item) => item.id === id);
  if (!found) throw new Error(`vragen.yaml has no question ${id}`);
  return found;
};
const allWords = (id: string) => {
  const { text, hint = '', why, options } = question(id);
  return [text, hint, why, ...Object.values(options)].join(' ');
};

describe('question voordelen asks about an agreement', () => {
  it('asks whether the municipalities agreed, not whether pass holders can exchange points', () => {
    const { text } = question('voordelen');
    expect(text).toMatch(/afgesproken/);
    expect(text).toMatch(/hele\s+regio/);
    expect(text).not.toMatch(/\bkunnen\b/);
  });

  it('says that no benefits are kept for own residents only', () => {
    expect(question('voordelen').hint).toMatch(/alleen voor (haar|hun) eigen inwoners/);
  });
});

describe('question coordinator asks about one person', () => {
  const { text, hint = '', options } = question('coordinator');

  it('asks whether one person leads the regional work and how much time that person has', () => {
    expect(text).toMatch(/één persoon/);
    expect(text).toMatch(/tijd/);
  });

  it('never tells the reader to add up the time of several people', () => {
    expect(hint).not.toMatch(/tel de tijd van alle|samen minder|samen minstens|alle mensen samen/i);
    expect(hint).toMatch(/niet op\b/);
    for (const label of Object.values(options)) expect(label).not.toMatch(/^samen/i);
  });

  it("says the local leads' regular meetings do not count", () => {
    expect(hint).toMatch(/overleg van de lokale trekkers telt niet mee/);
  });

  it('offers none, part-time and at least one full-time equivalent', () => {
    expect(options.geen).toMatch(/niemand/i);
    expect(options.deeltijds).toMatch(/één persoon.*minder dan 1 VTE/);
    expect(options.voltijds).toMatch(/één persoon.*1 VTE/);
  });
});

describe('agreement questions share one tense', () => {
  it.each(['communicatie', 'groepsaankopen', 'doelgroepenwerking', 'vrijetijdsvisie'])(
    '%s asks "Hebben jullie afgesproken ..." and counts a decision not yet formalised',
    (id) => {
      expect(question(id).text).toMatch(/^Hebben jullie afgesproken /);
      expect(question(id).hint).toMatch(/nog niet formeel is vastgelegd, telt mee/);
      expect(question(id).options.ja).toBe('Ja, dat is afgesproken of beslist');
    },
  );
});

describe("the guide's readings are marked as readings", () => {
  it('the scenario-2 coordinator condition says it is this guide\'s reading of "vaak één persoon deeltijds"', () => {
    const condition = conditions.find((item) => item.id === 'regiocoordinator');
    expect(condition?.title).toMatch(/lezing van deze gids/);
    expect(condition?.todo).toMatch(/vaak één\s+persoon deeltijds/);
    expect(condition?.todo).toMatch(/onze lezing/);
    expect(allWords('coordinator')).toMatch(/onze lezing/);
  });

  it('does not invert publiq: existing cooperations are mostly in the formal form, not the other way round', () => {
    const text = advice.find((item) => item.id === 'bestaande-samenwerking')?.text ?? '';
    expect(text).not.toMatch(/bouwt meestal voort op/);
    expect(text).toMatch(/bestaande regionale samenwerkingen meestal al in deze vorm/);
  });
});
