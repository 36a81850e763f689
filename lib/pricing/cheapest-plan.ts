import type { Billing, Plan, PricedApp } from '../catalog/types';
import { annualCost, type AnnualCost } from './annual-cost';
import { planMeetsNeeds, type PlanNeeds } from './plan-needs';

export interface PricedPlan {
  plan: Plan;
  /** null when the plan is quote-only or its price is not stated. */
  cost: AnnualCost | null;
}

export function pricePlan(plan: Plan, seats: number, billing: Billing): PricedPlan {
  return { plan, cost: annualCost(plan, seats, billing) };
}

/** Orders by annual cost, unknown prices last (buyers can't compare them), then by rank. */
export function byCostThenRank(a: PricedPlan, b: PricedPlan): number {
  const costA = a.cost?.amount ?? Number.POSITIVE_INFINITY;
  const costB = b.cost?.amount ?? Number.POSITIVE_INFINITY;
  if (costA !== costB) return costA < costB ? -1 : 1;
  return a.plan.rank - b.plan.rank;
}

/** The best of `candidates` by cost then rank; a linear scan, since catalogs price thousands of apps per request. */
export function cheapestOf(candidates: readonly Plan[], seats: number, billing: Billing, accept: (plan: Plan, priced: PricedPlan) => boolean): PricedPlan | null {
  let best: PricedPlan | null = null;
  for (const plan of candidates) {
    const priced = pricePlan(plan, seats, billing);
    if (!accept(plan, priced)) continue;
    if (best === null || byCostThenRank(priced, best) < 0) best = priced;
  }
  return best;
}

/** Cheapest plan meeting `needs` at this team size and billing; quote-only plans rank last. */
export function cheapestPlan(
  app: PricedApp,
  needs: PlanNeeds,
  seats: number,
  billing: Billing,
  candidates: readonly Plan[] = app.plans,
): PricedPlan | null {
  return cheapestOf(candidates, seats, billing, (plan) => planMeetsNeeds(plan, app, needs));
}

/** The lowest-ranked plan meeting `needs`: the plan a vendor first unlocks it on. */
export function firstPlanWith(app: PricedApp, needs: PlanNeeds): Plan | null {
  let first: Plan | null = null;
  for (const plan of app.plans) {
    if ((first === null || plan.rank < first.rank) && planMeetsNeeds(plan, app, needs)) first = plan;
  }
  return first;
}
