import { describe, expect, it } from 'vitest';
import { idpSupportLevel } from '@/lib/catalog/idps';
import { buildCatalogEntries, catalogQuerySchema, searchCatalog, toCatalogTableRow } from '@/lib/catalog/search';
import { scimPosition, summarizeApp } from '@/lib/catalog/summary';
import { minimumScimCost, profileVerdict } from '@/lib/catalog/verdict';
import { makeCapability, makePlan } from '../../support/make-plan';
import { seedApp } from '../../support/seed-fixtures';

const priced = (monthlyPerSeat: number) => ({ model: 'per_seat' as const, currency: 'USD', monthlyPerSeat });

describe('scimPosition', () => {
  it.each([
    ['entry when the cheapest paid plan has SCIM', [makePlan({ rank: 0, price: { model: 'free', currency: 'USD' }, scim: false }), makePlan({ rank: 1, scim: true, price: priced(5) })], 'entry'],
    ['entry when every plan has it', [makePlan({ rank: 0, scim: true, price: { model: 'free', currency: 'USD' } })], 'entry'],
    ['mid between entry and top', [makePlan({ rank: 0, scim: false, price: priced(5) }), makePlan({ rank: 1, scim: true, price: priced(9) }), makePlan({ rank: 2, scim: true, price: { model: 'quote', currency: 'USD' } })], 'mid'],
    ['enterprise when only the top tier has it', [makePlan({ rank: 0, scim: false, price: priced(5) }), makePlan({ rank: 1, scim: true, price: priced(20) })], 'enterprise'],
    ['enterprise when the first SCIM plan is quote-only', [makePlan({ rank: 0, scim: false, price: priced(5) }), makePlan({ rank: 1, scim: true, price: { model: 'quote', currency: 'USD' } }), makePlan({ rank: 2, scim: true, price: { model: 'quote', currency: 'USD' } })], 'enterprise'],
    ['not offered when every plan says no', [makePlan({ rank: 0, scim: false }), makePlan({ rank: 1, scim: false })], 'not_offered'],
    ['not stated when a plan is unknown', [makePlan({ rank: 0, scim: false }), makePlan({ rank: 1, scim: null })], 'not_stated'],
    ['not stated without plans', [], 'not_stated'],
  ] as const)('%s', (_label, plans, expected) => {
    expect(scimPosition([...plans])).toBe(expected);
  });

  it('puts Metabase at a mid plan and Linear at enterprise only', () => {
    expect(scimPosition(seedApp('metabase').plans)).toBe('mid');
    expect(scimPosition(seedApp('linear').plans)).toBe('enterprise');
  });
});

describe('idpSupportLevel', () => {
  it.each([
    [makeCapability(), 'full'],
    [makeCapability({ features: { createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups: false } }), 'users'],
    [makeCapability({ features: { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null } }), 'scim'],
    [makeCapability({ provisioning: 'jit' }), 'jit'],
    [makeCapability({ provisioning: 'none', sso: true }), 'sso'],
    [makeCapability({ provisioning: 'none', sso: false }), 'none'],
    [makeCapability({ provisioning: null, sso: null }), 'unknown'],
    [undefined, 'unknown'],
  ] as const)('%#', (capability, expected) => {
    expect(idpSupportLevel(capability)).toBe(expected);
  });
});

