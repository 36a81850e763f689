import { describe, expect, it } from 'vitest';
import { slugSchema } from '@/lib/catalog/schemas';
import { planNameAlternatives, planNameKey, planNamesMatch } from '@/lib/open-data/plan-name';
import { describeConflictField } from '@/lib/open-data/labels';
import { mapPublisherCategory, PUBLISHER_CATEGORY_TABLE } from '@/lib/open-data/publisher-category';
import { bracketAliasKeys, normaliseVendorName, slugify, vendorNameKey, vendorNameKeys } from '@/lib/open-data/vendor-name';

describe('vendor names', () => {
  it.each([
    ['airfocus (Lucid)', 'airfocus'],
    ['Airbase (Paylocity)', 'airbase'],
    ['AdRoll ABM (formerly RollWorks)', 'adroll abm'],
    ['Foo, formerly Bar', 'foo'],
    ['Acme, Inc.', 'acme'],
    ['Formagrid, Inc. (Airtable)', 'formagrid'],
    ['Catamorphic Co. (LaunchDarkly)', 'catamorphic'],
    ['Weights & Biases', 'weights and biases'],
    ['Aha!', 'aha'],
    ['monday.com', 'monday com'],
    ['Zürich Analytics GmbH', 'zurich analytics'],
    ['Inc', 'inc'],
  ])('%s normalises to "%s"', (name, normalised) => {
    expect(normaliseVendorName(name)).toBe(normalised);
  });

  it.each([
    ['Weights & Biases', 'weights-and-biases'],
    ['Monday.com', 'monday-com'],
    ['  --Rocket.Chat Cloud-- ', 'rocket-chat-cloud'],
    ['Über Tool+', 'uber-tool-plus'],
    ['!!!', ''],
  ])('slugify(%s) = "%s"', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    if (slug !== '') expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('slugs are at most 80 characters and never end with a hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b c`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('a name key drops brackets and suffixes; a domain ending gives a second key', () => {
    expect(vendorNameKey('Atlassian (Jira Cloud)')).toBe('atlassian');
    expect(vendorNameKeys('Monday.com')).toEqual(['monday-com', 'monday']);
    expect(vendorNameKeys('Cypress.io')).toEqual(['cypress-io', 'cypress']);
    expect(vendorNameKeys('Linear')).toEqual(['linear']);
  });

  it('our bracketed parts are aliases, split on commas and slashes', () => {
    expect(bracketAliasKeys('Lucid (Lucidchart, Lucidspark)')).toEqual(['lucidchart', 'lucidspark']);
    expect(bracketAliasKeys('Atlassian Cloud (Jira, Confluence) with Atlassian Guard')).toEqual(['jira', 'confluence']);
    expect(bracketAliasKeys('dbt Cloud (dbt platform)')).toEqual(['dbt-platform']);
    expect(bracketAliasKeys('Linear')).toEqual([]);
  });
});

describe('plan names', () => {
  it('ignores case, brackets and filler words', () => {
    expect(planNameKey('Enterprise plan (opaque)')).toBe('enterprise');
    expect(planNameKey('The Business Tier')).toBe('business');
    expect(planNameKey('Business+')).toBe('business+');
  });

  it('splits combined names into alternatives', () => {
    expect(planNameAlternatives('Business / Enterprise Scale')).toEqual(['business', 'enterprise scale']);
    expect(planNameAlternatives('Plus & Pro')).toEqual(['plus', 'pro']);
    expect(planNameAlternatives('Team (add-on) / Enterprise')).toEqual(['team', 'enterprise']);
  });

  it.each([
    ['Enterprise', 'Enterprise plan', true],
    ['enterprise', 'ENTERPRISE', true],
    ['Enterprise (opaque)', 'Enterprise', true],
    ['Business / Enterprise Scale', 'Business', true],
    ['Business / Enterprise Scale', 'Enterprise Scale', true],
    ['Standard', 'Jira Standard', true],
    ['Guard Standard (add-on)', 'Jira Standard + Atlassian Guard Standard', true],
    ['Business', 'Docker Business', true],
    ['Business', 'Business Plus (formerly Advanced)', false],
    ['Business', 'Business+', false],
    ['Pro', 'Professional', false],
    ['Team', 'Teams', false],
  ])('"%s" vs "%s" → %s', (a, b, expected) => {
    expect(planNamesMatch(a, b)).toBe(expected);
    expect(planNamesMatch(b, a)).toBe(expected);
  });
});

describe('publisher categories', () => {
  it('maps every table entry onto one of our categories', () => {
    for (const [publisher, ours] of Object.entries(PUBLISHER_CATEGORY_TABLE)) expect(mapPublisherCategory(publisher)).toEqual({ category: ours, isDefaulted: false });
  });

  it.each([
    ['Developer Tools & DevOps', 'Developer tools'],
    ['IT Monitoring & Observability', 'Observability & incident response'],
    ['Customer Support & Help Desk', 'Customer support'],
    ['Sales & CRM', 'Sales & CRM'],
    ['Automation & iPaaS', 'Automation & integration'],
    ['Product Analytics', 'Product analytics'],
    ['BI & analytics', 'BI & analytics'],
  ])('keyword rules: %s → %s', (publisher, ours) => {
    expect(mapPublisherCategory(publisher)).toEqual({ category: ours, isDefaulted: false });
  });

  it.each([null, '', '   ', 'Vertical SaaS (Healthcare, Education, Real Estate, Construction, Field Service)', 'Miscellaneous'])(
    'defaults and says so for %s',
    (publisher) => {
      expect(mapPublisherCategory(publisher)).toEqual({ category: 'Docs, files & productivity', isDefaulted: true });
    },
  );
});

describe('describeConflictField', () => {
  it.each([
    ['scim', 'SCIM offered'],
    ['firstScimPlan', 'First plan with SCIM'],
    ['firstSsoPlan', 'First plan with SSO'],
    ['plans.Business+.price', 'Price of Business+'],
    ['plans.Pro (annual).price', 'Price of Pro (annual)'],
    ['idps.entra.provisioning', 'Microsoft Entra ID provisioning'],
    ['idps.unknownidp.provisioning', 'unknownidp provisioning'],
    ['something.else', 'something.else'],
  ])('%s → %s', (field, label) => {
    expect(describeConflictField(field)).toBe(label);
  });
});
