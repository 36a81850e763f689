import { describe, expect, it } from 'vitest';
import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import { sumTotals } from '@/lib/diagnostic/totals';
import type { AppDiagnostic, OptionCode } from '@/lib/diagnostic/types';
import { makePlan } from '../../support/make-plan';
import { acmePlans, makeApp, quote } from '../../support/make-diagnostic';

const row = (code: OptionCode, current: number | null, extra: number | null, manual: number, currency = 'USD') => ({
  currentAnnualCost: current,
  manualAnnualCost: manual,
  currency,
  recommendation: { code, extraAnnualCost: extra, title: '', reasons: [] },
});

describe('sumTotals', () => {
  it('sums known costs and counts unknown ones instead of adding them as 0', () => {
    const totals = sumTotals([row('native', 6000, 0, 180), row('upgrade', 600, 5400, 540), row('outside', null, null, 1080), row('manual', 0.1, 0.2, 0.3)]);
    expect(totals).toEqual({
      currentAnnual: 6600.1,
      currentAnnualUnknownCount: 1,
      recommendedExtraAnnual: 5400.2,
      recommendedExtraUnknownCount: 1,
      manualAnnual: 1800.3,
      byRecommendation: { native: 1, upgrade: 1, outside: 1, manual: 1 },
      appCount: 4,
      currency: 'USD',
    });
  });

  it('stays exact to the cent over many apps', () => {
    const totals = sumTotals(Array.from({ length: 500 }, () => row('manual', 0.1, 0.7, 0.3)));
    expect(totals.currentAnnual).toBe(50);
    expect(totals.recommendedExtraAnnual).toBe(350);
    expect(totals.manualAnnual).toBe(150);
  });

  it('is all zeros for no apps', () => {
    expect(sumTotals([])).toMatchObject({ currentAnnual: 0, recommendedExtraAnnual: 0, manualAnnual: 0, appCount: 0, currency: 'USD' });
  });

  it('has no single currency when the stack mixes them', () => {
    expect(sumTotals([row('native', 1, 0, 1, 'USD'), row('native', 1, 0, 1, 'EUR')]).currency).toBeNull();
  });
});

describe('stack totals from evaluateDiagnostic', () => {
  it('adds up a three-app stack, manual labour whether or not it is allowed', () => {
    const acme = makeApp();
    const quoted = makeApp({
      slug: 'quoted',
      name: 'Quoted',
      plans: [makePlan({ name: 'Enterprise', rank: 0, scim: false, price: quote }), makePlan({ name: 'Max', rank: 1, scim: true, price: quote })],
    });
    const catalog = new Map([
      [acme.slug, acme],
      [quoted.slug, quoted],
    ]);
    const result = evaluateDiagnostic(
      {
        idp: 'okta',
        needGroupSync: false,
        requireAutomatedDeprovisioning: true,
        apps: [
          { slug: 'acme', currentPlan: 'Business', users: 10 }, // native, $3,000 today, manual 1 change = $180
          { slug: 'acme', currentPlan: 'Team', users: 100 }, // upgrade: $30,000 − $12,000 = +$18,000, manual 3 changes = $540
          { slug: 'quoted', currentPlan: 'Enterprise', users: 10, changesPerMonth: 2 }, // quote needed, manual $360
        ],
      },
      catalog,
    );
    expect(result.apps.map((app) => app.recommendation.code)).toEqual(['native', 'upgrade', 'outside']);
    expect(result.totals).toEqual({
      currentAnnual: 15000,
      currentAnnualUnknownCount: 1,
      recommendedExtraAnnual: 18000,
      recommendedExtraUnknownCount: 1,
      manualAnnual: 1080,
      byRecommendation: { native: 1, upgrade: 1, outside: 1, manual: 0 },
      appCount: 3,
      currency: 'USD',
    });
    expect(result.settings).toEqual({
      idp: 'okta',
      needGroupSync: false,
      requireAutomatedDeprovisioning: true,
      minutesPerChange: 15,
      hourlyCost: 60,
      billing: 'monthly',
    });
  });

  it('keeps apps in request order with their own figures', () => {
    const acme = makeApp({ plans: acmePlans });
    const result = evaluateDiagnostic(
      { idp: 'okta', needGroupSync: false, requireAutomatedDeprovisioning: false, apps: [{ slug: 'acme', currentPlan: 'Team', users: 7 }] },
      new Map([[acme.slug, acme]]),
    );
    const [app] = result.apps as AppDiagnostic[];
    expect(app).toMatchObject({ slug: 'acme', name: 'Acme', currentPlan: 'Team', users: 7, changesPerMonth: 1, currentAnnualCost: 840, manualAnnualCost: 180, currency: 'USD', hosting: 'cloud' });
  });
});
