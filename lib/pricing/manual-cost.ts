/** Inputs of the cost of provisioning and offboarding by hand. */
export interface ManualWork {
  changesPerMonth: number;
  minutesPerChange: number;
  hourlyCost: number;
}

export const DEFAULT_MINUTES_PER_CHANGE = 15;
export const DEFAULT_HOURLY_COST = 60;
/** Joiners, movers and leavers a month when nothing better is known: 3 % of users. */
export const DEFAULT_CHANGE_RATE = 0.03;

/** Default changes per month: 3 % of users rounded up, so at least 1. */
export function defaultChangesPerMonth(users: number): number {
  return Math.max(1, Math.ceil(users * DEFAULT_CHANGE_RATE - 1e-9));
}

/** Yearly cost of admin time: changes × 12 × minutes ÷ 60 × hourly cost, exact to the cent. */
export function manualAnnualCost({ changesPerMonth, minutesPerChange, hourlyCost }: ManualWork): number {
  const hourlyCents = Math.round(hourlyCost * 100);
  return Math.round((changesPerMonth * 12 * minutesPerChange * hourlyCents) / 60) / 100;
}
