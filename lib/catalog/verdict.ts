import { formatAnnual, formatIncrease } from '../format';
import { annualCost } from '../pricing/annual-cost';
import { scimIncrease } from '../pricing/scim-increase';
import { DISPLAYED_IDPS, IDP_SHORT_NAMES, idpSupportLevel } from './idps';
import { scimPosition } from './summary';
import type { AppRecord, Billing, IdpId } from './types';

export interface ScimMinimum {
  planName: string;
  annualCost: number;
  billing: Billing;
}

/** The least a team can pay per year for a plan with SCIM: the cheapest SCIM plan and billing at one user. */
export function minimumScimCost(app: Pick<AppRecord, 'plans'>): ScimMinimum | null {
  let best: ScimMinimum | null = null;
  for (const plan of app.plans.filter((candidate) => candidate.scim === true)) {
    for (const billing of ['annual', 'monthly'] as const) {
      const cost = annualCost(plan, 1, billing);
      if (cost && (!best || cost.amount < best.annualCost)) best = { planName: plan.name, annualCost: cost.amount, billing };
    }
  }
  return best;
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export interface Verdict {
  text: string;
  minimum: ScimMinimum | null;
  increaseAt10: number | null;
  /** Short form for titles: "Pro plan required", "Not offered", "Plan not stated". */
  short: string;
  /** Why there is no minimum although a plan has SCIM: every SCIM plan is a quote, none states a price, or a mix. */
  scimPriceGap: 'quote' | 'unstated' | 'mixed' | null;
}

/** A one-paragraph verdict computed from the record: which plan gates SCIM and for which IdPs it is partial. */
export function profileVerdict(app: Pick<AppRecord, 'name' | 'plans' | 'idps' | 'sso'>): Verdict {
  const position = scimPosition(app.plans);
  const sentences: string[] = [];
  const firstScim = [...app.plans].sort((a, b) => a.rank - b.rank).find((plan) => plan.scim === true);
  const minimum = minimumScimCost(app);
  const increase = scimIncrease(app, 10, 'monthly');
  const scimPrices = app.plans.filter((plan) => plan.scim === true).map((plan) => plan.price?.model ?? null);
  const scimPriceGap: Verdict['scimPriceGap'] = minimum
    ? null
    : scimPrices.length === 0
      ? null
      : scimPrices.every((model) => model === 'quote')
        ? 'quote'
        : scimPrices.every((model) => model === null)
          ? 'unstated'
          : 'mixed';
  let short: string;

  if (!firstScim) {
    short = position === 'not_offered' ? 'Not offered' : 'Plan not stated';
    sentences.push(
      position === 'not_offered'
        ? `${app.name} does not offer SCIM provisioning on any plan the sources list.`
        : `No source consulted states which ${app.name} plan includes SCIM provisioning.`,
    );
  } else {
    short = `${firstScim.name} plan required`;
    const where = {
      entry: ', its cheapest paid plan, so there is no SCIM tax',
      mid: '',
      enterprise: firstScim.price?.model === 'quote' ? ', a quote-only plan' : ', its top tier',
      not_offered: '',
      not_stated: '',
    }[position];
    sentences.push(`${app.name} offers SCIM provisioning from the ${firstScim.name} plan${where}.`);
    if (minimum) {
      const billingWords = minimum.billing === 'annual' ? 'billed annually' : 'billed monthly';
      sentences.push(`The least a team pays for a plan with SCIM is ${formatAnnual(minimum.annualCost)} (${minimum.planName}, ${billingWords}).`);
    } else if (scimPriceGap === 'quote') {
      sentences.push('No plan with SCIM has a public price: it takes a quote.');
    } else {
      // An unstated price is not a quote: no source says what it costs.
      sentences.push(scimPriceGap === 'unstated' ? 'No source consulted states the price of a plan with SCIM.' : 'The plans with SCIM are quote-only or have no stated price.');
    }
    if (increase.base && increase.scim && increase.increase !== null && increase.increase > 0) {
      sentences.push(`For 10 users on monthly billing, moving from ${increase.base.plan.name} to ${increase.scim.plan.name} costs ${formatIncrease(increase.increase)}.`);
    }
    if (app.sso.requiredForScim === true) sentences.push('SSO must be configured before SCIM can be turned on.');
  }

  const byLevel = (levels: string[]) =>
    DISPLAYED_IDPS.filter((idp) => levels.includes(idpSupportLevel(app.idps.find((capability) => capability.idp === idp)))).map(
      (idp: IdpId) => IDP_SHORT_NAMES[idp],
    );
  const full = byLevel(['full']);
  const usersOnly = byLevel(['users']);
  const scimOnly = byLevel(['scim']);
  const jit = byLevel(['jit']);
  const ssoOnly = byLevel(['sso']);
  if (full.length) sentences.push(`${list(full)} ${full.length > 1 ? 'provision' : 'provisions'} users and push groups.`);
  if (usersOnly.length) sentences.push(`${list(usersOnly)} ${usersOnly.length > 1 ? 'provision' : 'provisions'} users only, without group push.`);
  if (scimOnly.length) sentences.push(`${list(scimOnly)} ${scimOnly.length > 1 ? 'provision' : 'provisions'} by SCIM; group push is not stated.`);
  if (jit.length) sentences.push(`${list(jit)} ${jit.length > 1 ? 'create' : 'creates'} accounts just in time at sign-in only.`);
  if (ssoOnly.length) sentences.push(`${list(ssoOnly)} ${ssoOnly.length > 1 ? 'offer' : 'offers'} sign-in without provisioning.`);

  return { text: sentences.join(' '), minimum, increaseAt10: increase.increase, short, scimPriceGap };
}
