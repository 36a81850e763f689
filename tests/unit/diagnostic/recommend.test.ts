import { describe, expect, it } from 'vitest';
import { chooseRecommendation } from '@/lib/diagnostic/recommend';
import type { OptionCode } from '@/lib/diagnostic/types';
import { makeCapability, makePlan } from '../../support/make-plan';
import { acmePlans, diagnose, makeApp, perSeat, quote } from '../../support/make-diagnostic';

/** null = not feasible; a number or 'unknown' = feasible with that extra cost. */
type Cell = number | 'unknown' | null;
const options = (native: boolean, upgrade: Cell, outside: Cell, manual: Cell) => {
  const cell = (value: Cell) => ({ feasible: value !== null, extraAnnualCost: typeof value === 'number' ? value : null });
  return { native: { feasible: native, extraAnnualCost: native ? 0 : null }, upgrade: cell(upgrade), outside: cell(outside), manual: cell(manual) };
};

describe('chooseRecommendation', () => {
  it.each<[string, boolean, Cell, Cell, Cell, OptionCode, boolean]>([
    // [rule, native feasible, upgrade, outside, manual, recommended, quote needed]
    ['native wins whenever it is feasible', true, 0, 0, 0, 'native', false],
    ['native wins even over an unknown-cost field', true, 'unknown', 'unknown', null, 'native', false],
    ['lowest known extra wins', false, 5400, 3000, null, 'outside', false],
    ['lowest known extra wins: manual', false, 5400, 'unknown', 180, 'manual', false],
    ['lowest known extra wins: upgrade', false, 100, 3000, 180, 'upgrade', false],
    ['a saving beats every cost', false, -1200, 0, 0, 'upgrade', false],
    ['tie: upgrade before outside before manual', false, 100, 100, 100, 'upgrade', false],
    ['tie: upgrade before outside', false, 100, 100, 200, 'upgrade', false],
    ['tie: upgrade before manual', false, 100, 'unknown', 100, 'upgrade', false],
    ['tie: outside before manual', false, null, 100, 100, 'outside', false],
    ['tie at zero: outside before manual', false, 'unknown', 0, 0, 'outside', false],
    ['an unknown cost never beats a known one', false, 'unknown', 'unknown', 1_000_000, 'manual', false],
    ['an infeasible option never wins, however cheap', false, 5400, 'unknown', null, 'upgrade', false],
    ['no known cost: outside, pending a quote', false, 'unknown', 'unknown', null, 'outside', true],
    ['no upgrade and no alternative cost: outside, pending a quote', false, null, 'unknown', null, 'outside', true],
  ])('%s', (_rule, native, upgrade, outside, manual, code, isQuoteNeeded) => {
    expect(chooseRecommendation(options(native, upgrade, outside, manual))).toEqual({ code, isQuoteNeeded });
  });

  it('ignores a cheap manual option when it is ruled out', () => {
    const choice = chooseRecommendation({ ...options(false, 5400, null, null), manual: { feasible: false, extraAnnualCost: 10 } });
    expect(choice.code).toBe('upgrade');
  });
});

