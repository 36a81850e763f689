import type { Billing } from '../catalog/types';
import { formatAnnual, formatIncrease } from '../format';
import type { PricedPlan } from '../pricing/cheapest-plan';
import { hostingFits } from '../pricing/plan-needs';
import type { AppSituation } from './situation';
import type { DiagnosticOption, OptionCode } from './types';
import { manualArithmetic } from './manual-cost';
import { countOf, fromCents, HOSTING_PHRASES, toCents } from './wording';

/** An option as the API returns it, plus the plain sentences that explain it when it is the one recommended. */
export interface OptionAssessment extends DiagnosticOption {
  details: string[];
}

export type OptionAssessments = Record<OptionCode, OptionAssessment>;

/** Why the current plan does not give SCIM; null when it does. */
export function planScimBlocker(situation: AppSituation): string | null {
  const plan = situation.currentPlan;
  if (plan.scim === true) return null;
  return plan.scim === false ? `${plan.name} does not include SCIM` : `the catalog does not state that ${plan.name} includes SCIM`;
}

/** Why the IdP cannot provision this app the way the team needs; null when it can. Unstated counts as unavailable. */
export function idpBlocker(situation: AppSituation): string | null {
  const { capability, idpName, app, settings } = situation;
  if (!capability || capability.provisioning === null) return `the catalog does not state that ${idpName} provisions ${app.name} by SCIM`;
  if (capability.provisioning === 'jit') return `${idpName} only creates ${app.name} accounts at first sign-in (JIT), not by SCIM`;
  if (capability.provisioning === 'none') return `${idpName} has no provisioning for ${app.name}`;
  if (!settings.needGroupSync || capability.features.pushGroups === true) return null;
  return capability.features.pushGroups === false
    ? `${idpName} provisions ${app.name} users only, not groups`
    : `the catalog does not state that ${idpName} pushes groups to ${app.name}`;
}

const OTHER_BILLING: Record<Billing, Billing> = { monthly: 'annual', annual: 'monthly' };

function todayPhrase(situation: AppSituation): string {
  const { currentCost, currentPlan, currency } = situation;
  if (currentCost) return `${formatAnnual(currentCost.amount, currency)} for ${currentPlan.name} today`;
  return `today's ${currentPlan.name} price (${currentPlan.price?.model === 'quote' ? 'a quote' : 'not stated'})`;
}

function assessNative(situation: AppSituation): OptionAssessment {
  const { currentPlan, idpName, app, settings, currency } = situation;
  if (!situation.isNativeFeasible) {
    const blockers = [planScimBlocker(situation), idpBlocker(situation)].filter((blocker) => blocker !== null);
    return { code: 'native', feasible: false, extraAnnualCost: null, explanation: `No native path: ${blockers.join('; ')}`, details: blockers };
  }
  const details = [
    `${currentPlan.name} includes SCIM and ${idpName} provisions ${app.name} by SCIM${settings.needGroupSync ? ', groups included' : ''}`,
    `${formatIncrease(0, currency)} on top of ${todayPhrase(situation)}`,
  ];
  return { code: 'native', feasible: true, extraAnnualCost: 0, plan: currentPlan.name, explanation: `Already covered: ${details[0]}`, details };
}

function noUpgradeReason(situation: AppSituation): string {
  const { currentPlan, scimPlansAbove, hosting } = situation;
  if (scimPlansAbove.length === 0) return `no plan above ${currentPlan.name} is stated to include SCIM`;
  if (hosting !== undefined && !scimPlansAbove.some((plan) => hostingFits(plan, hosting))) {
    return `no plan above ${currentPlan.name} with SCIM is offered ${HOSTING_PHRASES[hosting]}`;
  }
  return idpBlocker(situation) ?? `no plan above ${currentPlan.name} meets the needs`;
}

interface UpgradeCost {
  extra: number | null;
  /** Without the "Upgrade to" label: the recommendation's title already says it. */
  sentence: string;
  explanation: string;
}

