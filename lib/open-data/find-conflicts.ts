import type { AppRecord, Plan, Price } from '../catalog/types';
import { describePrice } from '../format';
import { isAddOnPlan } from '../catalog/status';
import { isEveryPlanPhrase, planNameKey, planNamesMatch } from './plan-name';
import type { PriceFigures } from './price-text';
import type { ImportedVendor, OpenDataset, StatedPrice } from './types';

/**
 * Where an imported row disagrees with a profile, compared at the level the row has:
 * - `scim`: one side has SCIM on some plan, the other says no plan has it (or JIT only);
 * - `firstScimPlan` / `firstSsoPlan`: both name the plan that first has it, and the names differ (tolerantly:
 *   case, filler words, combined names and product prefixes do not count, see plan-name.ts); a row that puts SCIM
 *   on every plan disagrees when our cheapest (paid) plan states no SCIM;
 * - `plans.<our plan>.price`: the row's stated figures for a plan vs ours, matched by plan name (a loose match only
 *   when it is the only one), or by role when the row names no plan (team → our cheapest paid plan, SSO/SCIM → our
 *   first SSO/SCIM plan; a free price → our free plan);
 * - `idps.<idp>.provisioning`: one side provisions by SCIM, the other says it does not.
 * Unknown on either side is never a conflict: it is a gap, not a disagreement.
 * Prices compare figures per month, per user and fixed. A row's figure at annual billing is compared with our
 * annual-billing figure (falling back to monthly), a monthly one with our monthly figure, and one whose billing is
 * not stated with either. Within a cent (or 0.5%) is equal; an approximate figure ("~$15") gets 20%. Our price
 * having more detail than the row (a per-seat charge beside the same base fee) is not a conflict; the row stating
 * a part we do not have (a base fee, or seats without our base fee) is. Different currencies are not compared.
 */

export interface Conflict {
  slug: string;
  /** 'scim' | 'firstScimPlan' | 'firstSsoPlan' | 'plans.<plan>.price' | 'idps.<idp>.provisioning' */
  field: string;
  ours: string;
  theirs: string;
  dataset: OpenDataset;
  release: string;
  /** When the other side was last checked, which can be years ago (sso.tax). */
  asOf: string;
}

const byRank = (plans: readonly Plan[]) => [...plans].sort((a, b) => a.rank - b.rank);

type FigureKind = 'perUser' | 'base' | 'annualMinimum';
type OurFigures = Record<'annual' | 'monthly', Partial<Record<FigureKind, number>>>;

/** Our price as monthly-equivalent figures at each billing; null for a quote or a free plan. */
function ourFigures(price: Price): OurFigures | null {
  const perMonth = (yearly: number | null | undefined) => (yearly === null || yearly === undefined ? undefined : yearly / 12);
  const stated = (value: number | null | undefined) => (value === null ? undefined : value);
  switch (price.model) {
    case 'free':
    case 'quote':
      return null;
    case 'per_seat':
      return { annual: { perUser: perMonth(price.annualPerSeat) }, monthly: { perUser: stated(price.monthlyPerSeat) } };
    case 'base_plus_seats':
      return {
        annual: { base: perMonth(price.annualBase), perUser: perMonth(price.annualPerExtraSeat) },
        monthly: { base: stated(price.monthlyBase), perUser: stated(price.monthlyPerExtraSeat) },
      };
    case 'flat':
      return { annual: { base: perMonth(price.annualFlat) }, monthly: { base: stated(price.monthlyFlat) } };
    case 'annual_minimum':
      return { annual: { annualMinimum: price.annualMinimum, perUser: perMonth(price.annualPerSeat) }, monthly: {} };
  }
}

function theirFigures(figures: PriceFigures): Partial<Record<FigureKind, number>> {
  const result: Partial<Record<FigureKind, number>> = {};
  if (figures.perUserMonthly !== null) result.perUser = figures.perUserMonthly;
  if (figures.baseMonthly !== null) result.base = figures.baseMonthly;
  if (figures.annualMinimum !== null) result.annualMinimum = figures.annualMinimum;
  return result;
}

/** True when the row's stated figures disagree with our price (rules at the top of this file). */
export function pricesDisagree(ours: Price | null, theirs: PriceFigures | null): boolean {
  if (ours === null || theirs === null) return false;
  if (theirs.isQuote) return ours.model !== 'quote';
  if (theirs.isFree) return ours.model !== 'free';
  const stated = theirFigures(theirs);
  const kinds = Object.keys(stated) as FigureKind[];
  if (kinds.length === 0) return false;
  if (ours.model === 'quote' || ours.model === 'free') return true;
  if ((ours.currency ?? 'USD') !== theirs.currency) return false;
  const figures = ourFigures(ours);
  if (!figures) return false;
  const oursFor = (kind: FigureKind): number[] => {
    const annual = figures.annual[kind];
    const monthly = figures.monthly[kind];
    const candidates = theirs.basis === 'annual' ? [annual ?? monthly] : theirs.basis === 'monthly' ? [monthly ?? annual] : [annual, monthly];
    return candidates.filter((value): value is number => value !== undefined);
  };
  const isClose = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01, (theirs.isApproximate ? 0.2 : 0.005) * Math.max(a, b));
  const hasOurBase = oursFor('base').some((value) => value > 0);
  if (stated.perUser !== undefined && stated.base === undefined && hasOurBase) return true;
  return kinds.some((kind) => {
    const candidates = oursFor(kind);
    const value = stated[kind];
    return value === undefined || candidates.length === 0 || !candidates.some((candidate) => isClose(candidate, value));
  });
}

