import { describe, expect, it } from 'vitest';
import { classifyStatus, deriveStatus, isAddOnPlan, STATUS_CLASSES, STATUS_LABELS, type StatusClass, type StatusRule } from '@/lib/catalog/status';
import type { IdpCapability, Plan, PricedApp } from '@/lib/catalog/types';
import { makeCapability, makePlan } from '../../support/make-plan';
import { curatedApps } from '../../support/open-data-fixtures';
import { seedApp } from '../../support/seed-fixtures';

const free = { model: 'free', currency: 'USD' } as const;
const seat = (monthlyPerSeat: number) => ({ model: 'per_seat', currency: 'USD', monthlyPerSeat }) as const;
const quote = { model: 'quote', currency: 'USD' } as const;
const ladder = (...plans: Partial<Plan>[]): Plan[] => plans.map((plan, rank) => makePlan({ name: `Plan ${rank}`, rank, ...plan }));
const app = (plans: Plan[], idps: IdpCapability[] = []): PricedApp => ({ plans, idps });
const noFeatures = { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null };

describe('status labels', () => {
  it('has one label per class, in the UX vocabulary', () => {
    expect(STATUS_CLASSES).toEqual(['no_tax', 'gated', 'partial', 'none', 'unknown']);
    expect(STATUS_LABELS).toEqual({ no_tax: 'No tax', gated: 'Gated', partial: 'Partial', none: 'No SCIM', unknown: 'Unknown' });
  });
});

describe('classifyStatus: each rule on a small hand-made app', () => {
  const okta = makeCapability({ idp: 'okta' });
  const entra = makeCapability({ idp: 'entra' });
  const googleNone = makeCapability({ idp: 'google', provisioning: 'none', features: noFeatures });
  const googleJit = makeCapability({ idp: 'google', provisioning: 'jit', features: noFeatures });

  const cases: [string, PricedApp, StatusClass, StatusRule][] = [
    // 1. no plan states SCIM
    ['JIT only: no SCIM anywhere, an IdP creates accounts at sign-in', app(ladder({ scim: false }), [googleJit]), 'partial', 'jit-only'],
    ['every plan states no SCIM', app(ladder({ scim: false, price: free }, { scim: false, price: seat(10) })), 'none', 'no-scim-on-any-plan'],
    ['no SCIM on any plan, even with an IdP API connector', app(ladder({ scim: false }), [okta]), 'none', 'no-scim-on-any-plan'],
    ['nothing stated', app(ladder({ scim: null }, { scim: false })), 'unknown', 'not-stated'],
    ['no plans at all', app([]), 'unknown', 'not-stated'],
    ['SCIM seen only at an IdP, plans silent', app(ladder({ scim: null }), [okta]), 'unknown', 'not-stated'],
    // 2. price rules
    ['SCIM only as a paid add-on', app(ladder({ scim: false, price: seat(10) }, { name: 'SCIM Settings (paid add-on)', scim: true })), 'gated', 'add-on-only'],
    ['SCIM on a separate product', app(ladder({ scim: false, price: seat(10) }, { name: 'Atlassian Guard (separate product)', scim: true })), 'gated', 'add-on-only'],
    ['SCIM on every plan', app(ladder({ scim: true, price: free }, { scim: true, price: seat(10) })), 'no_tax', 'every-plan'],
    ['SCIM on every plan, but every plan is a quote', app(ladder({ scim: true, price: quote }, { scim: true, price: quote })), 'gated', 'quote-only'],
    ['SCIM on the free plan below the team plan', app(ladder({ scim: true, price: free }, { scim: false, price: seat(10) })), 'no_tax', 'free-plan'],
    ['only free plans, one with SCIM', app(ladder({ scim: false, price: free }, { scim: true, price: free })), 'no_tax', 'free-plan'],
    ['SCIM on the cheapest paid plan', app(ladder({ scim: false, price: free }, { scim: true, price: seat(10) }, { scim: true, price: quote })), 'no_tax', 'team-plan'],
    ['SCIM on the team plan whose price is not stated', app(ladder({ scim: false, price: free }, { scim: true, price: null }, { scim: true })), 'no_tax', 'team-plan'],
    ['the cheapest paid plan is quote-only', app(ladder({ scim: false, price: free }, { scim: true, price: quote }, { scim: null })), 'gated', 'quote-only'],
    ['SCIM only on the enterprise plan', app(ladder({ scim: false, price: free }, { scim: false, price: seat(10) }, { scim: true, price: quote })), 'gated', 'above-team-plan'],
    ['the add-on is not the team plan', app(ladder({ scim: false, price: seat(5) }, { name: 'Team (add-on)', scim: true, price: seat(4) }, { scim: true, price: quote })), 'gated', 'above-team-plan'],
    ['the team plan does not say', app(ladder({ scim: null, price: seat(10) }, { scim: true, price: quote })), 'unknown', 'team-plan-not-stated'],
    // 3. partial, only where the price rules give no tax
    ['no tax, but only one IdP provisions while another is stated not to', app(ladder({ scim: true, price: seat(10) }), [okta, googleNone]), 'partial', 'single-idp'],
    ['no tax, one IdP provisions, the others unstated', app(ladder({ scim: true, price: seat(10) }), [okta, makeCapability({ idp: 'entra', provisioning: null, features: noFeatures })]), 'no_tax', 'every-plan'],
    [
      'no tax, but users are created and never deactivated',
      app(ladder({ scim: true, price: seat(10) }), [
        makeCapability({ idp: 'okta', features: { createUsers: true, updateUsers: true, deactivateUsers: false, pushGroups: null } }),
        makeCapability({ idp: 'entra', features: { createUsers: true, updateUsers: null, deactivateUsers: null, pushGroups: null } }),
      ]),
      'partial',
      'no-deactivation',
    ],
    [
      'deactivation unstated is not "no deactivation"',
      app(ladder({ scim: false, price: free }, { scim: true, price: seat(10) }), [okta, makeCapability({ idp: 'entra', features: { ...noFeatures, createUsers: true } })]),
      'no_tax',
      'team-plan',
    ],
    ['two IdPs and full features: no tax', app(ladder({ scim: true, price: seat(10) }), [okta, entra, googleJit]), 'no_tax', 'every-plan'],
    ['gated stays gated with a single IdP (price rules first)', app(ladder({ scim: false, price: seat(10) }, { scim: true, price: quote }), [okta, googleNone]), 'gated', 'above-team-plan'],
  ];
  it.each(cases.map(([label, input, status, rule]) => [label, status, rule, input] as const))('%s → %s (%s)', (_label, status, rule, input) => {
    expect(classifyStatus(input)).toMatchObject({ status, rule });
    expect(deriveStatus(input)).toBe(status);
  });

  it('orders plans by rank, not by array position', () => {
    const plans = [makePlan({ name: 'Enterprise', rank: 2, scim: true, price: quote }), makePlan({ name: 'Team', rank: 1, scim: false, price: seat(10) })];
    expect(classifyStatus(app(plans))).toEqual({ status: 'gated', rule: 'above-team-plan', firstScimPlan: 'Enterprise' });
  });

  it('recognises add-on plans by name', () => {
    expect(['SCIM (add-on)', 'Addon pack', 'Guard (separate product)', 'IAM (IT product, purchased separately)'].every((name) => isAddOnPlan({ name }))).toBe(true);
    expect(['Business', 'Additional seats', 'Enterprise'].some((name) => isAddOnPlan({ name }))).toBe(false);
  });
});

