import { describe, expect, it } from 'vitest';
import { describePrice, formatAnnual, formatDate, formatIncrease, formatMoney, formatMultiplier } from '@/lib/format';
import { seedApp } from '../support/seed-fixtures';

describe('format', () => {
  it('writes money without cents when whole', () => {
    expect(formatMoney(6000)).toBe('$6,000');
    expect(formatMoney(8.99)).toBe('$8.99');
    expect(formatMoney(1078.8)).toBe('$1,078.80');
  });

  it('writes periods, signs and unknowns', () => {
    expect(formatAnnual(6000)).toBe('$6,000/yr');
    expect(formatAnnual(null, 'USD', 'Quote')).toBe('Quote');
    expect(formatIncrease(5400)).toBe('+$5,400/yr');
    expect(formatIncrease(-300)).toBe('−$300/yr');
    expect(formatIncrease(null)).toBe('Unknown');
    expect(formatMultiplier(3.6)).toBe('×3.6');
  });

  it('states a price the way the vendor does', () => {
    const pro = seedApp('metabase').plans.find((plan) => plan.name === 'Pro');
    expect(describePrice(pro?.price ?? null)).toBe('$500/mo incl. 10 users + $10/user or $5,400/yr incl. 10 users + $108/user/yr billed annually');
    expect(describePrice(null)).toBe('Price not stated');
    expect(describePrice({ model: 'quote', currency: 'USD' })).toBe('Quote');
  });

  it('writes dates without shifting them', () => {
    expect(formatDate('2026-05-06')).toBe('6 May 2026');
  });
});
