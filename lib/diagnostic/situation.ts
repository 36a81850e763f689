import type { AppHosting, IdpCapability, Plan } from '../catalog/types';
import type { AnnualCost } from '../pricing/annual-cost';
import { byCostThenRank, cheapestPlan, pricePlan, type PricedPlan } from '../pricing/cheapest-plan';
import { capabilityFor, hostingFits, planMeetsNeeds, type PlanNeeds } from '../pricing/plan-needs';
import { findPlan } from '../pricing/scim-increase';
import { defaultChangesPerMonth } from './defaults';
import { IDP_COMPACT_NAMES } from '../catalog/idps';
import { manualAnnualCost } from './manual-cost';
import type { DiagnosticApp, DiagnosticAppInput, DiagnosticSettings } from './types';

/** Everything the option, gap and recommendation rules read about one app, computed once. */
export interface AppSituation {
  app: DiagnosticApp;
  settings: DiagnosticSettings;
  idpName: string;
  currentPlan: Plan;
  users: number;
  /** undefined = any hosting fits (the team did not say and neither the plan nor the app settles it). */
  hosting: AppHosting | undefined;
  changesPerMonth: number;
  alternativeAnnualCost: number | null;
  currency: string;
  /** null when today's plan is a quote or its price is not stated. */
  currentCost: AnnualCost | null;
  /** undefined when the catalog has no entry for this IdP on this app, which counts as not stated. */
  capability: IdpCapability | undefined;
  /** The current plan has SCIM, the IdP provisions by SCIM and, if group sync is needed, pushes groups. */
  isNativeFeasible: boolean;
  /** Admin time per year if changes stay manual, whether or not manual work is allowed. */
  manualAnnualCost: number;
  /** Plans ranked above the current one that are stated to include SCIM. */
  scimPlansAbove: Plan[];
  /** The cheapest of `scimPlansAbove` for this hosting (or of all of them when none fits): the plan SCIM needs. */
  cheapestScimPlanAbove: PricedPlan | null;
  /** Plans above the current one that meet every need: SCIM, hosting and the IdP. */
  upgradeCandidates: Plan[];
  /** The cheapest upgrade candidate at these users and billing; quote-only and unpriced plans rank last. */
  upgradeTarget: PricedPlan | null;
}

/** Without a stated hosting, a cloud-only or self-hosted-only current plan (or app) tells us where the team runs it. */
function effectiveHosting(app: DiagnosticApp, plan: Plan, requested: AppHosting | undefined): AppHosting | undefined {
  if (requested !== undefined) return requested;
  if (plan.hosting !== 'both') return plan.hosting;
  return app.hosting.length === 1 ? app.hosting[0] : undefined;
}

function currencyOf(app: DiagnosticApp, plan: Plan): string {
  return plan.price?.currency ?? app.plans.find((candidate) => candidate.price !== null)?.price?.currency ?? 'USD';
}

/** Resolves one requested app against its catalog record; throws when the plan is not in it (validate first). */
export function resolveSituation(app: DiagnosticApp, input: DiagnosticAppInput, settings: DiagnosticSettings): AppSituation {
  const currentPlan = findPlan(app.plans, input.currentPlan);
  if (!currentPlan) throw new Error(`${app.name} has no plan named "${input.currentPlan}"; run validateAgainstCatalog first`);

  const { users } = input;
  const changesPerMonth = input.changesPerMonth ?? defaultChangesPerMonth(users);
  const hosting = effectiveHosting(app, currentPlan, input.hosting);
  const capability = capabilityFor(app, settings.idp);
  const plansAbove = app.plans.filter((plan) => plan.rank > currentPlan.rank);
  const scimPlansAbove = plansAbove.filter((plan) => plan.scim === true);
  const scimPlansForHosting = scimPlansAbove.filter((plan) => hostingFits(plan, hosting));
  const namedScimPlans = scimPlansForHosting.length > 0 ? scimPlansForHosting : scimPlansAbove;
  const upgradeNeeds: PlanNeeds = { idp: settings.idp, pushGroups: settings.needGroupSync, hosting };
  const upgradeCandidates = plansAbove.filter((plan) => planMeetsNeeds(plan, app, upgradeNeeds));

  return {
    app,
    settings,
    idpName: IDP_COMPACT_NAMES[settings.idp],
    currentPlan,
    users,
    hosting,
    changesPerMonth,
    alternativeAnnualCost: input.alternativeAnnualCost ?? null,
    currency: currencyOf(app, currentPlan),
    currentCost: pricePlan(currentPlan, users, settings.billing).cost,
    capability,
    isNativeFeasible: planMeetsNeeds(currentPlan, app, { idp: settings.idp, pushGroups: settings.needGroupSync }),
    manualAnnualCost: manualAnnualCost({ changesPerMonth, ...settings }),
    scimPlansAbove,
    cheapestScimPlanAbove: namedScimPlans.map((plan) => pricePlan(plan, users, settings.billing)).sort(byCostThenRank)[0] ?? null,
    upgradeCandidates,
    upgradeTarget: cheapestPlan(app, upgradeNeeds, users, settings.billing, upgradeCandidates),
  };
}
