import { formatAnnual, formatCount, formatMoney } from '../format';
import { countOf, fromCents } from './wording';

export interface ManualWork {
  changesPerMonth: number;
  minutesPerChange: number;
  hourlyCost: number;
}

/** Admin time per year for manual changes: changes per month × 12 × minutes per change ÷ 60 × hourly cost. */
export function manualAnnualCost({ changesPerMonth, minutesPerChange, hourlyCost }: ManualWork): number {
  return fromCents(Math.round((changesPerMonth * 12 * minutesPerChange * hourlyCost * 100) / 60));
}

/** "3 changes a month × 12 × 15 min ÷ 60 × $60/h = $540/yr" */
export function manualArithmetic(work: ManualWork, currency = 'USD'): string {
  const cost = manualAnnualCost(work);
  return (
    `${countOf(work.changesPerMonth, 'change')} a month × 12 × ${formatCount(work.minutesPerChange)} min ÷ 60 × ` +
    `${formatMoney(work.hourlyCost, currency)}/h = ${formatAnnual(cost, currency)}`
  );
}
