import { describe, expect, it } from 'vitest';
import type { IdpCapability } from '@/lib/catalog/types';
import { makeCapability, makePlan } from '../../support/make-plan';
import { acmePlans, diagnose, free, gapCodes, makeApp, perSeat, quote } from '../../support/make-diagnostic';

const features = (pushGroups: boolean | null) => ({ createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups });
const withCapability = (overrides: Partial<IdpCapability>) => makeApp({ idps: [makeCapability({ idp: 'okta', ...overrides })] });
const [freePlan = makePlan(), teamPlan = makePlan()] = acmePlans;

describe('gaps', () => {
  it('none when the current plan has SCIM and the IdP provisions it', () => {
    expect(diagnose(makeApp(), { currentPlan: 'Business' }).gaps).toEqual([]);
  });

  describe('scim_not_on_plan', () => {
    it('names the cheapest SCIM plan above the current one', () => {
      expect(diagnose(makeApp()).gaps).toEqual([{ code: 'scim_not_on_plan', message: 'SCIM needs the Business plan; Acme Team does not include it' }]);
    });

    it('names a cheaper plan over a lower-ranked one', () => {
      const scale = makePlan({ name: 'Scale', rank: 4, scim: true, price: perSeat(12) });
      expect(diagnose(makeApp({ plans: [...acmePlans, scale] })).gaps[0]?.message).toBe('SCIM needs the Scale plan; Acme Team does not include it');
    });

    it('says so when no higher plan has SCIM', () => {
      expect(diagnose(makeApp({ plans: [freePlan, teamPlan] })).gaps).toEqual([
        { code: 'scim_not_on_plan', message: 'SCIM is not on Acme Team, and no higher plan is stated to include it' },
      ]);
    });

    it('names a plan for another hosting when none fits, next to hosting_excluded', () => {
      const business = makePlan({ name: 'Business', rank: 2, hosting: 'cloud', scim: true, price: perSeat(25) });
      const gaps = diagnose(makeApp({ plans: [freePlan, business] }), { currentPlan: 'Free', hosting: 'self-hosted' }).gaps;
      expect(gaps[0]).toEqual({ code: 'scim_not_on_plan', message: 'SCIM needs the Business plan; Acme Free does not include it' });
    });
  });

  describe('unknown_capability', () => {
    it('when the current plan does not state SCIM', () => {
      const team = makePlan({ name: 'Team', rank: 1, scim: null, price: perSeat(10) });
      expect(diagnose(makeApp({ plans: [team, ...acmePlans.slice(2)] })).gaps).toEqual([
        { code: 'scim_not_on_plan', message: 'SCIM needs the Business plan; Acme Team is not stated to include it' },
        { code: 'unknown_capability', message: 'The catalog does not state whether Acme Team includes SCIM, so it is treated as not included' },
      ]);
    });

    it('when no plan above states SCIM', () => {
      const business = makePlan({ name: 'Business', rank: 2, scim: null, price: perSeat(25) });
      const enterprise = makePlan({ name: 'Enterprise', rank: 3, scim: null, price: quote });
      expect(diagnose(makeApp({ plans: [teamPlan, business, enterprise] })).gaps).toContainEqual({
        code: 'unknown_capability',
        message: 'The catalog does not state whether Acme Business and Enterprise include SCIM, so it is treated as not included',
      });
    });

    it.each([
      ['IdP not listed for the app', makeApp({ idps: [] })],
      ['IdP provisioning not stated', withCapability({ provisioning: null })],
    ])('when the %s', (_label, app) => {
      const result = diagnose(app, { currentPlan: 'Business' });
      expect(result.gaps).toEqual([
        { code: 'unknown_capability', message: 'The catalog does not state whether Okta provisions Acme by SCIM, so it is treated as not available' },
      ]);
      expect(result.recommendation.code).not.toBe('native');
    });

    it('when group sync is needed and group push is not stated', () => {
      const result = diagnose(withCapability({ features: features(null) }), { currentPlan: 'Business' }, { needGroupSync: true });
      expect(result.gaps).toEqual([
        { code: 'unknown_capability', message: 'The catalog does not state whether Okta pushes groups to Acme, so group sync is treated as not available' },
      ]);
      expect(result.recommendation.code).not.toBe('native');
    });

    it('not for group push when group sync is not needed', () => {
      expect(diagnose(withCapability({ features: features(null) }), { currentPlan: 'Business' }).gaps).toEqual([]);
    });
  });

  describe('idp_no_scim', () => {
    it.each([
      ['jit', 'Okta only creates Acme accounts just in time at sign-in; it does not provision Acme by SCIM'],
      ['none', 'Okta has no provisioning for Acme'],
    ] as const)('when provisioning is %s', (provisioning, message) => {
      expect(diagnose(withCapability({ provisioning }), { currentPlan: 'Business' }).gaps).toEqual([{ code: 'idp_no_scim', message }]);
    });
  });

  describe('idp_no_group_push', () => {
    it('when groups are needed and the IdP provisions users only', () => {
      expect(diagnose(withCapability({ features: features(false) }), { currentPlan: 'Business' }, { needGroupSync: true }).gaps).toEqual([
        { code: 'idp_no_group_push', message: 'Okta provisions Acme users only; it does not push groups' },
      ]);
    });

    it('not when groups are not needed', () => {
      expect(gapCodes(diagnose(withCapability({ features: features(false) }), { currentPlan: 'Business' }))).toEqual([]);
    });
  });

  describe('quote_only', () => {
    it('when the only qualifying upgrade plans are quote-only', () => {
      const enterprise = makePlan({ name: 'Enterprise', rank: 3, scim: true, price: quote });
      const elite = makePlan({ name: 'Elite', rank: 4, scim: true, price: quote });
      expect(diagnose(makeApp({ plans: [teamPlan, enterprise, elite] })).gaps).toContainEqual({
        code: 'quote_only',
        message: 'Acme Enterprise and Elite are quote-only, so the upgrade cost needs a quote from the vendor',
      });
    });

    it('says when a qualifying plan has no stated price', () => {
      const enterprise = makePlan({ name: 'Enterprise', rank: 3, scim: true, price: null });
      expect(diagnose(makeApp({ plans: [teamPlan, enterprise] })).gaps).toContainEqual({
        code: 'quote_only',
        message: 'Acme Enterprise is quote-only or without a stated price, so the upgrade cost needs a quote from the vendor',
      });
    });

    it('not when a priced plan qualifies, even beside a quote-only one', () => {
      expect(gapCodes(diagnose(makeApp()))).not.toContain('quote_only');
    });

    it('not when native SCIM already covers the app', () => {
      expect(gapCodes(diagnose(makeApp(), { currentPlan: 'Business' }))).not.toContain('quote_only');
    });
  });

  describe('hosting_excluded', () => {
    const cloudScimPlans = [
      makePlan({ name: 'Free', rank: 0, hosting: 'both', scim: false, price: free }),
      makePlan({ name: 'Business', rank: 2, hosting: 'cloud', scim: true, price: perSeat(25) }),
      makePlan({ name: 'Enterprise', rank: 3, hosting: 'cloud', scim: true, price: quote }),
    ];

    it('when SCIM plans exist but none fits the chosen hosting', () => {
      const result = diagnose(makeApp({ plans: cloudScimPlans }), { currentPlan: 'Free', hosting: 'self-hosted' });
      expect(result.gaps).toContainEqual({
        code: 'hosting_excluded',
        message: 'No Acme plan with SCIM is offered self-hosted: Business and Enterprise are offered in the cloud only',
      });
      expect(result.options.find((option) => option.code === 'upgrade')?.feasible).toBe(false);
    });

    it('takes the hosting from a single-hosting current plan when none is given', () => {
      const selfHosted = makePlan({ name: 'Community', rank: 0, hosting: 'self-hosted', scim: false, price: free });
      const result = diagnose(makeApp({ plans: [selfHosted, ...cloudScimPlans.slice(1)] }), { currentPlan: 'Community' });
      expect(result.hosting).toBe('self-hosted');
      expect(gapCodes(result)).toContain('hosting_excluded');
    });

    it('not when the hosting is open and a plan is offered for both', () => {
      const result = diagnose(makeApp({ plans: cloudScimPlans }), { currentPlan: 'Free' });
      expect(result.hosting).toBeNull();
      expect(gapCodes(result)).not.toContain('hosting_excluded');
    });
  });

  describe('sso_required_first', () => {
    const ssoFirst = makeApp({ sso: { requiredForScim: true } });
    const message = 'Acme needs SSO set up with Okta before SCIM can be turned on';

    it.each([
      ['native', { currentPlan: 'Business' }, {}],
      ['upgrade', {}, { requireAutomatedDeprovisioning: true }],
    ])('is added when the recommendation is %s', (code, input, questionnaire) => {
      const result = diagnose(ssoFirst, input, questionnaire);
      expect(result.recommendation.code).toBe(code);
      expect(result.gaps).toContainEqual({ code: 'sso_required_first', message });
    });

    it.each([
      ['manual', {}, {}],
      ['outside', { alternativeAnnualCost: 100 }, { requireAutomatedDeprovisioning: true }],
    ])('is left out when the recommendation is %s', (code, input, questionnaire) => {
      const result = diagnose(ssoFirst, input, questionnaire);
      expect(result.recommendation.code).toBe(code);
      expect(gapCodes(result)).not.toContain('sso_required_first');
    });

    it.each([false, null])('is left out when requiredForScim is %s', (requiredForScim) => {
      expect(gapCodes(diagnose(makeApp({ sso: { requiredForScim } }), { currentPlan: 'Business' }))).toEqual([]);
    });
  });

  it('lists plan gaps before IdP gaps, and SSO last', () => {
    const app = makeApp({ sso: { requiredForScim: true }, idps: [makeCapability({ features: features(false) })] });
    const enterprise = makePlan({ name: 'Enterprise', rank: 3, scim: true, price: quote });
    const result = diagnose({ ...app, plans: [teamPlan, enterprise] }, {}, { needGroupSync: false, requireAutomatedDeprovisioning: true });
    expect(gapCodes(result)).toEqual(['scim_not_on_plan', 'quote_only']);
    const withGroups = diagnose({ ...app, plans: [teamPlan, enterprise] }, {}, { needGroupSync: true, requireAutomatedDeprovisioning: true });
    expect(gapCodes(withGroups)).toEqual(['scim_not_on_plan', 'idp_no_group_push']);
    const unstatedTeam = makePlan({ name: 'Team', rank: 1, scim: null, price: perSeat(10) });
    const upgrade = diagnose({ ...app, plans: [unstatedTeam, ...acmePlans.slice(2)] }, {}, { requireAutomatedDeprovisioning: true });
    expect(gapCodes(upgrade)).toEqual(['scim_not_on_plan', 'unknown_capability', 'sso_required_first']);
  });
});
