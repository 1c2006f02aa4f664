import { expect, it } from 'vitest';

it('runs on the pinned Node (24), not the machine Node (20)', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});
