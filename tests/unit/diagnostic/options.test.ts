import { describe, expect, it } from 'vitest';
import type { IdpCapability } from '@/lib/catalog/types';
import { defaultChangesPerMonth } from '@/lib/diagnostic/defaults';
import { manualAnnualCost, manualArithmetic } from '@/lib/diagnostic/manual-cost';
import { makeCapability, makePlan } from '../../support/make-plan';
import { acmePlans, diagnose, flat, makeApp, optionOf, perSeat, quote } from '../../support/make-diagnostic';

const withCapability = (overrides: Partial<IdpCapability>) => makeApp({ idps: [makeCapability({ idp: 'okta', ...overrides })] });
const features = (pushGroups: boolean | null) => ({ createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups });

describe('native option', () => {
  it('costs nothing extra when the current plan has SCIM and the IdP provisions by SCIM', () => {
    const native = optionOf(diagnose(makeApp(), { currentPlan: 'Business' }), 'native');
    expect(native).toEqual({
      code: 'native',
      feasible: true,
      extraAnnualCost: 0,
      plan: 'Business',
      explanation: 'Already covered: Business includes SCIM and Okta provisions Acme by SCIM',
    });
  });

  it('stays free when today’s plan is a quote', () => {
    const native = optionOf(diagnose(makeApp(), { currentPlan: 'Enterprise' }), 'native');
    expect(native.feasible).toBe(true);
    expect(native.extraAnnualCost).toBe(0);
  });

  it('with group sync needs the IdP to push groups', () => {
    const native = optionOf(diagnose(withCapability({ features: features(true) }), { currentPlan: 'Business' }, { needGroupSync: true }), 'native');
    expect(native.feasible).toBe(true);
    expect(native.explanation).toBe('Already covered: Business includes SCIM and Okta provisions Acme by SCIM, groups included');
  });

  it.each([
    ['the plan has no SCIM', makeApp(), 'Team', false, 'No native path: Team does not include SCIM'],
    [
      'the plan does not state SCIM',
      makeApp({ plans: [makePlan({ name: 'Team', rank: 1, scim: null, price: perSeat(10) })] }),
      'Team',
      false,
      'No native path: the catalog does not state that Team includes SCIM',
    ],
    ['the IdP is JIT only', withCapability({ provisioning: 'jit' }), 'Business', false, 'No native path: Okta only creates Acme accounts at first sign-in (JIT), not by SCIM'],
    ['the IdP has no provisioning', withCapability({ provisioning: 'none' }), 'Business', false, 'No native path: Okta has no provisioning for Acme'],
    ['the IdP provisioning is not stated', withCapability({ provisioning: null }), 'Business', false, 'No native path: the catalog does not state that Okta provisions Acme by SCIM'],
    ['the IdP is not in the catalog for this app', makeApp({ idps: [] }), 'Business', false, 'No native path: the catalog does not state that Okta provisions Acme by SCIM'],
    ['groups are needed and the IdP pushes none', withCapability({ features: features(false) }), 'Business', true, 'No native path: Okta provisions Acme users only, not groups'],
    ['groups are needed and group push is not stated', withCapability({ features: features(null) }), 'Business', true, 'No native path: the catalog does not state that Okta pushes groups to Acme'],
    [
      'both the plan and the IdP fall short',
      withCapability({ provisioning: 'jit' }),
      'Team',
      false,
      'No native path: Team does not include SCIM; Okta only creates Acme accounts at first sign-in (JIT), not by SCIM',
    ],
  ] as const)('is not feasible when %s', (_label, app, currentPlan, needGroupSync, explanation) => {
    const native = optionOf(diagnose(app, { currentPlan }, { needGroupSync }), 'native');
    expect(native).toEqual({ code: 'native', feasible: false, extraAnnualCost: null, explanation });
  });

  it('ignores group push when group sync is not needed', () => {
    expect(optionOf(diagnose(withCapability({ features: features(false) }), { currentPlan: 'Business' }), 'native').feasible).toBe(true);
    expect(optionOf(diagnose(withCapability({ features: features(null) }), { currentPlan: 'Business' }), 'native').feasible).toBe(true);
  });
});

