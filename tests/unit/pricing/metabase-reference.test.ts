import { describe, expect, it } from 'vitest';
import { annualCost } from '@/lib/pricing/annual-cost';
import { findPlan, scimIncrease } from '@/lib/pricing/scim-increase';
import { seedApp } from '../../support/seed-fixtures';

// The reference table from the foundation issue, computed from the seeded Metabase record.
const metabase = seedApp('metabase');

describe('Metabase reference table (monthly billing)', () => {
  it.each([
    [10, 600, 6000, 5400],
    [15, 900, 6600, 5700],
    [25, 1500, 7800, 6300],
  ])('%i users: Starter $%i → Pro $%i, +$%i', (seats, starter, pro, increase) => {
    const result = scimIncrease(metabase, seats, 'monthly');
    expect(result.base?.plan.name).toBe('Starter');
    expect(result.base?.cost?.amount).toBe(starter);
    expect(result.scim?.plan.name).toBe('Pro');
    expect(result.scim?.cost?.amount).toBe(pro);
    expect(result.increase).toBe(increase);
  });

  it('Pro billed annually at 25 users is $5,400 + 15 × $108 = $7,020', () => {
    const pro = findPlan(metabase.plans, 'Pro');
    expect(pro && annualCost(pro, 25, 'annual')).toEqual({ amount: 7020, currency: 'USD', billingFallback: false });
  });

  it('Enterprise costs its $15,000 annual minimum', () => {
    const enterprise = findPlan(metabase.plans, 'Enterprise');
    expect(enterprise && annualCost(enterprise, 10, 'annual')?.amount).toBe(15000);
  });
});
