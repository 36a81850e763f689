import { describe, expect, it } from 'vitest';
import type { Price } from '@/lib/catalog/types';
import { findConflicts, pricesDisagree } from '@/lib/open-data/find-conflicts';
import { parseOpenData } from '@/lib/open-data/parse-open-data';
import type { PriceFigures } from '@/lib/open-data/price-text';
import type { ImportedVendor } from '@/lib/open-data/types';
import { makeCapability, makePlan } from '../../support/make-plan';
import { openDataText } from '../../support/open-data-fixtures';
import { seedApp } from '../../support/seed-fixtures';

const figures = (overrides: Partial<PriceFigures>): PriceFigures => ({
  currency: 'USD',
  perUserMonthly: null,
  baseMonthly: null,
  annualMinimum: null,
  isFree: false,
  isQuote: false,
  isApproximate: false,
  basis: 'unstated',
  ...overrides,
});
const perSeat = (monthlyPerSeat: number | null, annualPerSeat?: number): Price => ({ model: 'per_seat', currency: 'USD', monthlyPerSeat, annualPerSeat });
const metabasePro: Price = { model: 'base_plus_seats', currency: 'USD', monthlyBase: 500, includedSeats: 10, monthlyPerExtraSeat: 10, annualBase: 5400, annualPerExtraSeat: 108 };

describe('pricesDisagree', () => {
  it.each<[string, Price | null, PriceFigures | null, boolean]>([
    ['unknown on our side is a gap, not a conflict', null, figures({ perUserMonthly: 10 }), false],
    ['unknown on their side is a gap, not a conflict', perSeat(10), null, false],
    ['a text with no figure says nothing', perSeat(10), figures({}), false],
    ['quote vs quote', { model: 'quote', currency: 'USD' }, figures({ isQuote: true }), false],
    ['quote vs a figure', { model: 'quote', currency: 'USD' }, figures({ perUserMonthly: 10 }), true],
    ['a figure vs their quote', perSeat(10), figures({ isQuote: true }), true],
    ['free vs free', { model: 'free', currency: 'USD' }, figures({ isFree: true }), false],
    ['a price vs their free', perSeat(10), figures({ isFree: true }), true],
    ['same per-user figure', perSeat(10), figures({ perUserMonthly: 10 }), false],
    ['their unstated billing matches our annual figure', perSeat(15, 150), figures({ perUserMonthly: 12.5 }), false],
    ['their unstated billing matches our monthly figure', perSeat(15, 150), figures({ perUserMonthly: 15 }), false],
    ['their annual figure is compared with our annual one only', perSeat(15, 150), figures({ perUserMonthly: 15, basis: 'annual' }), true],
    ['their annual figure falls back to our monthly one', perSeat(15), figures({ perUserMonthly: 15, basis: 'annual' }), false],
    ['their monthly figure is compared with our monthly one', perSeat(15, 150), figures({ perUserMonthly: 12.5, basis: 'monthly' }), true],
    ['rounding within half a percent', perSeat(null, 29.94), figures({ perUserMonthly: 2.5, basis: 'annual' }), false],
    ['approximate within 20%', perSeat(100), figures({ perUserMonthly: 89.99, isApproximate: true }), false],
    ['approximate beyond 20%', perSeat(100), figures({ perUserMonthly: 70, isApproximate: true }), true],
    ['different figures', perSeat(19.99), figures({ perUserMonthly: 18.33 }), true],
    ['Metabase Pro: $575/mo + $12/user vs $500/mo + $10/user', metabasePro, figures({ baseMonthly: 575, perUserMonthly: 12 }), true],
    ['same base fee, seat price not mentioned: more detail on our side', metabasePro, figures({ baseMonthly: 500 }), false],
    ['seat price without our base fee', metabasePro, figures({ perUserMonthly: 10 }), true],
    ['their base fee that we do not have', perSeat(6), figures({ baseMonthly: 100, perUserMonthly: 6 }), true],
    ['a flat price vs a seat price', perSeat(5), figures({ baseMonthly: 85 }), true],
    ['annual minimum vs a seat price', { model: 'annual_minimum', currency: 'USD', annualMinimum: 12000 }, figures({ perUserMonthly: 40 }), true],
    ['same annual minimum', { model: 'annual_minimum', currency: 'USD', annualMinimum: 15000 }, figures({ annualMinimum: 15000, basis: 'annual' }), false],
    ['different currencies are not compared', perSeat(10), figures({ perUserMonthly: 30, currency: 'EUR' }), false],
  ])('%s → %s', (_label, ours, theirs, expected) => {
    expect(pricesDisagree(ours, theirs)).toBe(expected);
  });
});

const aprilIndex = parseOpenData(openDataText('data-2026-04.json')).vendors;
const ssoTax = parseOpenData(openDataText('sso-tax.json'), 'sso-tax.json').vendors;
const row = (vendors: ImportedVendor[], name: string): ImportedVendor => {
  const vendor = vendors.find((candidate) => candidate.provenance.publisherName === name);
  if (!vendor) throw new Error(`no row ${name}`);
  return vendor;
};

