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

/** Cheapest plan meeting `needs` at this team size and billing; quote-only plans rank last. */
export function cheapestPlan(
  app: PricedApp,
  needs: PlanNeeds,
  seats: number,
  billing: Billing,
  candidates: readonly Plan[] = app.plans,
): PricedPlan | null {
  return (
    candidates
      .filter((plan) => planMeetsNeeds(plan, app, needs))
      .map((plan) => pricePlan(plan, seats, billing))
      .sort(byCostThenRank)[0] ?? null
  );
}

/** The lowest-ranked plan meeting `needs`: the plan a vendor first unlocks it on. */
export function firstPlanWith(app: PricedApp, needs: PlanNeeds): Plan | null {
  return [...app.plans].sort((a, b) => a.rank - b.rank).find((plan) => planMeetsNeeds(plan, app, needs)) ?? null;
}
