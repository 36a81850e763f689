import { describe, expect, it } from 'vitest';
import type { Plan, PricedApp } from '@/lib/catalog/types';
import { cheapestPlan, firstPlanWith } from '@/lib/pricing/cheapest-plan';
import { scimIncrease, UnknownPlanError } from '@/lib/pricing/scim-increase';
import { makeCapability, makePlan } from '../../support/make-plan';
import { seedApp } from '../../support/seed-fixtures';

const app = (plans: Plan[], idps = [makeCapability()]): PricedApp => ({ plans, idps });

describe('cheapestPlan', () => {
  it('prefers a priced SCIM plan over a quote-only one', () => {
    const enterprise = makePlan({ name: 'Enterprise', rank: 2, scim: true, price: { model: 'quote', currency: 'USD' } });
    const business = makePlan({ name: 'Business', rank: 1, scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 12 } });
    expect(cheapestPlan(app([enterprise, business]), { scim: true }, 10, 'monthly')?.plan.name).toBe('Business');
  });

  it('returns a quote-only plan when it is the only one that qualifies', () => {
    const enterprise = makePlan({ name: 'Enterprise', rank: 2, scim: true, price: { model: 'quote', currency: 'USD' } });
    const team = makePlan({ name: 'Team', rank: 1, scim: false, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 5 } });
    const result = cheapestPlan(app([team, enterprise]), { scim: true }, 10, 'monthly');
    expect(result?.plan.name).toBe('Enterprise');
    expect(result?.cost).toBeNull();
  });

  it('does not count a plan whose SCIM is not stated', () => {
    const unknown = makePlan({ name: 'Pro', rank: 1, scim: null, price: { model: 'free', currency: 'USD' } });
    expect(cheapestPlan(app([unknown]), { scim: true }, 10, 'monthly')).toBeNull();
  });

  it('follows hosting', () => {
    const cloud = makePlan({ name: 'Cloud', rank: 1, hosting: 'cloud', scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 1 } });
    const both = makePlan({ name: 'Both', rank: 2, hosting: 'both', scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 9 } });
    expect(cheapestPlan(app([cloud, both]), { scim: true, hosting: 'self-hosted' }, 10, 'monthly')?.plan.name).toBe('Both');
    expect(cheapestPlan(app([cloud, both]), { scim: true, hosting: 'cloud' }, 10, 'monthly')?.plan.name).toBe('Cloud');
  });

  it('needs the IdP to provision by SCIM and, when asked, to push groups', () => {
    const metabase = seedApp('metabase');
    expect(cheapestPlan(metabase, { idp: 'okta', pushGroups: true }, 10, 'monthly')?.plan.name).toBe('Pro');
    expect(cheapestPlan(metabase, { idp: 'entra' }, 10, 'monthly')?.plan.name).toBe('Pro');
    expect(cheapestPlan(metabase, { idp: 'entra', pushGroups: true }, 10, 'monthly')).toBeNull();
    expect(cheapestPlan(metabase, { idp: 'google' }, 10, 'monthly')).toBeNull(); // JIT only
    expect(cheapestPlan(metabase, { idp: 'jumpcloud' }, 10, 'monthly')).toBeNull(); // not stated
  });

  it('finds the first plan with SSO by rank', () => {
    expect(firstPlanWith(seedApp('metabase'), { sso: true })?.name).toBe('Pro');
  });
});

describe('scimIncrease', () => {
  const free = makePlan({ name: 'Free', rank: 0, scim: false, price: { model: 'free', currency: 'USD' } });
  const team = makePlan({ name: 'Team', rank: 1, scim: false, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 10 } });
  const business = makePlan({ name: 'Business', rank: 2, scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 25 } });
  const enterprise = makePlan({ name: 'Enterprise', rank: 3, scim: true, price: { model: 'quote', currency: 'USD' } });

  it('starts from the cheapest paid plan, not the free one', () => {
    const result = scimIncrease(app([free, team, business, enterprise]), 10, 'monthly');
    expect(result.base?.plan.name).toBe('Team');
    expect(result.scim?.plan.name).toBe('Business');
    expect(result.increase).toBe(1800);
  });

  it('starts from a named free plan when asked', () => {
    const result = scimIncrease(app([free, team, business]), 10, 'monthly', { fromPlan: 'free' });
    expect(result.base?.plan.name).toBe('Free');
    expect(result.increase).toBe(3000);
  });

  it('is 0 when the base plan already has SCIM', () => {
    const result = scimIncrease(app([business, enterprise]), 10, 'monthly');
    expect(result.scim?.plan.name).toBe('Business');
    expect(result.increase).toBe(0);
  });

  it('is unknown when the only SCIM plan above the base is quote-only', () => {
    const result = scimIncrease(app([team, enterprise]), 10, 'monthly');
    expect(result.scim?.plan.name).toBe('Enterprise');
    expect(result.scim?.cost).toBeNull();
    expect(result.increase).toBeNull();
  });

  it('has no base when no paid plan has a known price, and then picks the cheapest SCIM plan overall', () => {
    const result = scimIncrease(app([free, enterprise]), 10, 'monthly');
    expect(result.base).toBeNull();
    expect(result.scim?.plan.name).toBe('Enterprise');
    expect(result.increase).toBeNull();
  });

  it('has no SCIM plan when none offers it', () => {
    expect(scimIncrease(app([free, team]), 10, 'monthly').scim).toBeNull();
  });

  it('refuses an unknown plan name', () => {
    expect(() => scimIncrease(app([team]), 10, 'monthly', { fromPlan: 'Platinum' })).toThrow(UnknownPlanError);
  });
});
