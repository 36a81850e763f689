import { describe, expect, it } from 'vitest';
import { appRecordSchema } from '@/lib/catalog/schemas';
import { deriveStatus, STATUS_CLASSES } from '@/lib/catalog/status';
import type { AppRecord } from '@/lib/catalog/types';
import { VendorMatcher, type MatchTarget } from '@/lib/open-data/match-vendor';
import { parseOpenData } from '@/lib/open-data/parse-open-data';
import { applyMergePlan, planMerge, type ExistingProfile, type MergePlan } from '@/lib/open-data/plan-merge';
import type { ImportedVendor } from '@/lib/open-data/types';
import { curatedApps, openDataText } from '../../support/open-data-fixtures';

const curated = curatedApps();
const curatedProfiles: ExistingProfile[] = curated.map((record) => ({ record, origin: 'curated' }));
const april = parseOpenData(openDataText('data-2026-04.json')).vendors;
const ssoTax = parseOpenData(openDataText('sso-tax.json'), 'sso-tax.json').vendors;
const v3 = parseOpenData(openDataText('sample-2026-10.json')).vendors;

const allConflicts = (plan: MergePlan) => [
  ...plan.attachedToCurated.flatMap((group) => group.attachments.flatMap((attachment) => attachment.conflicts)),
  ...plan.attachedToIndex.flatMap((group) => group.attachments.flatMap((attachment) => attachment.conflicts)),
  ...plan.added.flatMap((profile) => profile.attachments.flatMap((attachment) => attachment.conflicts)),
];
const named = (vendors: ImportedVendor[], name: string): ImportedVendor => {
  const vendor = vendors.find((candidate) => candidate.provenance.publisherName === name);
  if (!vendor) throw new Error(`no row ${name}`);
  return vendor;
};