describe('recommendation titles and reasons', () => {
  it('native: already covered, with the plan and IdP named', () => {
    const { recommendation } = diagnose(makeApp(), { currentPlan: 'Business' });
    expect(recommendation).toEqual({
      code: 'native',
      plan: 'Business',
      extraAnnualCost: 0,
      title: 'Already covered: Business has SCIM with Okta',
      reasons: ['Business includes SCIM and Okta provisions Acme by SCIM', '$0/yr on top of $3,000/yr for Business today'],
    });
  });

  it('native on a quote-priced plan says today’s price is a quote', () => {
    const { recommendation } = diagnose(makeApp(), { currentPlan: 'Enterprise' });
    expect(recommendation.reasons).toContain("$0/yr on top of today's Enterprise price (a quote)");
  });

  it('upgrade: shows the arithmetic and how the other options compare', () => {
    const { recommendation } = diagnose(makeApp(), { users: 10, alternativeAnnualCost: 2000 }, { requireAutomatedDeprovisioning: true });
    expect(recommendation).toEqual({
      code: 'upgrade',
      plan: 'Business',
      extraAnnualCost: 1800,
      title: 'Upgrade to Business: +$1,800/yr',
      reasons: [
        'No native path: Team does not include SCIM',
        'Business is the cheapest plan above Team with SCIM that Okta can provision in the cloud',
        'Business for 10 users billed monthly: $3,000/yr − $1,200/yr for Team today = +$1,800/yr',
        'Automation outside the app: $2,000/yr as stated',
        'Manual work: 1 change a month × 12 × 15 min ÷ 60 × $60/h = $180/yr, ruled out because automated deprovisioning is required',
      ],
    });
  });

  it('upgrade with a saving says so with a minus sign', () => {
    const plans = [makePlan({ name: 'Team', rank: 1, scim: false, price: perSeat(40) }), makePlan({ name: 'Business', rank: 2, scim: true, price: perSeat(30) })];
    const { recommendation } = diagnose(makeApp({ plans }), {}, { requireAutomatedDeprovisioning: true });
    expect(recommendation.title).toBe('Upgrade to Business: −$1,200/yr');
  });

  it('outside: the stated cost', () => {
    const { recommendation } = diagnose(makeApp(), { alternativeAnnualCost: 1500 }, { requireAutomatedDeprovisioning: true });
    expect(recommendation).toMatchObject({ code: 'outside', extraAnnualCost: 1500, title: 'Automate outside the app: +$1,500/yr' });
    expect(recommendation).not.toHaveProperty('plan');
    expect(recommendation.reasons).toContain('The stated cost of automating outside the app is $1,500/yr');
  });

  it('manual: admin time per year, with the arithmetic as a reason', () => {
    const { recommendation } = diagnose(makeApp(), { users: 200 });
    expect(recommendation).toMatchObject({ code: 'manual', extraAnnualCost: 1080, title: 'Stay manual: $1,080/yr of admin time' });
    expect(recommendation.reasons).toContain('6 changes a month × 12 × 15 min ÷ 60 × $60/h = $1,080/yr');
  });

  it('quote needed: nothing with a known cost meets the needs', () => {
    const plans = [acmePlans[1] ?? makePlan(), makePlan({ name: 'Enterprise', rank: 3, scim: true, price: quote })];
    const { recommendation } = diagnose(makeApp({ plans }), {}, { requireAutomatedDeprovisioning: true });
    expect(recommendation).toEqual({
      code: 'outside',
      extraAnnualCost: null,
      title: 'Quote needed',
      reasons: [
        'No option with a known cost meets the needs, so a quote is needed',
        'No native path: Team does not include SCIM',
        'Upgrade to Enterprise: quote-only, so the extra cost needs a quote',
        'Automation outside the app: no cost given, so it needs a quote',
        'Manual work: 1 change a month × 12 × 15 min ÷ 60 × $60/h = $180/yr, ruled out because automated deprovisioning is required',
      ],
    });
  });

  it.each([
    [false, 'Okta does not deactivate Acme users by SCIM, so offboarding still needs a manual step'],
    [null, 'The catalog does not state that Okta deactivates Acme users; check it before relying on SCIM for offboarding'],
  ])('warns when deprovisioning is required and deactivation is %s', (deactivateUsers, caution) => {
    const app = makeApp({ idps: [makeCapability({ features: { createUsers: true, updateUsers: true, deactivateUsers, pushGroups: true } })] });
    expect(diagnose(app, { currentPlan: 'Business' }, { requireAutomatedDeprovisioning: true }).recommendation.reasons).toContain(caution);
    expect(diagnose(app, { currentPlan: 'Business' }, { requireAutomatedDeprovisioning: false }).recommendation.reasons).not.toContain(caution);
  });

  it('never uses exclamation marks', () => {
    for (const input of [{ currentPlan: 'Business' }, {}, { users: 500 }, { alternativeAnnualCost: 10 }]) {
      const { recommendation, gaps, options } = diagnose(makeApp(), input, { requireAutomatedDeprovisioning: 'users' in input ? false : true });
      const text = [recommendation.title, ...recommendation.reasons, ...gaps.map((gap) => gap.message), ...options.map((option) => option.explanation)];
      expect(text.join(' ')).not.toContain('!');
    }
  });
});