function theirPriceText(stated: StatedPrice): string {
  if (stated.text) return stated.planName && !stated.text.startsWith(stated.planName) ? `${stated.planName}: “${stated.text}”` : `“${stated.text}”`;
  const perUser = stated.figures?.perUserMonthly;
  return `${stated.planName ? `${stated.planName}: ` : ''}$${perUser ?? '?'} per user per month (figure only)`;
}

function ourPlanFor(stated: StatedPrice, plans: readonly Plan[]): Plan | undefined {
  const ladder = byRank(plans);
  if (stated.planName !== null) {
    if (isEveryPlanPhrase(stated.planName)) return undefined;
    const key = planNameKey(stated.planName);
    const loose = ladder.filter((plan) => planNamesMatch(plan.name, stated.planName ?? ''));
    // "Teams" fits four Adobe plans "… for teams": a loose match counts only when it is the only one.
    const named = ladder.find((plan) => planNameKey(plan.name) === key) ?? (loose.length === 1 ? loose[0] : undefined);
    // A free tier goes by many names ("Free", "Basic", "Starter"): compare it with our free tier, if any.
    return named ?? (stated.figures?.isFree ? ladder.find((plan) => plan.price?.model === 'free') : undefined);
  }
  if (stated.figures?.isFree) return ladder.find((plan) => plan.price?.model === 'free');
  if (stated.role === 'team') return ladder.find((plan) => plan.price?.model !== 'free' && !isAddOnPlan(plan));
  return ladder.find((plan) => (stated.role === 'sso' ? plan.sso === true : plan.scim === true));
}

/** Every disagreement between our profile and an imported row (rules at the top of this file). */
export function findConflicts(slug: string, ours: Pick<AppRecord, 'plans' | 'idps'>, theirs: ImportedVendor): Conflict[] {
  const { provenance } = theirs;
  const conflicts: Conflict[] = [];
  const add = (field: string, oursText: string, theirsText: string) => {
    if (!conflicts.some((conflict) => conflict.field === field)) {
      conflicts.push({ slug, field, ours: oursText, theirs: theirsText, dataset: provenance.dataset, release: provenance.release, asOf: theirs.record.verifiedAt });
    }
  };
  const ladder = byRank(ours.plans);
  const ourFirstScim = ladder.find((plan) => plan.scim === true);
  const ourNoScim = ladder.length > 0 && ladder.every((plan) => plan.scim === false);
  const theirScimPlan = provenance.scimPlanName ?? '';

  switch (provenance.scimPlanScope) {
    case 'none':
    case 'jit-only':
      if (ourFirstScim) add('scim', `SCIM from “${ourFirstScim.name}”`, provenance.scimPlanScope === 'none' ? 'No SCIM on any plan' : `JIT only, no SCIM (“${theirScimPlan}”)`);
      break;
    case 'named':
    case 'add-on':
      if (ourNoScim) add('scim', 'No SCIM on any plan', `SCIM from “${theirScimPlan}”`);
      else if (ourFirstScim && !planNamesMatch(ourFirstScim.name, theirScimPlan)) add('firstScimPlan', ourFirstScim.name, theirScimPlan);
      break;
    case 'all-plans':
    case 'all-paid-plans': {
      if (ourNoScim) add('scim', 'No SCIM on any plan', `SCIM on “${theirScimPlan}”`);
      const entry = provenance.scimPlanScope === 'all-plans' ? ladder[0] : ladder.find((plan) => plan.price?.model !== 'free');
      // Only a plan that states no SCIM below our first SCIM plan contradicts "every plan"; an unstated one does not.
      if (ourFirstScim && entry?.scim === false && ourFirstScim.rank > entry.rank) add('firstScimPlan', ourFirstScim.name, `${theirScimPlan} (SCIM on every ${provenance.scimPlanScope === 'all-plans' ? '' : 'paid '}plan)`);
      break;
    }
    case 'unknown':
      break;
  }

  const theirSsoPlan = provenance.ssoPlanName;
  if (theirSsoPlan && !isEveryPlanPhrase(theirSsoPlan)) {
    const ourFirstSso = ladder.find((plan) => plan.sso === true);
    if (ourFirstSso && !planNamesMatch(ourFirstSso.name, theirSsoPlan)) add('firstSsoPlan', ourFirstSso.name, theirSsoPlan);
    if (!ourFirstSso && ladder.length > 0 && ladder.every((plan) => plan.sso === false)) add('sso', 'No SSO on any plan', `SSO from “${theirSsoPlan}”`);
  }

  for (const stated of provenance.statedPrices) {
    const plan = ourPlanFor(stated, ours.plans);
    if (plan && pricesDisagree(plan.price, stated.figures)) add(`plans.${plan.name}.price`, describePrice(plan.price), theirPriceText(stated));
  }

  for (const capability of theirs.record.idps) {
    const ourCapability = ours.idps.find((candidate) => candidate.idp === capability.idp);
    if (capability.provisioning === null || !ourCapability || ourCapability.provisioning === null) continue;
    if ((capability.provisioning === 'scim') !== (ourCapability.provisioning === 'scim')) {
      const published = provenance.idpValues?.[capability.idp];
      add(`idps.${capability.idp}.provisioning`, ourCapability.provisioning, published ? `${capability.provisioning} (published as “${published}”)` : capability.provisioning);
    }
  }
  return conflicts;
}