function upgradeCost(situation: AppSituation, target: PricedPlan): UpgradeCost {
  const { currentCost, currentPlan, users, settings, currency } = situation;
  const name = target.plan.name;
  if (!target.cost) {
    const isQuote = target.plan.price?.model === 'quote';
    return {
      extra: null,
      sentence: `${isQuote ? `${name} is quote-only` : `The catalog states no price for ${name}`}, so the extra cost needs a quote`,
      explanation: `Upgrade to ${name}: ${isQuote ? 'quote-only' : 'price not stated'}, so the extra cost needs a quote`,
    };
  }
  const fallback = target.cost.billingFallback ? ` (no ${settings.billing} price stated, ${OTHER_BILLING[settings.billing]} figure used)` : '';
  const pricedTarget = `${name} for ${countOf(users, 'user')} billed ${settings.billing}${fallback}`;
  const targetAnnual = formatAnnual(target.cost.amount, currency);
  if (!currentCost) {
    const today = `today's ${currentPlan.name} price is ${currentPlan.price?.model === 'quote' ? 'a quote' : 'not stated'}`;
    const sentence = `${pricedTarget}: ${targetAnnual}, but ${today}, so the extra cost is unknown`;
    return { extra: null, sentence, explanation: `Upgrade to ${sentence}` };
  }
  const extra = fromCents(toCents(target.cost.amount) - toCents(currentCost.amount));
  const today = formatAnnual(currentCost.amount, currency);
  const sentence = `${pricedTarget}: ${targetAnnual} − ${today} for ${currentPlan.name} today = ${formatIncrease(extra, currency)}`;
  return { extra, sentence, explanation: `Upgrade to ${sentence}` };
}

function assessUpgrade(situation: AppSituation): OptionAssessment {
  const { upgradeTarget: target, currentPlan, idpName, settings, hosting } = situation;
  if (!target) {
    const reason = noUpgradeReason(situation);
    return { code: 'upgrade', feasible: false, extraAnnualCost: null, explanation: `No upgrade path: ${reason}`, details: [reason] };
  }
  const cost = upgradeCost(situation, target);
  const why =
    `${target.plan.name} is the cheapest plan above ${currentPlan.name} with SCIM that ${idpName} can provision` +
    `${settings.needGroupSync ? ' with groups' : ''}${hosting ? ` ${HOSTING_PHRASES[hosting]}` : ''}`;
  return {
    code: 'upgrade',
    feasible: true,
    extraAnnualCost: cost.extra,
    plan: target.plan.name,
    explanation: cost.explanation,
    details: [why, cost.sentence],
  };
}

function assessOutside(situation: AppSituation): OptionAssessment {
  const cost = situation.alternativeAnnualCost;
  // Automation outside the app can always be bought; without a stated cost it needs a quote.
  if (cost === null) {
    return {
      code: 'outside',
      feasible: true,
      extraAnnualCost: null,
      explanation: 'Automation outside the app: no cost given, so it needs a quote',
      details: ['No cost was given for automation outside the app, so it needs a quote'],
    };
  }
  const stated = formatAnnual(cost, situation.currency);
  return {
    code: 'outside',
    feasible: true,
    extraAnnualCost: cost,
    explanation: `Automation outside the app: ${stated} as stated`,
    details: [`The stated cost of automating outside the app is ${stated}`],
  };
}

function assessManual(situation: AppSituation): OptionAssessment {
  const arithmetic = manualArithmetic({ changesPerMonth: situation.changesPerMonth, ...situation.settings }, situation.currency);
  const isAllowed = !situation.settings.requireAutomatedDeprovisioning;
  return {
    code: 'manual',
    feasible: isAllowed,
    extraAnnualCost: situation.manualAnnualCost,
    explanation: `Manual work: ${arithmetic}${isAllowed ? '' : ', ruled out because automated deprovisioning is required'}`,
    details: [arithmetic],
  };
}

/** The four ways to cover an app, each with its extra annual cost over what the team pays today. */
export function assessOptions(situation: AppSituation): OptionAssessments {
  return {
    native: assessNative(situation),
    upgrade: assessUpgrade(situation),
    outside: assessOutside(situation),
    manual: assessManual(situation),
  };
}
