// The Dutch result count the search UI shows and announces (src/search/texts.ts).
import { describe, expect, it } from 'vitest';
import { resultSummary } from '../../../src/search/texts';

describe('resultSummary', () => {
  it.each([
    [0, 'xyz', '', 'Niets gevonden voor "xyz".'],
    [1, 'retributie', '', '1 resultaat voor "retributie".'],
    [3, 'regio', 'Scenario', '3 resultaten voor "regio" in Scenario.'],
  ])('%i for "%s" %s', (count, query, section, expected) => {
    expect(resultSummary(count, query, section)).toBe(expected);
  });
});
