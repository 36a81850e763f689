import type { Billing, Plan } from '../catalog/types';
import { annualCost } from './annual-cost';

/** Team sizes on the chart's x axis, plus whatever size the user picked. */
export const CHART_TEAM_SIZES = [1, 5, 10, 15, 25, 50, 100, 250, 500, 1000] as const;

export interface CostSeries {
  planName: string;
  hasScim: boolean;
  /** Annual cost per team size; the series is left out entirely when the price is unknown. */
  points: { seats: number; annualCost: number }[];
}

/** One series per plan with a computable price; quote-only and unstated plans are listed separately. */
export function costSeries(
  plans: readonly Plan[],
  billing: Billing,
  extraSeats: number[] = [],
): { series: CostSeries[]; unpriced: { planName: string; hasScim: boolean; reason: 'quote' | 'not_stated' }[]; sizes: number[] } {
  const sizes = [...new Set([...CHART_TEAM_SIZES, ...extraSeats])].filter((size) => size >= 1).sort((a, b) => a - b);
  const series: CostSeries[] = [];
  const unpriced: { planName: string; hasScim: boolean; reason: 'quote' | 'not_stated' }[] = [];
  for (const plan of [...plans].sort((a, b) => a.rank - b.rank)) {
    const hasScim = plan.scim === true;
    if (!plan.price || plan.price.model === 'quote') {
      unpriced.push({ planName: plan.name, hasScim, reason: plan.price ? 'quote' : 'not_stated' });
      continue;
    }
    const points = sizes.flatMap((seats) => {
      const cost = annualCost(plan, seats, billing);
      return cost ? [{ seats, annualCost: cost.amount }] : [];
    });
    series.push({ planName: plan.name, hasScim, points });
  }
  return { series, unpriced, sizes };
}
