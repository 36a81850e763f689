import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRecordSchema } from '@/lib/catalog/schemas';
import { importSsoTaxJson, ssoTaxRowSchema } from '@/lib/open-data/sso-tax';
import { openDataJson, openDataText } from '../../support/open-data-fixtures';

const rows = z.array(ssoTaxRowSchema).parse(openDataJson('sso-tax.json'));
const result = importSsoTaxJson(openDataText('sso-tax.json'));
const byName = (name: string) => {
  const vendor = result.vendors.find((candidate) => candidate.provenance.publisherName === name);
  if (!vendor) throw new Error(`no sso.tax vendor ${name}`);
  return vendor;
};

describe('sso.tax rows', () => {
  it('maps all 150 rows without problems into valid records, in file order', () => {
    expect(result.problems).toEqual([]);
    expect(result.vendors).toHaveLength(150);
    expect(result.vendors.map((vendor) => vendor.provenance.publisherName)).toEqual(rows.map((row) => row.name));
    for (const vendor of result.vendors) expect(appRecordSchema.safeParse(vendor.record).success).toBe(true);
  });

  it('makes unique slugs from the names', () => {
    const slugs = result.vendors.map((vendor) => vendor.record.slug);
    expect(new Set(slugs).size).toBe(150);
    expect(byName('Atlassian (Jira Cloud)').record.slug).toBe('atlassian');
    expect(byName('Monday.com').record.slug).toBe('monday-com');
    expect(byName('Weights and Biases').record.slug).toBe('weights-and-biases');
  });

  it('gives a base plan without SSO and an SSO plan, SCIM unstated, no IdPs', () => {
    for (const { record } of result.vendors) {
      expect(record.plans.map((plan) => [plan.name, plan.rank, plan.sso, plan.scim])).toEqual([
        ['Base plan', 0, false, null],
        ['SSO plan', 1, true, null],
      ]);
      expect(record.idps).toEqual([]);
      expect(record.scim).toEqual({ version: null, operations: [], attributes: null, tokenSource: null, docsUrl: null });
    }
  });

  it('reads "$10 per u/m" and "Call Us!", keeping billing as not stated', () => {
    const airtable = byName('Airtable').record;
    expect(airtable.plans.map((plan) => plan.price)).toEqual([
      { model: 'per_seat', currency: 'USD', monthlyPerSeat: 10, note: 'sso.tax (2019-10-19) states “$10 per u/m”; billing not stated, read as monthly billing' },
      { model: 'per_seat', currency: 'USD', monthlyPerSeat: 60, note: 'sso.tax (2019-10-19) states “$60 per u/m”; billing not stated, read as monthly billing' },
    ]);
    const anyDesk = byName('AnyDesk').record;
    expect(anyDesk.plans[0]?.price).toMatchObject({ model: 'flat', monthlyFlat: 29.9 });
    expect(anyDesk.plans[1]?.price).toMatchObject({ model: 'quote' });
  });

  it('keeps unreadable prices as text in the plan note', () => {
    const adobe = byName('Adobe Acrobat Pro').record;
    expect(adobe.plans.map((plan) => plan.price)).toEqual([null, null]);
    expect(adobe.plans[0]?.note).toContain('Price not read from “$23.99” (no unit or period)');
  });

  it('dates everything with the row’s own updated_at and keeps the percentage and licence', () => {
    const { record, provenance } = byName('Metabase');
    expect(record.verifiedAt).toBe('2024-07-22');
    expect(record.sources).toEqual([
      { url: 'https://sso.tax', title: 'sso.tax, The SSO Wall of Shame (snapshot 2026-06-16), entry “Metabase”', asOf: '2024-07-22', covers: ['pricing', 'sso'] },
      { url: 'https://www.metabase.com/pricing/', title: 'Metabase pricing page, as cited by sso.tax', asOf: '2024-07-22', covers: ['pricing'] },
    ]);
    expect(record.website).toBe('https://www.metabase.com/');
    expect(provenance).toMatchObject({
      dataset: 'sso-tax',
      release: '2026-06-16',
      license: 'Apache-2.0',
      publisherStatus: null,
      publisherCategory: null,
      isCategoryDefaulted: true,
      percentIncrease: '488%',
      lastVerified: '2024-07-22',
      scimPlanScope: 'unknown',
    });
    expect(provenance.attribution).toContain('Apache License 2.0');
    expect(provenance.statedPrices.map((stated) => [stated.role, stated.figures?.baseMonthly])).toEqual([
      ['team', 85],
      ['sso', 500],
    ]);
  });

  it('null stays null: a missing percentage, no category', () => {
    const withoutPercentage = rows.filter((row) => row.percentIncrease === null).map((row) => row.name);
    expect(withoutPercentage).toHaveLength(1);
    for (const name of withoutPercentage) expect(byName(name).provenance).toMatchObject({ percentIncrease: null, notes: null });
  });

  it('reports malformed rows by row and field', () => {
    const bad = importSsoTaxJson(JSON.stringify([rows[0], { ...rows[1], updatedAt: 'yesterday' }, { ...rows[2], url: 'not a url' }, 'nope']));
    expect(bad.vendors).toHaveLength(1);
    expect(bad.problems.map((problem) => [problem.row, problem.field])).toEqual([
      [2, 'updatedAt'],
      [3, 'url'],
      [4, '(row)'],
    ]);
    expect(importSsoTaxJson('{"a":1}').problems).toEqual([{ row: 0, field: '(file)', message: 'Expected an array of vendor objects' }]);
  });
});
