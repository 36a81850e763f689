import type { Billing } from '../catalog/types';

/** Questionnaire defaults, used when the request leaves a field out. */
export const DIAGNOSTIC_DEFAULTS = {
  minutesPerChange: 15,
  hourlyCost: 60,
  billing: 'monthly' as Billing,
} as const;

/** Default joiner/mover/leaver changes per month: 3% of users rounded up, at least 1. */
export function defaultChangesPerMonth(users: number): number {
  // Integer arithmetic: users * 0.03 drifts (100 * 0.03 = 3.0000000000000004 would round up to 4).
  return Math.max(1, Math.ceil((users * 3) / 100));
}
