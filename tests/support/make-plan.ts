import type { IdpCapability, Plan, Price } from '@/lib/catalog/types';

export function makePlan(overrides: Partial<Plan> & { price?: Price | null } = {}): Plan {
  return { name: 'Plan', rank: 0, hosting: 'cloud', sso: null, scim: null, price: null, note: null, ...overrides };
}

export function makeCapability(overrides: Partial<IdpCapability> = {}): IdpCapability {
  return {
    idp: 'okta',
    sso: true,
    provisioning: 'scim',
    features: { createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups: true },
    integration: null,
    syncIntervalMinutes: null,
    notes: null,
    ...overrides,
  };
}