describe('the bundled April 2026 index and sso.tax merged into the 99 curated profiles', () => {
  const plan = planMerge(curatedProfiles, [...april, ...ssoTax]);
  const merged = applyMergePlan(curatedProfiles, plan);

  it('accounts for every one of the 436 rows exactly once', () => {
    const attachedRows = [...plan.attachedToCurated, ...plan.attachedToIndex].reduce((count, group) => count + group.attachments.length, 0);
    const attachedToAdded = plan.added.reduce((count, profile) => count + profile.attachments.length, 0);
    expect(april.length + ssoTax.length).toBe(436);
    expect(plan.added.length + attachedRows + attachedToAdded + plan.updatedIndex.length + plan.unchanged.length + plan.duplicatesInInput.length + plan.ambiguous.length).toBe(436);
  });

  it('adds 212 index profiles, attaches 129 rows to 85 curated profiles and 95 sso.tax rows to new profiles', () => {
    expect({
      added: plan.added.length,
      curatedProfilesWithAttachments: plan.attachedToCurated.length,
      rowsAttachedToCurated: plan.attachedToCurated.reduce((count, group) => count + group.attachments.length, 0),
      rowsAttachedToAdded: plan.added.reduce((count, profile) => count + profile.attachments.length, 0),
      updatedIndex: plan.updatedIndex.length,
      attachedToIndex: plan.attachedToIndex.length,
      unchanged: plan.unchanged.length,
      duplicatesInInput: plan.duplicatesInInput.length,
      ambiguous: plan.ambiguous.length,
    }).toEqual({
      added: 212,
      curatedProfilesWithAttachments: 85,
      rowsAttachedToCurated: 129,
      rowsAttachedToAdded: 95,
      updatedIndex: 0,
      attachedToIndex: 0,
      unchanged: 0,
      duplicatesInInput: 0,
      ambiguous: 0,
    });
    const byDataset = (dataset: string) =>
      plan.attachedToCurated.flatMap((group) => group.attachments).filter((attachment) => attachment.vendor.provenance.dataset === dataset).length;
    expect({ index: byDataset('scim-tax-index'), ssoTax: byDataset('sso-tax') }).toEqual({ index: 85, ssoTax: 44 });
  });

  it('index rows become the new profiles; sso.tax rows join them, and only 11 sso.tax vendors unknown to both make their own', () => {
    const addedFrom = (dataset: string) => plan.added.filter((profile) => profile.vendor.provenance.dataset === dataset).length;
    expect({ index: addedFrom('scim-tax-index'), ssoTax: addedFrom('sso-tax') }).toEqual({ index: 201, ssoTax: 11 });
    expect(plan.added.flatMap((profile) => profile.attachments).every((attachment) => attachment.vendor.provenance.dataset === 'sso-tax')).toBe(true);
  });

  it('leaves a catalog of 311 profiles with no duplicate slug, every record valid', () => {
    expect(merged).toHaveLength(311);
    expect(merged.filter((profile) => profile.origin === 'curated')).toHaveLength(99);
    expect(merged.filter((profile) => profile.origin === 'index')).toHaveLength(212);
    const slugs = merged.map((profile) => profile.record.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const profile of merged) expect(appRecordSchema.safeParse(profile.record).success, profile.record.slug).toBe(true);
  });

  it('never changes a curated field: only sources are added', () => {
    for (const profile of merged.filter((candidate) => candidate.origin === 'curated')) {
      const original = curated.find((record) => record.slug === profile.record.slug) as AppRecord;
      const { sources, ...fields } = profile.record;
      const { sources: originalSources, ...originalFields } = original;
      expect(fields).toEqual(originalFields);
      expect(sources.slice(0, originalSources.length)).toEqual(originalSources);
    }
  });

  it('marks every new profile as imported, with dataset, release and licence', () => {
    const licences = { 'scim-tax-index': ['2026-04', 'CC-BY 4.0'], 'sso-tax': ['2026-06-16', 'Apache-2.0'] } as const;
    for (const profile of merged.filter((candidate) => candidate.origin === 'index')) {
      const dataset = profile.provenance?.dataset ?? 'scim-tax-index';
      expect(profile.provenance).toMatchObject({ release: licences[dataset][0], license: licences[dataset][1] });
      expect(profile.provenance?.attribution).toContain(licences[dataset][1] === 'CC-BY 4.0' ? 'CC-BY 4.0' : 'Apache License 2.0');
    }
  });

  it('matches beyond the slug only in these listed cases, each with its rule', () => {
    const weak = [
      ...plan.attachedToCurated.flatMap((group) => group.attachments.map((attachment) => [group.slug, attachment] as const)),
      ...plan.added.flatMap((profile) => profile.attachments.map((attachment) => [profile.slug, attachment] as const)),
    ]
      .filter(([, attachment]) => attachment.matchedBy !== 'slug' && attachment.matchedBy !== 'name')
      .map(([slug, attachment]) => `${attachment.vendor.provenance.publisherName} → ${slug} (${attachment.matchedBy})`);
    expect(weak.sort()).toEqual(
      [
        'dbt Labs → dbt-cloud (company)',
        'Lucidchart → lucid (alias)',
        'Lucidchart → lucid (alias)',
        'Hubspot Marketing → hubspot (name-prefix)',
        'New Relic Infrastructure → new-relic (name-prefix)',
        'Adobe Acrobat Pro → adobe-acrobat (name-prefix)',
        'Backblaze Computer Backup → backblaze (name-prefix)',
        'Balsamiq Wireframes → balsamiq (name-prefix)',
        'Coursera → coursera-for-business (name-prefix)',
        'DeepL Translator → deepl (name-prefix)',
        'GatherContent → gathercontent-bynder (name-prefix)',
        'Inedo (ProGet) → inedo-proget (name-prefix)',
        'Kubecost → kubecost-apptio (name-prefix)',
        'Later Influence → later (name-prefix)',
        'Pluralsight → pluralsight-skills (name-prefix)',
        'VictorOps → victorops-splunk-on-call (name-prefix)',
      ].sort(),
    );
  });

  it('finds 103 conflicts, 65 of them on 47 curated profiles', () => {
    const onCurated = plan.attachedToCurated.filter((group) => group.attachments.some((attachment) => attachment.conflicts.length > 0));
    expect(allConflicts(plan)).toHaveLength(103);
    expect(onCurated.flatMap((group) => group.attachments.flatMap((attachment) => attachment.conflicts))).toHaveLength(65);
    expect(onCurated).toHaveLength(47);
    const kinds = allConflicts(plan).reduce<Record<string, number>>((counts, conflict) => {
      const kind = conflict.field.startsWith('plans.') ? 'price' : conflict.field.startsWith('idps.') ? 'idp' : conflict.field;
      counts[kind] = (counts[kind] ?? 0) + 1;
      return counts;
    }, {});
    expect(kinds).toEqual({ price: 86, firstScimPlan: 11, scim: 6 });
  });

  it('records Metabase’s price conflicts with both datasets', () => {
    const metabase = plan.attachedToCurated.find((group) => group.slug === 'metabase');
    expect(metabase?.attachments.map((attachment) => [attachment.vendor.provenance.dataset, attachment.matchedBy, attachment.conflicts.map((conflict) => conflict.field)])).toEqual([
      ['scim-tax-index', 'slug', ['plans.Starter.price', 'plans.Pro.price']],
      ['sso-tax', 'name', ['plans.Starter.price']],
    ]);
  });

  it('attaches each row’s sources to the curated profile, skipping ones it already lists', () => {
    const metabase = merged.find((profile) => profile.record.slug === 'metabase');
    const original = curated.find((record) => record.slug === 'metabase');
    expect(metabase?.record.sources.slice(original?.sources.length).map((source) => source.title)).toEqual([
      'SCIM Tax Index 2026-04 (Iden, CC BY 4.0), row “Metabase”',
      'Metabase pricing page, as cited by the SCIM Tax Index 2026-04',
      'sso.tax, The SSO Wall of Shame (snapshot 2026-06-16), entry “Metabase”',
      'Metabase pricing page, as cited by sso.tax',
    ]);
  });

  it('gives the merged catalog these status totals', () => {
    const totals = (origin?: string) =>
      Object.fromEntries(STATUS_CLASSES.map((status) => [status, merged.filter((profile) => (!origin || profile.origin === origin) && deriveStatus(profile.record) === status).length]));
    expect(totals()).toEqual({ no_tax: 15, gated: 128, partial: 3, none: 69, unknown: 96 });
    expect(totals('curated')).toEqual({ no_tax: 11, gated: 58, partial: 3, none: 7, unknown: 20 });
    expect(totals('index')).toEqual({ no_tax: 4, gated: 70, partial: 0, none: 62, unknown: 76 });
  });
});

