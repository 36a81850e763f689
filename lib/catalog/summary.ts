import { firstPlanWith } from '../pricing/cheapest-plan';
import { DISPLAYED_IDPS, idpSupportLevel, type IdpSupportLevel } from './idps';
import { deriveStatus, type StatusClass } from './status';
import type { AppRecord, IdpId, Plan } from './types';

/**
 * Where SCIM sits in the plan ladder: entry = the cheapest paid plan (or every plan) has it;
 * mid = a plan between the entry plan and the top; enterprise = only the top tier or a quote-only plan;
 * not_offered = every plan says no; not_stated = no source settles it.
 */
export type ScimPosition = 'entry' | 'mid' | 'enterprise' | 'not_offered' | 'not_stated';

export const SCIM_POSITION_LABELS: Record<ScimPosition, string> = {
  entry: 'Entry plan',
  mid: 'Mid plan',
  enterprise: 'Enterprise only',
  not_offered: 'Not offered',
  not_stated: 'Not stated',
};

const isFreePlan = (plan: Plan) => plan.price?.model === 'free';

/** Classifies where the first SCIM plan sits among the app's plans. */
export function scimPosition(plans: readonly Plan[]): ScimPosition {
  const ordered = [...plans].sort((a, b) => a.rank - b.rank);
  const firstScim = ordered.find((plan) => plan.scim === true);
  if (!firstScim) {
    return ordered.length > 0 && ordered.every((plan) => plan.scim === false) ? 'not_offered' : 'not_stated';
  }
  const firstPaid = ordered.find((plan) => !isFreePlan(plan));
  if (!firstPaid || firstScim.rank <= firstPaid.rank) return 'entry';
  const top = ordered[ordered.length - 1];
  if (firstScim === top || firstScim.price?.model === 'quote') return 'enterprise';
  return 'mid';
}

export interface AppSummary {
  slug: string;
  name: string;
  vendor: string;
  category: string;
  firstSsoPlan: string | null;
  firstScimPlan: string | null;
  scimPosition: ScimPosition;
  status: StatusClass;
  idpSupport: Record<IdpId, IdpSupportLevel>;
  /** Made from an open-data row rather than researched by an editor (see lib/open-data). */
  isImported: boolean;
}

/** The listing fields of an app, independent of team size. */
export function summarizeApp(app: Pick<AppRecord, 'slug' | 'name' | 'vendor' | 'category' | 'plans' | 'idps'> & { origin?: 'curated' | 'index' }): AppSummary {
  const idpSupport = Object.fromEntries(
    DISPLAYED_IDPS.map((idp) => [idp, idpSupportLevel(app.idps.find((capability) => capability.idp === idp))]),
  ) as Record<IdpId, IdpSupportLevel>;
  return {
    slug: app.slug,
    name: app.name,
    vendor: app.vendor,
    category: app.category,
    firstSsoPlan: firstPlanWith(app, { sso: true })?.name ?? null,
    firstScimPlan: firstPlanWith(app, { scim: true })?.name ?? null,
    scimPosition: scimPosition(app.plans),
    status: deriveStatus(app),
    idpSupport,
    isImported: app.origin === 'index',
  };
}