describe('findConflicts on Metabase', () => {
  const metabase = seedApp('metabase');

  it('the April 2026 index disagrees with our Starter and Pro prices, not with the SCIM plan', () => {
    expect(findConflicts('metabase', metabase, row(aprilIndex, 'Metabase'))).toEqual([
      {
        slug: 'metabase',
        field: 'plans.Starter.price',
        ours: '$5/user/mo',
        theirs: '“Starter: $100/mo + $6/user”',
        dataset: 'scim-tax-index',
        release: '2026-04',
        asOf: '2026-04-01',
      },
      {
        slug: 'metabase',
        field: 'plans.Pro.price',
        ours: '$500/mo incl. 10 users + $10/user or $5,400/yr incl. 10 users + $108/user/yr billed annually',
        theirs: 'Pro: “$575/mo + $12/user”',
        dataset: 'scim-tax-index',
        release: '2026-04',
        asOf: '2026-04-01',
      },
    ]);
  });

  it('sso.tax disagrees with our cheapest paid plan, and agrees on the $500/month SSO plan', () => {
    expect(findConflicts('metabase', metabase, row(ssoTax, 'Metabase'))).toEqual([
      { slug: 'metabase', field: 'plans.Starter.price', ours: '$5/user/mo', theirs: '“$85 per month”', dataset: 'sso-tax', release: '2026-06-16', asOf: '2024-07-22' },
    ]);
  });
});

describe('findConflicts: SCIM plans and IdPs', () => {
  const v3 = parseOpenData(openDataText('sample-2026-10.json')).vendors;

  it('a different first SCIM plan (tolerant of combined names)', () => {
    expect(findConflicts('amplitude', seedApp('amplitude'), row(aprilIndex, 'Amplitude')).map((conflict) => [conflict.field, conflict.ours, conflict.theirs])).toEqual([
      ['firstScimPlan', 'Enterprise', 'Growth'],
    ]);
    // "Business / Enterprise Scale" names our Business plan first: no SCIM-plan conflict. Its "Contact Sales" may be
    // Enterprise Scale's price, and the name fits two of our plans, so the price is not compared.
    expect(findConflicts('airtable', seedApp('airtable'), row(aprilIndex, 'Airtable'))).toEqual([]);
  });

  it('SCIM vs no SCIM, both ways', () => {
    expect(findConflicts('zendesk', seedApp('zendesk'), row(aprilIndex, 'Zendesk'))).toContainEqual(
      expect.objectContaining({ field: 'scim', ours: 'No SCIM on any plan', theirs: 'SCIM from “Suite Professional (IdP connector)”' }),
    );
    expect(findConflicts('dbt-cloud', seedApp('dbt-cloud'), row(aprilIndex, 'dbt Labs'))).toContainEqual(
      expect.objectContaining({ field: 'scim', ours: 'SCIM from “Enterprise”', theirs: 'No SCIM on any plan' }),
    );
  });

  it('v3 Airtable agrees with ours: same plans and prices, IdPs compared only where both sides state them', () => {
    const conflicts = findConflicts('airtable', seedApp('airtable'), row(v3, 'Airtable'));
    // Ours: Google JIT, OneLogin and JumpCloud unstated. Theirs: Google sso_only (no provisioning) → agree.
    expect(conflicts.filter((conflict) => conflict.field.startsWith('idps.'))).toEqual([]);
    expect(conflicts.map((conflict) => conflict.field)).toEqual([]);
  });

  it('an IdP that provisions by SCIM on one side only', () => {
    const ours = { plans: [makePlan({ name: 'Business', scim: true })], idps: [makeCapability({ idp: 'entra', provisioning: 'none' }), makeCapability({ idp: 'google', provisioning: 'jit' })] };
    const conflicts = findConflicts('1password', ours, row(v3, '1Password'));
    expect(conflicts).toEqual([
      expect.objectContaining({ field: 'idps.entra.provisioning', ours: 'none', theirs: 'scim (published as “via_generic”)', release: '2026-10', asOf: '2026-10-05' }),
    ]);
  });

  it('a different first SSO plan (v3 names it)', () => {
    const ours = { plans: [makePlan({ name: 'Teams Starter Pack', rank: 0, sso: true }), makePlan({ name: 'Business', rank: 1, sso: true, scim: true })], idps: [] };
    expect(findConflicts('1password', ours, row(v3, '1Password')).map((conflict) => [conflict.field, conflict.ours, conflict.theirs])).toEqual([
      ['firstSsoPlan', 'Teams Starter Pack', 'Business'],
    ]);
  });

  it('"All plans" disagrees only when our cheapest plan states no SCIM', () => {
    const lattice = row(aprilIndex, 'Lattice');
    const statesNo = { plans: [makePlan({ name: 'Base', rank: 0, scim: false }), makePlan({ name: 'Plus', rank: 1, scim: true })], idps: [] };
    const silent = { plans: [makePlan({ name: 'Base', rank: 0, scim: null }), makePlan({ name: 'Plus', rank: 1, scim: true })], idps: [] };
    expect(findConflicts('lattice', statesNo, lattice).map((conflict) => conflict.field)).toEqual(['firstScimPlan']);
    expect(findConflicts('lattice', silent, lattice)).toEqual([]);
  });
});
