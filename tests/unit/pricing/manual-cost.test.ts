import { describe, expect, it } from 'vitest';
import { defaultChangesPerMonth, manualAnnualCost } from '@/lib/pricing/manual-cost';

describe('manual cost', () => {
  it.each([
    [1, 1],
    [6, 1],
    [10, 1],
    [34, 2],
    [100, 3],
    [101, 4],
    [1000, 30],
  ])('%i users → %i changes a month by default', (users, changes) => {
    expect(defaultChangesPerMonth(users)).toBe(changes);
  });

  it.each([
    [{ changesPerMonth: 3, minutesPerChange: 15, hourlyCost: 60 }, 540],
    [{ changesPerMonth: 1, minutesPerChange: 15, hourlyCost: 60 }, 180],
    [{ changesPerMonth: 7, minutesPerChange: 20, hourlyCost: 47.5 }, 1330],
    [{ changesPerMonth: 1, minutesPerChange: 7, hourlyCost: 33.33 }, 46.66],
    [{ changesPerMonth: 0, minutesPerChange: 15, hourlyCost: 60 }, 0],
  ])('%o → $%d a year', (work, expected) => {
    expect(manualAnnualCost(work)).toBe(expected);
  });
});