describe('upgrade option', () => {
  it('moves to the cheapest SCIM plan above the current one: Team → Business at 10 users = +$1,800/yr', () => {
    expect(optionOf(diagnose(makeApp()), 'upgrade')).toEqual({
      code: 'upgrade',
      feasible: true,
      extraAnnualCost: 1800,
      plan: 'Business',
      explanation: 'Upgrade to Business for 10 users billed monthly: $3,000/yr − $1,200/yr for Team today = +$1,800/yr',
    });
  });

  it('picks by annual cost at this team size, not by rank', () => {
    const scale = makePlan({ name: 'Scale', rank: 4, hosting: 'cloud', scim: true, price: flat(150) });
    const upgrade = optionOf(diagnose(makeApp({ plans: [...acmePlans, scale] })), 'upgrade');
    expect(upgrade.plan).toBe('Scale');
    expect(upgrade.extraAnnualCost).toBe(600); // 12 × $150 − $1,200
  });

  it('only considers plans ranked above the current plan', () => {
    const legacy = makePlan({ name: 'Legacy', rank: 0, scim: true, price: perSeat(1) });
    const team = makePlan({ name: 'Team', rank: 1, scim: false, price: perSeat(10) });
    const business = makePlan({ name: 'Business', rank: 2, scim: true, price: perSeat(25) });
    expect(optionOf(diagnose(makeApp({ plans: [legacy, team, business] })), 'upgrade').plan).toBe('Business');
  });

  it('only considers plans whose hosting fits', () => {
    const upgrade = optionOf(diagnose(makeApp(), { currentPlan: 'Free', hosting: 'self-hosted' }), 'upgrade');
    expect(upgrade.plan).toBe('Enterprise'); // Business is cloud only
    expect(upgrade.extraAnnualCost).toBeNull();
  });

  it('needs the IdP to meet the needs on the new plan', () => {
    const upgrade = optionOf(diagnose(withCapability({ features: features(false) }), {}, { needGroupSync: true }), 'upgrade');
    expect(upgrade).toEqual({
      code: 'upgrade',
      feasible: false,
      extraAnnualCost: null,
      explanation: 'No upgrade path: Okta provisions Acme users only, not groups',
    });
  });

  it('is feasible with an unknown extra when every qualifying plan is quote-only', () => {
    const business = makePlan({ name: 'Business', rank: 2, scim: true, price: quote });
    const upgrade = optionOf(diagnose(makeApp({ plans: [acmePlans[1] ?? makePlan(), business] })), 'upgrade');
    expect(upgrade).toEqual({
      code: 'upgrade',
      feasible: true,
      extraAnnualCost: null,
      plan: 'Business',
      explanation: 'Upgrade to Business: quote-only, so the extra cost needs a quote',
    });
  });

  it('prefers a priced plan over a quote-only one', () => {
    expect(optionOf(diagnose(makeApp()), 'upgrade').plan).toBe('Business');
  });

  it.each([
    ['a quote', quote, "Upgrade to Business for 10 users billed monthly: $3,000/yr, but today's Team price is a quote, so the extra cost is unknown"],
    ['not stated', null, "Upgrade to Business for 10 users billed monthly: $3,000/yr, but today's Team price is not stated, so the extra cost is unknown"],
  ] as const)('has an unknown extra when today’s price is %s', (_label, price, explanation) => {
    const team = makePlan({ name: 'Team', rank: 1, scim: false, price });
    const upgrade = optionOf(diagnose(makeApp({ plans: [team, ...acmePlans.slice(2)] })), 'upgrade');
    expect(upgrade).toMatchObject({ feasible: true, extraAnnualCost: null, plan: 'Business', explanation });
  });

  it('reports a saving as a negative extra', () => {
    const team = makePlan({ name: 'Team', rank: 1, scim: false, price: perSeat(40) });
    const business = makePlan({ name: 'Business', rank: 2, scim: true, price: flat(300) });
    expect(optionOf(diagnose(makeApp({ plans: [team, business] })), 'upgrade').extraAnnualCost).toBe(-1200);
  });

  it('says when no plan above has SCIM', () => {
    const upgrade = optionOf(diagnose(makeApp({ plans: acmePlans.slice(0, 2) })), 'upgrade');
    expect(upgrade.feasible).toBe(false);
    expect(upgrade.explanation).toBe('No upgrade path: no plan above Team is stated to include SCIM');
  });

  it('says when SCIM plans exist but none fits the hosting', () => {
    const plans = [acmePlans[0] ?? makePlan(), makePlan({ name: 'Business', rank: 2, hosting: 'cloud', scim: true, price: perSeat(25) })];
    const upgrade = optionOf(diagnose(makeApp({ plans }), { currentPlan: 'Free', hosting: 'self-hosted' }), 'upgrade');
    expect(upgrade.explanation).toBe('No upgrade path: no plan above Free with SCIM is offered self-hosted');
  });

  it('uses annual figures on annual billing and says when it falls back', () => {
    const pro = makePlan({
      name: 'Pro',
      rank: 2,
      scim: true,
      price: { model: 'base_plus_seats', currency: 'USD', monthlyBase: 500, includedSeats: 10, monthlyPerExtraSeat: 10, annualBase: 5400, annualPerExtraSeat: 108 },
    });
    const team = makePlan({ name: 'Team', rank: 1, scim: false, price: perSeat(5) });
    const annual = optionOf(diagnose(makeApp({ plans: [team, pro] }), { users: 25 }, { billing: 'annual' }), 'upgrade');
    expect(annual.extraAnnualCost).toBe(5520); // $5,400 + 15 × $108 − 25 × $5 × 12
    const enterprise = makePlan({ name: 'Enterprise', rank: 2, scim: true, price: { model: 'annual_minimum', currency: 'USD', annualMinimum: 15000 } });
    const fallback = optionOf(diagnose(makeApp({ plans: [team, enterprise] })), 'upgrade');
    expect(fallback.explanation).toBe(
      'Upgrade to Enterprise for 10 users billed monthly (no monthly price stated, annual figure used): $15,000/yr − $600/yr for Team today = +$14,400/yr',
    );
  });
});

