import { findGaps } from './gaps';
import { DIAGNOSTIC_DEFAULTS } from './defaults';
import { assessOptions, type OptionAssessment } from './options';
import { recommend } from './recommend';
import { resolveSituation } from './situation';
import { sumTotals } from './totals';
import {
  OPTION_CODES,
  type AppDiagnostic,
  type CatalogBySlug,
  type DiagnosticApp,
  type DiagnosticAppInput,
  type DiagnosticOption,
  type DiagnosticRequest,
  type DiagnosticResult,
  type DiagnosticSettings,
  type RequestProblem,
} from './types';
import { validateAgainstCatalog } from './validate-against-catalog';

/** Thrown when a request names an app, plan or hosting the catalog does not have; carries the field problems. */
export class DiagnosticInputError extends Error {
  constructor(readonly problems: RequestProblem[]) {
    super(problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`).join('\n'));
    this.name = 'DiagnosticInputError';
  }
}

/** The questionnaire answers with the defaults filled in: 15 minutes a change, $60 an hour, monthly billing. */
export function settingsFrom(request: Omit<DiagnosticRequest, 'apps'>): DiagnosticSettings {
  return {
    idp: request.idp,
    needGroupSync: request.needGroupSync,
    requireAutomatedDeprovisioning: request.requireAutomatedDeprovisioning,
    minutesPerChange: request.minutesPerChange ?? DIAGNOSTIC_DEFAULTS.minutesPerChange,
    hourlyCost: request.hourlyCost ?? DIAGNOSTIC_DEFAULTS.hourlyCost,
    billing: request.billing ?? DIAGNOSTIC_DEFAULTS.billing,
  };
}

function publicOption({ details: _details, ...option }: OptionAssessment): DiagnosticOption {
  return option;
}

/** Options, gaps and the recommendation for one app of the stack. */
export function evaluateApp(app: DiagnosticApp, input: DiagnosticAppInput, settings: DiagnosticSettings): AppDiagnostic {
  const situation = resolveSituation(app, input, settings);
  const options = assessOptions(situation);
  const recommendation = recommend(situation, options);
  return {
    slug: app.slug,
    name: app.name,
    recommendation,
    options: OPTION_CODES.map((code) => publicOption(options[code])),
    gaps: findGaps(situation, options, recommendation.code),
    currentPlan: situation.currentPlan.name,
    users: situation.users,
    hosting: situation.hosting ?? null,
    changesPerMonth: situation.changesPerMonth,
    currentAnnualCost: situation.currentCost?.amount ?? null,
    manualAnnualCost: situation.manualAnnualCost,
    currency: situation.currency,
  };
}

/** The gap diagnostic for a whole stack: per app options, gaps and recommendation, then stack totals. Linear in apps. */
export function evaluateDiagnostic(request: DiagnosticRequest, catalogBySlug: CatalogBySlug): DiagnosticResult {
  const problems = validateAgainstCatalog(request, catalogBySlug);
  if (problems.length > 0) throw new DiagnosticInputError(problems);
  const settings = settingsFrom(request);
  const apps = request.apps.map((input, index) => {
    const app = catalogBySlug.get(input.slug);
    if (!app) throw new DiagnosticInputError([{ path: ['apps', index, 'slug'], message: `No app with slug "${input.slug}" in the catalog` }]);
    return evaluateApp(app, input, settings);
  });
  return { apps, totals: sumTotals(apps), settings };
}
