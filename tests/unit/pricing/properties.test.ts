import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceSchema } from '@/lib/catalog/schemas';
import type { Price } from '@/lib/catalog/types';
import { annualCost } from '@/lib/pricing/annual-cost';
import { scimIncrease } from '@/lib/pricing/scim-increase';
import { makePlan } from '../../support/make-plan';

const money = fc.integer({ min: 0, max: 10_000_00 }).map((cents) => cents / 100);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const priceArbitrary: fc.Arbitrary<Price> = fc
  .oneof(
    fc.constant({ model: 'free' }),
    fc.constant({ model: 'quote' }),
    fc.record({ model: fc.constant('per_seat'), monthlyPerSeat: maybe(money), annualPerSeat: maybe(money), minSeats: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }) }),
    fc.record({
      model: fc.constant('base_plus_seats'),
      monthlyBase: maybe(money),
      includedSeats: fc.integer({ min: 0, max: 100 }),
      monthlyPerExtraSeat: maybe(money),
      annualBase: maybe(money),
      annualPerExtraSeat: maybe(money),
    }),
    fc.record({ model: fc.constant('flat'), monthlyFlat: maybe(money), annualFlat: maybe(money) }),
    fc.record({ model: fc.constant('annual_minimum'), annualMinimum: money, annualPerSeat: maybe(money) }),
  )
  .map((input) => priceSchema.safeParse(input))
  .filter((result) => result.success)
  .map((result) => result.data as Price);

const seats = fc.integer({ min: 1, max: 100_000 });
const billing = fc.constantFrom('monthly' as const, 'annual' as const);

describe('pricing properties', () => {
  it('cost never decreases as seats grow', () => {
    fc.assert(
      fc.property(priceArbitrary, seats, seats, billing, (price, a, b, bill) => {
        const plan = makePlan({ price });
        const [small, large] = a <= b ? [a, b] : [b, a];
        const low = annualCost(plan, small, bill);
        const high = annualCost(plan, large, bill);
        expect(low === null).toBe(high === null);
        if (low && high) expect(high.amount).toBeGreaterThanOrEqual(low.amount);
      }),
      { numRuns: 2000 },
    );
  });

  it('is null only for quotes and unstated prices, and never negative', () => {
    fc.assert(
      fc.property(fc.option(priceArbitrary, { nil: null }), seats, billing, (price, count, bill) => {
        const cost = annualCost(makePlan({ price }), count, bill);
        expect(cost === null).toBe(price === null || price.model === 'quote');
        if (cost) {
          expect(cost.amount).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(Math.round(cost.amount * 100))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a SCIM increase is never computed from an unknown price', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(priceArbitrary, { nil: null }), fc.option(fc.boolean(), { nil: null })), { minLength: 1, maxLength: 5 }), seats, billing, (specs, count, bill) => {
        const plans = specs.map(([price, scim], rank) => makePlan({ name: `P${rank}`, rank, price, scim }));
        const result = scimIncrease({ plans, idps: [] }, count, bill);
        if (result.increase !== null && result.scim !== result.base) {
          expect(result.base?.cost).not.toBeNull();
          expect(result.scim?.cost).not.toBeNull();
        }
        if (result.scim) expect(result.scim.plan.scim).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
