import { expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates';

it('writes dates as readers in Flanders do, independent of the time zone', () => {
  expect(formatDate(new Date('2026-11-25'))).toBe('25 november 2026');
  expect(formatDate(new Date('2026-01-01T00:30:00Z'))).toBe('1 januari 2026');
  expect(isoDate(new Date('2026-11-25'))).toBe('2026-11-25');
});
