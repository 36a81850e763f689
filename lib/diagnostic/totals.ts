import type { AppDiagnostic, DiagnosticTotals, OptionCode } from './types';
import { fromCents, toCents } from './wording';

type TotalsInput = Pick<AppDiagnostic, 'currentAnnualCost' | 'manualAnnualCost' | 'recommendation' | 'currency'>;

/** Stack totals: known costs summed (unknowns counted, never added as 0), manual labour and apps per recommendation. */
export function sumTotals(apps: readonly TotalsInput[]): DiagnosticTotals {
  let currentCents = 0;
  let currentUnknown = 0;
  let extraCents = 0;
  let extraUnknown = 0;
  let manualCents = 0;
  const byRecommendation: Record<OptionCode, number> = { native: 0, upgrade: 0, outside: 0, manual: 0 };
  const currencies = new Set<string>();

  for (const app of apps) {
    if (app.currentAnnualCost === null) currentUnknown += 1;
    else currentCents += toCents(app.currentAnnualCost);
    if (app.recommendation.extraAnnualCost === null) extraUnknown += 1;
    else extraCents += toCents(app.recommendation.extraAnnualCost);
    manualCents += toCents(app.manualAnnualCost);
    byRecommendation[app.recommendation.code] += 1;
    currencies.add(app.currency);
  }

  const [onlyCurrency] = currencies;
  return {
    currentAnnual: fromCents(currentCents),
    currentAnnualUnknownCount: currentUnknown,
    recommendedExtraAnnual: fromCents(extraCents),
    recommendedExtraUnknownCount: extraUnknown,
    manualAnnual: fromCents(manualCents),
    byRecommendation,
    appCount: apps.length,
    currency: currencies.size <= 1 ? (onlyCurrency ?? 'USD') : null,
  };
}
