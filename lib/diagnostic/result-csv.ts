import { toCsv } from '../csv';
import type { DiagnosticResult } from './types';

const HEADER = [
  'slug', 'name', 'current_plan', 'users', 'recommendation', 'recommended_plan', 'extra_annual_cost', 'current_annual_cost',
  'manual_annual_cost', 'changes_per_month', 'currency', 'title', 'gaps',
] as const;

/** The result as CSV, one line per app plus a totals line; empty cost cells are unknown (a quote is needed). */
export function diagnosticResultToCsv(result: DiagnosticResult): string {
  const rows = result.apps.map((app) => [
    app.slug, app.name, app.currentPlan, app.users, app.recommendation.code, app.recommendation.plan ?? null,
    app.recommendation.extraAnnualCost, app.currentAnnualCost, app.manualAnnualCost, app.changesPerMonth, app.currency,
    app.recommendation.title, app.gaps.map((gap) => gap.code).join(';'),
  ]);
  rows.push([
    'TOTAL', `${result.totals.appCount} apps`, null, null, null, null, result.totals.recommendedExtraAnnual, result.totals.currentAnnual,
    result.totals.manualAnnual, null, result.totals.currency, null, null,
  ]);
  return toCsv(HEADER, rows);
}
