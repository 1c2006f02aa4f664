// Lighthouse budget (mobile): accessibility, best practices and SEO must score 100 on the
// pages listed in test/budgets.ts. Scores only, never times, so the test is deterministic.
// Runs the same Chromium as the other e2e tests, through chrome-launcher.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lighthouseBudget } from '../budgets';
import { startLighthouse, type LighthouseSession } from '../../scripts/bench/lighthouse.ts';

const baseURL = inject('baseURL');
let session: LighthouseSession;

beforeAll(async () => {
  session = await startLighthouse(path.resolve('.tmp', `lighthouse-${process.pid}`));
});
afterAll(async () => {
  await session?.close();
});

describe(`Lighthouse (mobile): ${lighthouseBudget.categories.join(', ')} = ${lighthouseBudget.minimumScore}`, () => {
  it.each(lighthouseBudget.paths)(
    '/%s',
    async (pagePath) => {
      const url = baseURL + pagePath;
      const response = await fetch(url);
      expect(
        response.status,
        `/${pagePath} is in the Lighthouse budget but the built site answers ${response.status}`,
      ).toBe(200);

      const run = await session.run(url, 'mobile', [...lighthouseBudget.categories]);
      expect(run.runtimeError, `Lighthouse could not audit /${pagePath}`).toBeUndefined();
      const shortfalls = lighthouseBudget.categories
        .filter((category) => (run.scores[category] ?? 0) < lighthouseBudget.minimumScore)
        .map(
          (category) =>
            `/${pagePath} ${category}: ${run.scores[category] ?? 'no score'} < ${lighthouseBudget.minimumScore}; failing audits: ${
              run.failing[category]?.join('; ') || 'none reported'
            }`,
        );
      expect(shortfalls).toEqual([]);
    },
    90_000,
  );
});