describe('planMerge: later imports', () => {
  const firstImport = planMerge(curatedProfiles, april);
  const afterApril = applyMergePlan(curatedProfiles, firstImport);
  const existing: ExistingProfile[] = afterApril.map((profile) => ({ record: profile.record, origin: profile.origin, provenance: profile.provenance }));

  it('re-importing the same release changes nothing on index profiles', () => {
    const again = planMerge(existing, april);
    expect(again.added).toEqual([]);
    expect(again.updatedIndex).toEqual([]);
    expect(again.unchanged).toHaveLength(firstImport.added.length);
    expect(again.unchanged[0]?.reason).toBe('release 2026-04 is already imported');
    // Curated profiles already list these sources: nothing new to attach, conflicts still reported.
    expect(again.attachedToCurated.every((group) => group.attachments.every((attachment) => attachment.sources.length === 0))).toBe(true);
  });

  it('a newer release refreshes index profiles (same slug) and attaches to curated ones', () => {
    const october = planMerge(existing, v3);
    const refreshed = october.updatedIndex.map((update) => update.slug);
    expect(refreshed).toContain('15five');
    expect(october.updatedIndex.every((update) => update.previous?.release === '2026-04' && update.vendor.provenance.release === '2026-10')).toBe(true);
    expect(october.attachedToCurated.map((group) => group.slug).sort()).toEqual(['1password', 'adobe-creative-cloud', 'airtable']);
    // Rows new since April (6sense, Abnormal AI…) become new profiles.
    expect(october.added.map((profile) => profile.slug)).toContain('6sense');
    expect(october.added.length + october.updatedIndex.length + october.attachedToCurated.length).toBe(27);
  });

  it('an older release never overwrites a newer one', () => {
    const afterOctober = applyMergePlan(existing, planMerge(existing, v3)).map((profile) => ({ record: profile.record, origin: profile.origin, provenance: profile.provenance }));
    const backwards = planMerge(afterOctober, april.filter((vendor) => vendor.record.slug === '15five'));
    expect(backwards.unchanged).toEqual([expect.objectContaining({ slug: '15five', reason: 'release 2026-04 is older than the imported 2026-10' })]);
  });

  it('two releases in one import: the newer row wins, the older is a reported duplicate', () => {
    const both = planMerge([], [named(april, '15Five'), named(v3, '15Five')]);
    expect(both.added.map((profile) => [profile.slug, profile.vendor.provenance.release])).toEqual([['15five', '2026-10']]);
    expect(both.duplicatesInInput).toEqual([expect.objectContaining({ slug: '15five', reason: 'another scim-tax-index row in this import already joins “15five”' })]);
  });

  it('the same slug twice in one file is a duplicate', () => {
    const airtable = named(april, 'Airtable');
    const twice = planMerge([], [airtable, { ...airtable, provenance: { ...airtable.provenance, rowNumber: 99 } }]);
    expect(twice.added).toHaveLength(1);
    expect(twice.duplicatesInInput).toHaveLength(1);
  });

  it('a profile made from sso.tax alone is replaced by the index row, keeping its sso.tax sources', () => {
    const ssoOnly = planMerge([], [named(ssoTax, 'AnyDesk')]);
    const profiles: ExistingProfile[] = applyMergePlan([], ssoOnly).map((profile) => ({ record: profile.record, origin: profile.origin, provenance: profile.provenance }));
    const upgrade = planMerge(profiles, [named(april, 'AnyDesk')]);
    expect(upgrade.updatedIndex.map((update) => [update.slug, update.previous?.dataset, update.vendor.provenance.dataset])).toEqual([['anydesk', 'sso-tax', 'scim-tax-index']]);
    expect(upgrade.updatedIndex[0]?.record.sources.map((source) => source.url)).toEqual([
      'https://scimtax.org/',
      'https://anydesk.com/en/pricing',
      'https://sso.tax',
      'https://anydesk.com/en/pricing',
    ]);
  });

  it('an sso.tax row for an index profile is attached to it, with conflicts', () => {
    const result = planMerge(existing, [named(ssoTax, 'AnyDesk')]);
    expect(result.attachedToIndex.map((group) => [group.slug, group.origin, group.attachments[0]?.matchedBy])).toEqual([['anydesk', 'index', 'name']]);
    expect(result.attachedToIndex[0]?.attachments[0]?.conflicts.map((conflict) => conflict.field)).toEqual(['plans.Solo.price']);
  });
});

