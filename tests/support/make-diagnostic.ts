import type { Plan, Price } from '@/lib/catalog/types';
import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import type { AppDiagnostic, DiagnosticApp, DiagnosticAppInput, DiagnosticRequest } from '@/lib/diagnostic/types';
import { makeCapability, makePlan } from './make-plan';

export const perSeat = (monthlyPerSeat: number): Price => ({ model: 'per_seat', currency: 'USD', monthlyPerSeat });
export const flat = (monthlyFlat: number): Price => ({ model: 'flat', currency: 'USD', monthlyFlat });
export const quote: Price = { model: 'quote', currency: 'USD' };
export const free: Price = { model: 'free', currency: 'USD' };

/**
 * Acme's ladder at 10 users, monthly billing: Free $0, Team $1,200/yr, Business $3,000/yr (SCIM), Enterprise quote (SCIM).
 * So a team on Team pays +$1,800/yr for SCIM.
 */
export const acmePlans: Plan[] = [
  makePlan({ name: 'Free', rank: 0, hosting: 'both', sso: false, scim: false, price: free }),
  makePlan({ name: 'Team', rank: 1, hosting: 'cloud', sso: false, scim: false, price: perSeat(10) }),
  makePlan({ name: 'Business', rank: 2, hosting: 'cloud', sso: true, scim: true, price: perSeat(25) }),
  makePlan({ name: 'Enterprise', rank: 3, hosting: 'both', sso: true, scim: true, price: quote }),
];

export function makeApp(overrides: Partial<DiagnosticApp> = {}): DiagnosticApp {
  return {
    slug: 'acme',
    name: 'Acme',
    hosting: ['cloud', 'self-hosted'],
    sso: { requiredForScim: false },
    plans: acmePlans,
    idps: [makeCapability({ idp: 'okta' })],
    ...overrides,
  };
}

export type Questionnaire = Omit<DiagnosticRequest, 'apps'>;

export const baseQuestionnaire: Questionnaire = { idp: 'okta', needGroupSync: false, requireAutomatedDeprovisioning: false };

/** Diagnoses one app; the input defaults to 10 users on Team. */
export function diagnose(app: DiagnosticApp, input: Partial<DiagnosticAppInput> = {}, questionnaire: Partial<Questionnaire> = {}): AppDiagnostic {
  const request: DiagnosticRequest = {
    ...baseQuestionnaire,
    ...questionnaire,
    apps: [{ slug: app.slug, currentPlan: 'Team', users: 10, ...input }],
  };
  const [result] = evaluateDiagnostic(request, new Map([[app.slug, app]])).apps;
  if (!result) throw new Error('no result');
  return result;
}

export function optionOf(result: AppDiagnostic, code: AppDiagnostic['options'][number]['code']) {
  const option = result.options.find((candidate) => candidate.code === code);
  if (!option) throw new Error(`no ${code} option`);
  return option;
}

export const gapCodes = (result: AppDiagnostic) => result.gaps.map((gap) => gap.code);
