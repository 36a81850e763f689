import type { IdpCapability, Plan, PricedApp } from './types';

/**
 * The status class of an app: how its SCIM is sold, derived from plans and IdP capabilities, never typed by hand.
 * Words and colours per /work/shared/UX.md "Status vocabulary".
 *
 * Precedence, first match wins:
 * 1. No plan states `scim: true`:
 *    a. no IdP provisions by SCIM but one creates accounts just in time → partial (JIT only);
 *    b. every plan states `scim: false` → none (No SCIM), even when an IdP connector provisions through the
 *       vendor's own API: that is not SCIM into the app;
 *    c. otherwise → unknown: nothing settles it.
 * 2. Price rules (applied before the partial rules, as the SCIM Tax Index does, so our class stays comparable
 *    with its verdicts; an IdP limit of a gated app shows in its IdP table). Paid add-ons ("… (add-on)",
 *    "separate product", "purchased separately") never count as the plan that carries SCIM. The team plan is the
 *    cheapest plan by rank whose price is not free.
 *    a. SCIM only on add-ons → gated;
 *    b. SCIM on every plan → no tax, unless every plan is quote-only → gated (a quote-only vendor);
 *    c. SCIM on a free plan below the team plan, or no paid plan at all → no tax;
 *    d. the team plan has SCIM → no tax, unless its price is a quote → gated;
 *    e. the team plan states no SCIM → gated (SCIM only higher up: enterprise, quote-only or add-on);
 *    f. the team plan does not say → unknown (never gated on a guess).
 * 3. A no-tax app is partial when only one IdP provisions by SCIM while another is stated not to, or when
 *    SCIM IdPs can create users but none can deactivate them (stated, not assumed).
 */

export const STATUS_CLASSES = ['no_tax', 'gated', 'partial', 'none', 'unknown'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

export const STATUS_LABELS: Readonly<Record<StatusClass, string>> = {
  no_tax: 'No tax',
  gated: 'Gated',
  partial: 'Partial',
  none: 'No SCIM',
  unknown: 'Unknown',
};

/** Which rule of the precedence above decided the class, so a page can say why. */
export type StatusRule =
  | 'jit-only'
  | 'no-scim-on-any-plan'
  | 'not-stated'
  | 'add-on-only'
  | 'every-plan'
  | 'quote-only'
  | 'free-plan'
  | 'team-plan'
  | 'above-team-plan'
  | 'team-plan-not-stated'
  | 'single-idp'
  | 'no-deactivation';

export interface StatusVerdict {
  status: StatusClass;
  rule: StatusRule;
  /** The lowest-ranked plan with SCIM (add-ons included); null when no plan states SCIM. */
  firstScimPlan: string | null;
}

const ADD_ON = /\badd-?on\b|separate product|purchased separately/i;

/** True for a plan that is really a paid add-on or a separate product bought on top of a plan. */
export function isAddOnPlan(plan: Pick<Plan, 'name'>): boolean {
  return ADD_ON.test(plan.name);
}

const isQuote = (plan: Plan) => plan.price?.model === 'quote';
const isFree = (plan: Plan) => plan.price?.model === 'free';

function partialRule(idps: readonly IdpCapability[]): StatusRule | null {
  const scimIdps = idps.filter((capability) => capability.provisioning === 'scim');
  const statedOthers = idps.filter((capability) => capability.provisioning === 'none' || capability.provisioning === 'jit');
  if (scimIdps.length === 1 && statedOthers.length > 0) return 'single-idp';
  const canDeactivate = scimIdps.some((capability) => capability.features.deactivateUsers === true);
  const createsWithoutDeactivating = scimIdps.some((capability) => capability.features.createUsers === true && capability.features.deactivateUsers === false);
  if (!canDeactivate && createsWithoutDeactivating) return 'no-deactivation';
  return null;
}

/** The status class and the rule that decided it (precedence at the top of this file). */
export function classifyStatus(app: PricedApp): StatusVerdict {
  const plans = [...app.plans].sort((a, b) => a.rank - b.rank);
  const firstScimPlan = plans.find((plan) => plan.scim === true)?.name ?? null;
  const verdict = (status: StatusClass, rule: StatusRule): StatusVerdict => ({ status, rule, firstScimPlan });

  if (firstScimPlan === null) {
    const hasScimIdp = app.idps.some((capability) => capability.provisioning === 'scim');
    if (!hasScimIdp && app.idps.some((capability) => capability.provisioning === 'jit')) return verdict('partial', 'jit-only');
    if (plans.length > 0 && plans.every((plan) => plan.scim === false)) return verdict('none', 'no-scim-on-any-plan');
    return verdict('unknown', 'not-stated');
  }

  const core = plans.filter((plan) => !isAddOnPlan(plan));
  if (!core.some((plan) => plan.scim === true)) return verdict('gated', 'add-on-only');
  const noTax = (rule: StatusRule): StatusVerdict => {
    const partial = partialRule(app.idps);
    return partial ? verdict('partial', partial) : verdict('no_tax', rule);
  };

  if (core.every((plan) => plan.scim === true)) return core.every(isQuote) ? verdict('gated', 'quote-only') : noTax('every-plan');
  const teamPlan = core.find((plan) => !isFree(plan));
  const hasFreeScimBelow = core.some((plan) => isFree(plan) && plan.scim === true && (teamPlan === undefined || plan.rank < teamPlan.rank));
  // Without a paid plan, the plan with SCIM must be a free one.
  if (hasFreeScimBelow || teamPlan === undefined) return noTax('free-plan');
  if (teamPlan.scim === true) return isQuote(teamPlan) ? verdict('gated', 'quote-only') : noTax('team-plan');
  if (teamPlan.scim === false) return verdict('gated', 'above-team-plan');
  return verdict('unknown', 'team-plan-not-stated');
}

/** The app's status class: no_tax, gated, partial, none or unknown. */
export function deriveStatus(app: PricedApp): StatusClass {
  return classifyStatus(app).status;
}

/** Why an app got its class, in a sentence for the profile page. */
export const STATUS_RULE_EXPLANATIONS: Readonly<Record<StatusRule, string>> = {
  'jit-only': 'No identity provider provisions it by SCIM; accounts are only created just in time at sign-in.',
  'no-scim-on-any-plan': 'Every plan the sources list states that SCIM is not included.',
  'not-stated': 'No source consulted states which plan includes SCIM.',
  'add-on-only': 'SCIM is sold only as a paid add-on or a separate product.',
  'every-plan': 'Every plan includes SCIM.',
  'quote-only': 'SCIM sits on a quote-only plan: there is no public price.',
  'free-plan': 'A free plan already includes SCIM.',
  'team-plan': 'The cheapest paid team plan includes SCIM.',
  'above-team-plan': 'The cheapest paid team plan does not include SCIM; it takes a higher plan.',
  'team-plan-not-stated': 'No source says whether the cheapest paid team plan includes SCIM.',
  'single-idp': 'SCIM works with only one identity provider; the others are stated not to provision it.',
  'no-deactivation': 'Identity providers can create users but none can deactivate them.',
};
