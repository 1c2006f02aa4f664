import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's "best-practice" rules that Lighthouse's accessibility score counted, on top of the WCAG
 * rules (docs/decisions/0014-lean-install.md): with them, every audit of that score runs here.
 */
export const LIGHTHOUSE_BEST_PRACTICE_RULES = [
  'accesskeys',
  'aria-dialog-name',
  'aria-text',
  'aria-treeitem-name',
  'heading-order',
  'landmark-one-main',
  'presentation-role-conflict',
  'skip-link',
  'tabindex',
];

/** Runs axe with the WCAG 2.2 AA rules (and Lighthouse's extra ones) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, context = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page })
    .options({ rules: Object.fromEntries(LIGHTHOUSE_BEST_PRACTICE_RULES.map((rule) => [rule, { enabled: true }])) })
    .withTags(WCAG_22_AA)
    .analyze();
  const violations = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}) on ${context}: ${violation.help} -> ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(violations).toEqual([]);
}
