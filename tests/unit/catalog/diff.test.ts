import { describe, expect, it } from 'vitest';
import { describeChange, diffValues, formatDiffValue } from '@/lib/catalog/diff';
import { makeCapability, makePlan } from '../../support/make-plan';
import { seedApp } from '../../support/seed-fixtures';

const lines = (before: unknown, after: unknown) => diffValues(before, after).map(describeChange);

describe('diffValues', () => {
  it('finds nothing between a record and its copy', () => {
    const metabase = seedApp('metabase');
    expect(diffValues(metabase, structuredClone(metabase))).toEqual([]);
  });

  it('names a price change inside a plan by the plan name', () => {
    const metabase = seedApp('metabase');
    const edited = structuredClone(metabase);
    const pro = edited.plans.find((plan) => plan.name === 'Pro');
    if (pro?.price?.model !== 'base_plus_seats') throw new Error('fixture changed');
    pro.price.monthlyBase = 575;
    expect(lines(metabase, edited)).toEqual(['plans[Pro].price.monthlyBase: 500 → 575']);
  });

  it('matches plans by name, so a reorder shows only the ranks that moved', () => {
    const before = { plans: [makePlan({ name: 'Team', rank: 0 }), makePlan({ name: 'Business', rank: 1 })] };
    const after = { plans: [makePlan({ name: 'Business', rank: 0 }), makePlan({ name: 'Team', rank: 1 })] };
    expect(lines(before, after)).toEqual(['plans[Business].rank: 1 → 0', 'plans[Team].rank: 0 → 1']);
  });

  it('reports added and removed plans as a whole', () => {
    const before = { plans: [makePlan({ name: 'Team' })] };
    const after = { plans: [makePlan({ name: 'Enterprise', rank: 1 })] };
    expect(lines(before, after)).toEqual(['plans[Team]: removed', 'plans[Enterprise]: added']);
  });

  it('keys IdP capabilities by IdP and reaches into their features', () => {
    const before = { idps: [makeCapability({ idp: 'okta' }), makeCapability({ idp: 'entra' })] };
    const after = { idps: [makeCapability({ idp: 'okta' }), makeCapability({ idp: 'entra', provisioning: 'jit', features: { createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups: null } })] };
    expect(lines(before, after)).toEqual(['idps[entra].provisioning: "scim" → "jit"', 'idps[entra].features.pushGroups: yes → not stated']);
  });

  it('lists strings added to and removed from a list, ignoring their order', () => {
    expect(lines({ limitations: ['A', 'B', 'C'] }, { limitations: ['C', 'A', 'D'] })).toEqual(['limitations: removed "B"', 'limitations: added "D"']);
    expect(lines({ scim: { operations: ['create', 'update'] } }, { scim: { operations: ['update', 'create'] } })).toEqual([]);
  });

  it('treats an absent optional field and null alike (both are "not stated")', () => {
    expect(diffValues({ price: { model: 'per_seat', monthlyPerSeat: 5 } }, { price: { model: 'per_seat', monthlyPerSeat: 5, annualPerSeat: null } })).toEqual([]);
  });

  it('describes a stated price appearing where none was stated', () => {
    const [change] = diffValues({ plans: [makePlan({ name: 'Pro', price: null })] }, { plans: [makePlan({ name: 'Pro', price: { model: 'quote', currency: 'USD' } })] });
    expect(change).toMatchObject({ path: 'plans[Pro].price', kind: 'changed', before: null });
    expect(describeChange(change ?? { path: '', kind: 'changed' })).toBe('plans[Pro].price: not stated → {"model":"quote","currency":"USD"}');
  });

  it('keys sources by URL', () => {
    const source = { url: 'https://example.com/a', title: 'A', asOf: '2026-01-01', covers: ['pricing'] };
    expect(lines({ sources: [source] }, { sources: [{ ...source, asOf: '2026-02-01', covers: ['pricing', 'scim'] }] })).toEqual([
      'sources[https://example.com/a].asOf: "2026-01-01" → "2026-02-01"',
      'sources[https://example.com/a].covers: added "scim"',
    ]);
  });

  it('reports a whole record appearing or disappearing at the root', () => {
    expect(diffValues(null, { slug: 'x' })).toEqual([{ path: '', kind: 'added', after: { slug: 'x' } }]);
    expect(describeChange({ path: '', kind: 'removed', before: { slug: 'x' } })).toBe('record: removed');
  });
});

describe('formatDiffValue', () => {
  it.each([
    [null, 'not stated'],
    [undefined, 'not stated'],
    [true, 'yes'],
    [false, 'no'],
    [575, '575'],
    ['SAML 2.0', '"SAML 2.0"'],
    [[], '(none)'],
    [['a'], '["a"]'],
  ])('%j → %s', (value, expected) => {
    expect(formatDiffValue(value)).toBe(expected);
  });
});
