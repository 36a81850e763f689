import type { Billing, Plan, PricedApp } from '../catalog/types';
import { cheapestOf, cheapestPlan, pricePlan, type PricedPlan } from './cheapest-plan';
import { planMeetsNeeds, type PlanNeeds } from './plan-needs';

export interface ScimIncrease {
  seats: number;
  billing: Billing;
  /** What the team pays today: a named plan, else the cheapest paid plan with a known price. */
  base: PricedPlan | null;
  /** The cheapest plan meeting the SCIM needs, ranked above the base (the base itself when it has SCIM). */
  scim: PricedPlan | null;
  /** scim − base in currency units; null when either cost is unknown or there is no base. */
  increase: number | null;
}

export interface ScimIncreaseOptions {
  /** Name of the plan the team is on; free and quote-only plans are a base only when named here. */
  fromPlan?: string;
  /** Defaults to `{ scim: true }`; add an IdP, group push or hosting to narrow it. */
  needs?: PlanNeeds;
}

export class UnknownPlanError extends Error {
  constructor(readonly planName: string) {
    super(`No plan named "${planName}"`);
  }
}

export function findPlan(plans: readonly Plan[], name: string): Plan | undefined {
  const wanted = name.trim().toLowerCase();
  return plans.find((plan) => plan.name.toLowerCase() === wanted);
}

/** Cheapest paid plan with a known price: the usual starting point of a team that wants SCIM. */
export function cheapestPaidPlan(app: PricedApp, seats: number, billing: Billing): PricedPlan | null {
  return cheapestOf(app.plans, seats, billing, (plan, priced) => plan.price !== null && plan.price.model !== 'free' && priced.cost !== null);
}

/** What reaching SCIM costs at a team size: from the base plan to the cheapest SCIM plan above it. */
export function scimIncrease(app: PricedApp, seats: number, billing: Billing, options: ScimIncreaseOptions = {}): ScimIncrease {
  const needs: PlanNeeds = { scim: true, ...options.needs };
  let base: PricedPlan | null;
  if (options.fromPlan !== undefined) {
    const named = findPlan(app.plans, options.fromPlan);
    if (!named) throw new UnknownPlanError(options.fromPlan);
    base = pricePlan(named, seats, billing);
  } else {
    base = cheapestPaidPlan(app, seats, billing);
  }

  let scim: PricedPlan | null;
  if (base && planMeetsNeeds(base.plan, app, needs)) {
    scim = base;
  } else {
    const baseRank = base?.plan.rank;
    const above = baseRank === undefined ? app.plans : app.plans.filter((plan) => plan.rank > baseRank);
    scim = cheapestPlan(app, needs, seats, billing, above);
  }

  let increase: number | null = null;
  // Staying on a plan that already has SCIM costs nothing extra, even when its price is a quote.
  if (base && scim === base) increase = 0;
  else if (base?.cost && scim?.cost) increase = (Math.round(scim.cost.amount * 100) - Math.round(base.cost.amount * 100)) / 100;
  return { seats, billing, base, scim, increase };
}