describe('outside option', () => {
  it.each([
    [3000, 3000, 'Automation outside the app: $3,000/yr as stated'],
    [0, 0, 'Automation outside the app: $0/yr as stated'],
    [1234.5, 1234.5, 'Automation outside the app: $1,234.50/yr as stated'],
    [undefined, null, 'Automation outside the app: no cost given, so it needs a quote'],
  ])('alternative %s → extra %s', (alternativeAnnualCost, extra, explanation) => {
    const outside = optionOf(diagnose(makeApp(), { alternativeAnnualCost }), 'outside');
    expect(outside).toEqual({ code: 'outside', feasible: true, extraAnnualCost: extra, explanation });
  });
});

describe('manual option', () => {
  it.each([
    // [changes per month, minutes per change, hourly cost, annual cost]
    [3, 15, 60, 540],
    [1, 15, 60, 180],
    [6, 15, 60, 1080],
    [2, 20, 45, 360],
    [0.5, 10, 90, 90],
    [0, 15, 60, 0],
    [7, 7, 33.33, 326.63], // 7 × 12 × 7 ÷ 60 × 33.33 = 326.634, kept to the cent
    [3000, 15, 60, 540_000],
  ])('%s changes × 12 × %s min ÷ 60 × $%s/h = $%s', (changesPerMonth, minutesPerChange, hourlyCost, expected) => {
    expect(manualAnnualCost({ changesPerMonth, minutesPerChange, hourlyCost })).toBe(expected);
  });

  it('writes the arithmetic out', () => {
    expect(manualArithmetic({ changesPerMonth: 3, minutesPerChange: 15, hourlyCost: 60 })).toBe('3 changes a month × 12 × 15 min ÷ 60 × $60/h = $540/yr');
    expect(manualArithmetic({ changesPerMonth: 1, minutesPerChange: 20, hourlyCost: 57.5 })).toBe('1 change a month × 12 × 20 min ÷ 60 × $57.50/h = $230/yr');
  });

  it.each([
    [1, 1],
    [10, 1],
    [33, 1],
    [34, 2],
    [100, 3],
    [101, 4],
    [167, 6],
    [1000, 30],
    [100_000, 3000],
  ])('defaults to 3%% of %i users rounded up, at least 1: %i', (users, expected) => {
    expect(defaultChangesPerMonth(users)).toBe(expected);
    expect(diagnose(makeApp(), { users }).changesPerMonth).toBe(expected);
  });

  it('uses the questionnaire defaults: 15 minutes a change at $60 an hour', () => {
    const result = diagnose(makeApp(), { users: 100 });
    expect(optionOf(result, 'manual')).toEqual({
      code: 'manual',
      feasible: true,
      extraAnnualCost: 540,
      explanation: 'Manual work: 3 changes a month × 12 × 15 min ÷ 60 × $60/h = $540/yr',
    });
    expect(result.manualAnnualCost).toBe(540);
  });

  it('uses the answers given', () => {
    const result = diagnose(makeApp(), { changesPerMonth: 4 }, { minutesPerChange: 30, hourlyCost: 80 });
    expect(optionOf(result, 'manual').extraAnnualCost).toBe(1920);
  });

  it('is not feasible when automated deprovisioning is required, and keeps its cost', () => {
    const manual = optionOf(diagnose(makeApp(), { users: 100 }, { requireAutomatedDeprovisioning: true }), 'manual');
    expect(manual).toEqual({
      code: 'manual',
      feasible: false,
      extraAnnualCost: 540,
      explanation: 'Manual work: 3 changes a month × 12 × 15 min ÷ 60 × $60/h = $540/yr, ruled out because automated deprovisioning is required',
    });
  });
});

describe('options list', () => {
  it('always has the four options in order', () => {
    expect(diagnose(makeApp()).options.map((option) => option.code)).toEqual(['native', 'upgrade', 'outside', 'manual']);
  });
});