describe('VendorMatcher', () => {
  const target = (slug: string, name: string, vendor = name, isCurated = true, dataset: string | null = null): MatchTarget => ({ slug, record: { slug, name, vendor }, isCurated, dataset });
  const vendorNamed = (name: string, slug: string | null, dataset: 'scim-tax-index' | 'sso-tax' = 'sso-tax') => {
    const base = named(ssoTax, 'Airtable');
    return { ...base, record: { ...base.record, name, slug: slug ?? 'x' }, provenance: { ...base.provenance, dataset, publisherSlug: slug } };
  };

  it('tries slug, name, alias, company, then name prefix', () => {
    const matcher = new VendorMatcher([
      target('lucid', 'Lucid (Lucidchart, Lucidspark)', 'Lucid Software Inc.'),
      target('dbt-cloud', 'dbt Cloud (dbt platform)', 'dbt Labs, Inc.'),
      target('new-relic', 'New Relic', 'New Relic, Inc.'),
      target('monday-com', 'monday.com Work Management', 'monday.com Ltd.'),
    ]);
    const rule = (name: string, slug: string | null = null) => {
      const result = matcher.match(vendorNamed(name, slug));
      return result.kind === 'match' ? [result.target.slug, result.rule] : [result.kind];
    };
    expect(rule('Anything', 'lucid')).toEqual(['lucid', 'slug']);
    expect(rule('Monday.com')).toEqual(['monday-com', 'name']);
    expect(rule('Lucidchart')).toEqual(['lucid', 'alias']);
    expect(rule('dbt Labs')).toEqual(['dbt-cloud', 'company']);
    expect(rule('New Relic Infrastructure')).toEqual(['new-relic', 'name-prefix']);
    expect(rule('Relic')).toEqual(['none']);
  });

  it('never matches on an imported name’s brackets (they name a parent)', () => {
    const matcher = new VendorMatcher([target('lucid', 'Lucid (Lucidchart, Lucidspark)')]);
    expect(matcher.match(vendorNamed('airfocus (Lucid)', null)).kind).toBe('none');
  });

  it('a company shared by several profiles does not match', () => {
    const matcher = new VendorMatcher([target('trello', 'Trello', 'Atlassian'), target('bitbucket', 'Bitbucket Cloud', 'Atlassian')]);
    expect(matcher.match(vendorNamed('Atlassian', null)).kind).toBe('none');
  });

  it('two equally good candidates make the row ambiguous', () => {
    const matcher = new VendorMatcher([target('zoom-phone', 'Zoom Phone'), target('zoom-rooms', 'Zoom Rooms')]);
    expect(matcher.match(vendorNamed('Zoom', null))).toMatchObject({ kind: 'ambiguous', rule: 'name-prefix' });
  });

  it('between rows of one dataset only the slug counts', () => {
    const matcher = new VendorMatcher([target('adobe-acrobat', 'Adobe Acrobat', 'Adobe Acrobat', false, 'scim-tax-index')]);
    expect(matcher.match(vendorNamed('Adobe Acrobat Sign', 'adobe-acrobat-sign', 'scim-tax-index')).kind).toBe('none');
    expect(matcher.match(vendorNamed('Adobe Acrobat Pro', null, 'sso-tax'))).toMatchObject({ kind: 'match', rule: 'name-prefix' });
  });
});