describe('classifyStatus on seeded profiles', () => {
  it.each<[string, StatusClass, StatusRule, string | null]>([
    // Open Source and Starter state no SCIM; Pro is the first SCIM plan, above the cheapest paid plan (Starter).
    ['metabase', 'gated', 'above-team-plan', 'Pro'],
    ['airtable', 'gated', 'above-team-plan', 'Business'],
    // Teams (the cheapest plan) states nothing about SCIM, so whether SCIM costs extra is not settled.
    ['1password', 'unknown', 'team-plan-not-stated', 'Business'],
    // Premium is the cheapest paid plan and has SCIM.
    ['gitlab', 'no_tax', 'team-plan', 'Premium'],
    ['salesforce', 'no_tax', 'every-plan', 'Free Suite'],
    // Auth0's free plan has SCIM, so a team can get it without paying.
    ['auth0', 'no_tax', 'free-plan', 'Free'],
    // A single quote-only plan.
    ['splunk', 'gated', 'quote-only', 'Splunk Cloud Platform'],
    // Every plan states no SCIM; IdPs provision through Zendesk's own API.
    ['zendesk', 'none', 'no-scim-on-any-plan', null],
    // No SCIM plan, no SCIM IdP, but Okta and Entra create accounts just in time.
    ['elastic', 'partial', 'jit-only', null],
    ['bamboohr', 'unknown', 'not-stated', null],
  ])('%s → %s (%s, first SCIM plan %s)', (slug, status, rule, firstScimPlan) => {
    expect(classifyStatus(seedApp(slug))).toEqual({ status, rule, firstScimPlan });
  });

  it('gives the 99 curated profiles these totals', () => {
    const totals = Object.fromEntries(STATUS_CLASSES.map((status) => [status, 0]));
    for (const record of curatedApps()) totals[deriveStatus(record)] = (totals[deriveStatus(record)] ?? 0) + 1;
    expect(totals).toEqual({ no_tax: 11, gated: 58, partial: 3, none: 7, unknown: 20 });
  });
});
