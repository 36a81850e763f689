import { formatAnnual, formatCount, formatMoney } from '../format';
import { manualAnnualCost, type ManualWork } from '../pricing/manual-cost';
import { countOf } from './wording';

export { manualAnnualCost, type ManualWork };

/** "3 changes a month × 12 × 15 min ÷ 60 × $60/h = $540/yr" */
export function manualArithmetic(work: ManualWork, currency = 'USD'): string {
  const cost = manualAnnualCost(work);
  return (
    `${countOf(work.changesPerMonth, 'change')} a month × 12 × ${formatCount(work.minutesPerChange)} min ÷ 60 × ` +
    `${formatMoney(work.hourlyCost, currency)}/h = ${formatAnnual(cost, currency)}`
  );
}
