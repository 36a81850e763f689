import type { Billing, Plan, Price } from '../catalog/types';

export interface AnnualCost {
  /** Yearly cost in currency units (e.g. dollars), exact to the cent. */
  amount: number;
  currency: string;
  /** True when the plan states no figure for the chosen billing and the other billing's figure was used. */
  billingFallback: boolean;
}

const toCents = (value: number) => Math.round(value * 100);
const isStated = (value: number | null | undefined): value is number => value !== null && value !== undefined;

/**
 * Picks the figure for the chosen billing: annual billing prefers the yearly figure,
 * monthly billing the monthly one (× 12); the other is used only when the preferred one is missing.
 */
function yearlyCents(monthly: number | null | undefined, annual: number | null | undefined, billing: Billing) {
  const fromMonthly = isStated(monthly) ? toCents(monthly) * 12 : null;
  const fromAnnual = isStated(annual) ? toCents(annual) : null;
  const preferred = billing === 'annual' ? fromAnnual : fromMonthly;
  if (preferred !== null) return { cents: preferred, fallback: false };
  const other = billing === 'annual' ? fromMonthly : fromAnnual;
  return other === null ? null : { cents: other, fallback: true };
}

function priceCents(price: Price, seats: number, billing: Billing): { cents: number; fallback: boolean } | null {
  switch (price.model) {
    case 'free':
      return { cents: 0, fallback: false };
    case 'quote':
      return null;
    case 'per_seat': {
      const perSeat = yearlyCents(price.monthlyPerSeat, price.annualPerSeat, billing);
      if (!perSeat) return null;
      return { cents: perSeat.cents * Math.max(seats, price.minSeats ?? 0), fallback: perSeat.fallback };
    }
    case 'base_plus_seats': {
      const base = yearlyCents(price.monthlyBase, price.annualBase, billing);
      const extra = yearlyCents(price.monthlyPerExtraSeat, price.annualPerExtraSeat, billing);
      if (!base || !extra) return null;
      const extraSeats = Math.max(0, seats - price.includedSeats);
      return { cents: base.cents + extraSeats * extra.cents, fallback: base.fallback || extra.fallback };
    }
    case 'flat':
      return yearlyCents(price.monthlyFlat, price.annualFlat, billing);
    case 'annual_minimum': {
      const minimum = toCents(price.annualMinimum);
      const bySeats = isStated(price.annualPerSeat) ? toCents(price.annualPerSeat) * seats : 0;
      // An annual minimum is a yearly contract: monthly billing can only reuse the yearly figure.
      return { cents: Math.max(minimum, bySeats), fallback: billing === 'monthly' };
    }
  }
}

/**
 * Annual cost of a plan for `seats` users under `billing`; null when the price is a quote or not stated.
 * Monthly billing = 12 × the monthly figure; annual billing uses the yearly figures where stated.
 */
export function annualCost(plan: Pick<Plan, 'price'>, seats: number, billing: Billing): AnnualCost | null {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`seats must be a whole number ≥ 1, got ${seats}`);
  const price = plan.price;
  if (!price) return null;
  const result = priceCents(price, seats, billing);
  if (!result) return null;
  return { amount: result.cents / 100, currency: price.currency ?? 'USD', billingFallback: result.fallback };
}
