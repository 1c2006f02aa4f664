import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG 2.2 AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, context = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const violations = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}) on ${context}: ${violation.help} -> ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(violations).toEqual([]);
}
