import { describe, expect, it } from 'vitest';
import { publicChangeLines } from '@/lib/catalog/changelog';
import type { AppRecord } from '@/lib/catalog/types';
import { makePlan } from '../../support/make-plan';
import { seedApp } from '../../support/seed-fixtures';

function edit(record: AppRecord, change: (copy: AppRecord) => void): AppRecord {
  const copy = structuredClone(record);
  change(copy);
  return copy;
}

describe('publicChangeLines', () => {
  const metabase = seedApp('metabase');

  it('describes a price change with the prices as stated, before and after', () => {
    const after = edit(metabase, (copy) => {
      const pro = copy.plans.find((plan) => plan.name === 'Pro');
      if (pro?.price?.model === 'base_plus_seats') {
        pro.price.monthlyBase = 575;
        pro.price.monthlyPerExtraSeat = 12;
      }
    });
    expect(publicChangeLines(metabase, after)).toEqual([
      'Pro plan price: $500/mo incl. 10 users + $10/user or $5,400/yr incl. 10 users + $108/user/yr billed annually → $575/mo incl. 10 users + $12/user or $5,400/yr incl. 10 users + $108/user/yr billed annually',
    ]);
  });

  it('describes SCIM, SSO and IdP changes in words', () => {
    const after = edit(metabase, (copy) => {
      const starter = copy.plans.find((plan) => plan.name === 'Starter');
      if (starter) starter.scim = null;
      const entra = copy.idps.find((capability) => capability.idp === 'entra');
      if (entra) entra.features.pushGroups = true;
      copy.scim.operations = ['create', 'update', 'deactivate'];
      copy.sso.protocols = ['SAML 2.0', 'OIDC'];
    });
    expect(publicChangeLines(metabase, after)).toEqual([
      'SSO protocols: added OIDC',
      'SCIM operations: removed groups',
      'Starter plan SCIM: No → Not stated',
      'Microsoft Entra ID pushes groups: No → Yes',
    ]);
  });

  it('announces added and removed plans', () => {
    const after = edit(metabase, (copy) => {
      copy.plans = copy.plans.filter((plan) => plan.name !== 'Starter');
      copy.plans.push(makePlan({ name: 'Business', rank: 9, sso: true, scim: true, price: { model: 'quote', currency: 'USD' } }));
    });
    expect(publicChangeLines(metabase, after)).toEqual(['Starter plan removed', 'Business plan added: Quote; SSO yes, SCIM yes']);
  });

  it('leaves out what is not news for readers: limitations, sources, notes and ranks', () => {
    const after = edit(metabase, (copy) => {
      copy.limitations.push('Another gotcha');
      copy.sources = [];
      copy.verifiedAt = '2027-01-01';
      const okta = copy.idps.find((capability) => capability.idp === 'okta');
      if (okta) okta.notes = 'Changed note';
    });
    expect(publicChangeLines(metabase, after)).toEqual([]);
  });
});
