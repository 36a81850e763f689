import { describe, expect, it } from 'vitest';
import { priceSchema } from '@/lib/catalog/schemas';
import type { Price } from '@/lib/catalog/types';
import { annualCost } from '@/lib/pricing/annual-cost';
import { makePlan } from '../../support/make-plan';

const price = (input: unknown): Price => priceSchema.parse(input);
const plan = (input: unknown) => makePlan({ price: price(input) });

describe('annualCost', () => {
  it.each([
    // [description, price, seats, billing, expected amount, billingFallback]
    ['free is 0', { model: 'free' }, 50, 'monthly', 0, false],
    ['per seat monthly = 12 × price × seats', { model: 'per_seat', monthlyPerSeat: 5 }, 10, 'monthly', 600, false],
    ['per seat annual uses the yearly figure', { model: 'per_seat', monthlyPerSeat: 10, annualPerSeat: 96 }, 10, 'annual', 960, false],
    ['per seat annual falls back to 12 × monthly', { model: 'per_seat', monthlyPerSeat: 10 }, 3, 'annual', 360, true],
    ['per seat monthly falls back to the yearly figure', { model: 'per_seat', monthlyPerSeat: null, annualPerSeat: 120 }, 4, 'monthly', 480, true],
    ['per seat honours minimum seats', { model: 'per_seat', monthlyPerSeat: 8, minSeats: 5 }, 2, 'monthly', 480, false],
    ['per seat above minimum seats', { model: 'per_seat', monthlyPerSeat: 8, minSeats: 5 }, 7, 'monthly', 672, false],
    ['cents stay exact', { model: 'per_seat', monthlyPerSeat: 8.99 }, 10, 'monthly', 1078.8, false],
    ['cents stay exact with many seats', { model: 'per_seat', monthlyPerSeat: 0.1 }, 3, 'monthly', 3.6, false],
    ['base plus seats within included', { model: 'base_plus_seats', monthlyBase: 500, includedSeats: 10, monthlyPerExtraSeat: 10 }, 4, 'monthly', 6000, false],
    ['base plus seats with extras', { model: 'base_plus_seats', monthlyBase: 500, includedSeats: 10, monthlyPerExtraSeat: 10 }, 15, 'monthly', 6600, false],
    [
      'base plus seats annual',
      { model: 'base_plus_seats', monthlyBase: 500, includedSeats: 10, monthlyPerExtraSeat: 10, annualBase: 5400, annualPerExtraSeat: 108 },
      25,
      'annual',
      7020,
      false,
    ],
    [
      'base plus seats annual mixes a missing yearly extra from monthly',
      { model: 'base_plus_seats', monthlyBase: 100, includedSeats: 5, monthlyPerExtraSeat: 6, annualBase: 1080 },
      7,
      'annual',
      1080 + 2 * 72,
      true,
    ],
    ['flat monthly', { model: 'flat', monthlyFlat: 24.95 }, 10, 'monthly', 299.4, false],
    ['flat annual figure', { model: 'flat', monthlyFlat: 30, annualFlat: 299.4 }, 10, 'annual', 299.4, false],
    ['flat monthly falls back to annual', { model: 'flat', annualFlat: 1200 }, 10, 'monthly', 1200, true],
    ['annual minimum when seats are few', { model: 'annual_minimum', annualMinimum: 15000, annualPerSeat: 100 }, 10, 'annual', 15000, false],
    ['annual minimum exceeded by seats', { model: 'annual_minimum', annualMinimum: 15000, annualPerSeat: 100 }, 200, 'annual', 20000, false],
    ['annual minimum on monthly billing says so', { model: 'annual_minimum', annualMinimum: 15000 }, 10, 'monthly', 15000, true],
  ] as const)('%s', (_label, input, seats, billing, expected, fallback) => {
    expect(annualCost(plan(input), seats, billing)).toEqual({ amount: expected, currency: 'USD', billingFallback: fallback });
  });

  it('is null for a quote, even one with a public estimate', () => {
    expect(annualCost(plan({ model: 'quote', estimateAnnual: 20000 }), 10, 'annual')).toBeNull();
  });

  it('is null when no source states a price, which is not the same as free', () => {
    expect(annualCost(makePlan({ price: null }), 10, 'monthly')).toBeNull();
    expect(annualCost(plan({ model: 'free' }), 10, 'monthly')?.amount).toBe(0);
  });

  it('refuses a team size that is not a whole number of at least 1', () => {
    expect(() => annualCost(plan({ model: 'free' }), 0, 'monthly')).toThrow(RangeError);
    expect(() => annualCost(plan({ model: 'free' }), 2.5, 'monthly')).toThrow(RangeError);
  });
});