describe('summaries and verdicts from the seeded catalog', () => {
  const metabase = seedApp('metabase');

  it('summarizes Metabase', () => {
    const summary = summarizeApp(metabase);
    expect(summary.firstSsoPlan).toBe('Pro');
    expect(summary.firstScimPlan).toBe('Pro');
    expect(summary.idpSupport).toEqual({ okta: 'full', entra: 'users', google: 'jit', onelogin: 'scim', jumpcloud: 'unknown', ping: 'unknown' });
  });

  it('finds the minimum annual cost of SCIM', () => {
    expect(minimumScimCost(metabase)).toEqual({ planName: 'Pro', annualCost: 5400, billing: 'annual' });
  });

  it('writes the verdict from the data', () => {
    const verdict = profileVerdict(metabase);
    expect(verdict.short).toBe('Pro plan required');
    expect(verdict.increaseAt10).toBe(5400);
    expect(verdict.text).toContain('offers SCIM provisioning from the Pro plan.');
    expect(verdict.text).toContain('$5,400/yr (Pro, billed annually)');
    expect(verdict.text).toContain('moving from Starter to Pro costs +$5,400/yr');
    expect(verdict.text).toContain('Microsoft Entra ID provisions users only, without group push.');
    expect(verdict.text).toContain('Google Workspace creates accounts just in time at sign-in only.');
    expect(verdict.text).toContain('SSO must be configured before SCIM');
    expect(verdict.scimPriceGap).toBeNull();
  });

  it('tells a quote-only SCIM plan from one whose price no source states (unknown is not a quote)', () => {
    const app = (scimPrice: { model: 'quote'; currency: string } | null, other: { model: 'quote'; currency: string } | null = scimPrice) => ({
      name: 'Example',
      sso: { protocols: null, requiredForScim: null },
      idps: [],
      plans: [makePlan({ name: 'Team', rank: 0, scim: false, price: priced(5) }), makePlan({ name: 'Business', rank: 1, scim: true, price: scimPrice }), makePlan({ name: 'Enterprise', rank: 2, scim: true, price: other })],
    });
    const quote = { model: 'quote' as const, currency: 'USD' };
    expect(profileVerdict(app(quote)).scimPriceGap).toBe('quote');
    expect(profileVerdict(app(quote)).text).toContain('No plan with SCIM has a public price: it takes a quote.');
    expect(profileVerdict(app(null)).scimPriceGap).toBe('unstated');
    expect(profileVerdict(app(null)).text).toContain('No source consulted states the price of a plan with SCIM.');
    expect(profileVerdict(app(null)).text).not.toContain('quote');
    expect(profileVerdict(app(null, quote)).scimPriceGap).toBe('mixed');
  });
});

describe('searchCatalog', () => {
  const entries = buildCatalogEntries(['metabase', 'linear', 'slack', 'github', 'zoom'].map(seedApp));
  const query = (input: Record<string, string>) => catalogQuerySchema.parse(input);

  it('searches name, vendor and slug without regard to case or accents', () => {
    expect(searchCatalog(entries, query({ q: 'METABÁSE' })).rows.map((row) => row.slug)).toEqual(['metabase']);
    expect(searchCatalog(entries, query({ q: 'salesforce' })).rows.map((row) => row.slug)).toEqual(['slack']);
  });

  it('filters by IdP capability', () => {
    const groupsWithEntra = searchCatalog(entries, query({ idp: 'groups:entra' })).rows.map((row) => row.slug);
    expect(groupsWithEntra).not.toContain('metabase');
    const scimWithEntra = searchCatalog(entries, query({ idp: 'scim:entra' })).rows.map((row) => row.slug);
    expect(scimWithEntra).toContain('metabase');
  });

  it('prices rows at the chosen size and sorts by increase with unknowns last', () => {
    const result = searchCatalog(entries, query({ sort: 'increase-desc', seats: '10' }));
    const increases = result.rows.map((row) => row.scimIncreaseAnnual);
    const known = increases.filter((value): value is number => value !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(increases.slice(known.length).every((value) => value === null)).toBe(true);
    expect(result.rows.find((row) => row.slug === 'metabase')?.scimIncreaseAnnual).toBe(5400);
  });

  it('pages but counts every match', () => {
    const result = searchCatalog(entries, query({}), { limit: 2, offset: 1 });
    expect(result.total).toBe(5);
    expect(result.rows.map((row) => row.name)).toEqual(['Linear', 'Metabase']);
  });

  it('rejects bad parameters with a message', () => {
    expect(catalogQuerySchema.safeParse({ seats: '0' }).success).toBe(false);
    expect(catalogQuerySchema.safeParse({ idp: 'groups:nope' }).success).toBe(false);
    expect(catalogQuerySchema.safeParse({ sort: 'random' }).success).toBe(false);
  });
});

describe('toCatalogTableRow', () => {
  const entries = buildCatalogEntries([seedApp('metabase')]);
  it('keeps what the table shows and leaves out unstated IdPs, seats and billing', () => {
    const [row] = searchCatalog(entries, catalogQuerySchema.parse({ seats: '25', billing: 'annual' })).rows;
    if (!row) throw new Error('no row');
    const tableRow = toCatalogTableRow(row);
    expect(tableRow).not.toHaveProperty('seats');
    expect(tableRow).not.toHaveProperty('billing');
    expect(tableRow.idpSupport).toEqual({ okta: 'full', entra: 'users', google: 'jit', onelogin: 'scim' });
    expect(Object.keys(row.idpSupport)).toHaveLength(6); // the full row still says "unknown" for JumpCloud and Ping
    expect({ ...tableRow, idpSupport: row.idpSupport }).toEqual(Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'seats' && key !== 'billing')));
  });
});
