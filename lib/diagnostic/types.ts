import type { z } from 'zod';
import type { AppHosting, AppRecord, Billing, IdpId } from '../catalog/types';
import type { diagnosticAppInputSchema, diagnosticRequestSchema } from './schemas';

/** The body of `POST /api/v1/diagnostic` once it has passed `diagnosticRequestSchema`. */
export type DiagnosticRequest = z.infer<typeof diagnosticRequestSchema>;
export type DiagnosticAppInput = z.infer<typeof diagnosticAppInputSchema>;

/** The parts of a catalog record the diagnostic reads; a full `AppRecord` fits. */
export type DiagnosticApp = Pick<AppRecord, 'slug' | 'name' | 'plans' | 'idps' | 'hosting'> & {
  sso: Pick<AppRecord['sso'], 'requiredForScim'>;
};

export type CatalogBySlug = ReadonlyMap<string, DiagnosticApp>;

export const OPTION_CODES = ['native', 'upgrade', 'outside', 'manual'] as const;
export type OptionCode = (typeof OPTION_CODES)[number];

export const GAP_CODES = [
  'scim_not_on_plan',
  'idp_no_scim',
  'idp_no_group_push',
  'sso_required_first',
  'quote_only',
  'hosting_excluded',
  'unknown_capability',
] as const;
export type GapCode = (typeof GAP_CODES)[number];

/** A field-level problem with the request, shaped like a Zod issue so the API can return both alike. */
export interface RequestProblem {
  path: (string | number)[];
  message: string;
}

export interface DiagnosticOption {
  code: OptionCode;
  feasible: boolean;
  /** Extra cost per year over today, in currency units; null when unknown (a quote is needed) or there is no such path. */
  extraAnnualCost: number | null;
  /** The plan the option puts the team on: the current plan for native, the target for upgrade. */
  plan?: string;
  /** One plain sentence: the option's arithmetic, or why it does not apply. */
  explanation: string;
}

export interface Gap {
  code: GapCode;
  message: string;
}

export interface Recommendation {
  code: OptionCode;
  plan?: string;
  extraAnnualCost: number | null;
  title: string;
  reasons: string[];
}

export interface AppDiagnostic {
  slug: string;
  name: string;
  recommendation: Recommendation;
  /** Always the four options, in the order native, upgrade, outside, manual. */
  options: DiagnosticOption[];
  gaps: Gap[];
  currentPlan: string;
  users: number;
  /** The hosting the rules used: as given, else implied by the current plan or the app; null when any fits. */
  hosting: AppHosting | null;
  /** As given, else the default of 3% of users rounded up (at least 1). */
  changesPerMonth: number;
  /** What the team pays today per year; null when the current plan is a quote or its price is not stated. */
  currentAnnualCost: number | null;
  /** Manual labour per year, whether or not manual work is allowed. */
  manualAnnualCost: number;
  currency: string;
}

export interface DiagnosticTotals {
  /** Sum of the known current costs. */
  currentAnnual: number;
  currentAnnualUnknownCount: number;
  /** Sum of the known recommended extras. */
  recommendedExtraAnnual: number;
  recommendedExtraUnknownCount: number;
  /** Manual labour per year summed over every app, whether or not manual work is allowed. */
  manualAnnual: number;
  byRecommendation: Record<OptionCode, number>;
  appCount: number;
  /** The currency every app is priced in; null if the stack mixes currencies, which makes the sums indicative only. */
  currency: string | null;
}

/** The questionnaire answers the engine used, defaults filled in. */
export interface DiagnosticSettings {
  idp: IdpId;
  needGroupSync: boolean;
  requireAutomatedDeprovisioning: boolean;
  minutesPerChange: number;
  hourlyCost: number;
  billing: Billing;
}

export interface DiagnosticResult {
  apps: AppDiagnostic[];
  totals: DiagnosticTotals;
  settings: DiagnosticSettings;
}
