import type { Billing } from '../catalog/types';
import { defaultChangesPerMonth, DEFAULT_HOURLY_COST, DEFAULT_MINUTES_PER_CHANGE } from '../pricing/manual-cost';

export { defaultChangesPerMonth };

/** Questionnaire defaults, used when the request leaves a field out. */
export const DIAGNOSTIC_DEFAULTS = {
  minutesPerChange: DEFAULT_MINUTES_PER_CHANGE,
  hourlyCost: DEFAULT_HOURLY_COST,
  billing: 'monthly' as Billing,
} as const;
