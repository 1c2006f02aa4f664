// The keuzehulp as a reader works it: start, answer each question, read the progress.
// Radios are found by their `name`, which docs/contracts/keuzehulp.md fixes as the question id.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { isFocused, tabTo } from './keyboard';

/** The island's heading, which takes focus on every change of view (the placeholder has none). */
const heading = (page: Page) => page.locator('#kh-kop');

/** Waits until the island runs (the intro, a question or the result is shown). */
export const keuzehulpReady = (page: Page) => heading(page).waitFor();

/** True when focus is on the heading of the current view, as after every step. */
export const headingFocused = (page: Page) => isFocused(heading(page));

/** "Vraag 3 van 12", or null when no question is shown. */
export const progress = async (page: Page) => {
  const label = page.getByText(/^Vraag \d+ van \d+$/);
  return (await label.count()) ? label.textContent() : null;
};

export const startButton = (page: Page) => page.getByRole('button', { name: 'Start de keuzehulp' });
/** "Verder", or "Naar het resultaat" on the last question and when changing one answer. */
export const submitButton = (page: Page) => page.getByRole('button', { name: /^(Verder|Naar het resultaat)$/ });
export const radios = (page: Page, question: string) =>
  page.getByRole('radio').and(page.locator(`[name="${question}"]`));

export async function startWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, startButton(page));
  await page.keyboard.press('Enter');
  await expect.poll(() => headingFocused(page)).toBe(true);
}

/** Answers the current question with the keyboard only: Tab into the group, Space or arrows, Enter. */
export async function answerWithKeyboard(page: Page, question: string, value: string): Promise<void> {
  const group = radios(page, question);
  await tabTo(page, group);
  const values = await group.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  let current = values.indexOf(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));
  if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)))
    await page.keyboard.press('Space');
  while (values[current] !== value) {
    await page.keyboard.press('ArrowDown');
    current = (current + 1) % values.length;
  }
  expect(await group.and(page.locator(':checked')).getAttribute('value')).toBe(value);
  await page.keyboard.press('Enter');
  await expect.poll(() => headingFocused(page)).toBe(true);
}

/** Answers with a click and "Verder" (for the tests that are not about the keyboard). */
export async function answerWithMouse(page: Page, question: string, value: string): Promise<void> {
  await radios(page, question)
    .and(page.locator(`[value="${value}"]`))
    .check();
  await submitButton(page).click();
  await expect.poll(() => headingFocused(page)).toBe(true);
}
