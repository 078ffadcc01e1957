import { describe, expect, it } from 'vitest';
import { backupsToRemove } from '../../../engine/backup/retention.js';

const now = new Date('2026-03-31T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
/** Ids 1..n, id n the newest, one a day. */
const daily = (n: number) => Array.from({ length: n }, (_, i) => ({ backupId: i + 1, createdAt: daysAgo(n - 1 - i) }));

describe('the retention policy', () => {
  it('keeps the newest N', () => {
    expect(backupsToRemove(daily(5), { keepLast: 2, keepDays: null }, now).sort()).toEqual([1, 2, 3]);
  });

  it('keeps those younger than D days', () => {
    expect(backupsToRemove(daily(5), { keepLast: null, keepDays: 2 }, now).sort()).toEqual([1, 2, 3]);
    expect(backupsToRemove(daily(5), { keepLast: null, keepDays: 30 }, now)).toEqual([]);
  });

  it('keeps a backup either rule keeps', () => {
    // the newest 1, and the 3 of the last 3 days: ids 3, 4, 5
    expect(backupsToRemove(daily(6), { keepLast: 1, keepDays: 3 }, now).sort()).toEqual([1, 2, 3]);
    // the newest 4 outnumber the young ones
    expect(backupsToRemove(daily(6), { keepLast: 4, keepDays: 1 }, now).sort()).toEqual([1, 2]);
  });

  it('deletes nothing without a rule', () => {
    expect(backupsToRemove(daily(50), { keepLast: null, keepDays: null }, now)).toEqual([]);
  });

  it('orders by time, not by id', () => {
    const shuffled = [
      { backupId: 9, createdAt: daysAgo(10) },
      { backupId: 2, createdAt: daysAgo(0) },
      { backupId: 5, createdAt: daysAgo(5) },
    ];
    expect(backupsToRemove(shuffled, { keepLast: 1, keepDays: null }, now).sort()).toEqual([5, 9]);
  });
});
