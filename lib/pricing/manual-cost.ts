/** Inputs of the cost of provisioning and offboarding by hand. */
export interface ManualWork {
  changesPerMonth: number;
  minutesPerChange: number;
  hourlyCost: number;
}

export const DEFAULT_MINUTES_PER_CHANGE = 15;
export const DEFAULT_HOURLY_COST = 60;
/** Default changes per month: 3 % of users rounded up, so at least 1. */
export function defaultChangesPerMonth(users: number): number {
  // Integer arithmetic: 100 × 0.03 is 3.0000000000000004 in floating point and would round up to 4.
  return Math.max(1, Math.ceil((users * 3) / 100));
}

/** Yearly cost of admin time: changes × 12 × minutes ÷ 60 × hourly cost, rounded to the cent. */
export function manualAnnualCost({ changesPerMonth, minutesPerChange, hourlyCost }: ManualWork): number {
  return Math.round((changesPerMonth * 12 * minutesPerChange * hourlyCost * 100) / 60) / 100;
}
