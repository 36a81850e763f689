import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRecordSchema } from '@/lib/catalog/schemas';
import type { AppRecord } from '@/lib/catalog/types';
import {
  aprilRowSchema,
  importScimTaxIndexAprilCsv,
  importScimTaxIndexAprilJson,
  importScimTaxIndexV3Csv,
  importScimTaxIndexV3Json,
  v3RowSchema,
} from '@/lib/open-data/scim-tax-index';
import type { ImportedVendor } from '@/lib/open-data/types';
import { openDataJson, openDataText } from '../../support/open-data-fixtures';

const aprilRows = z.object({ vendors: z.array(aprilRowSchema) }).parse(openDataJson('data-2026-04.json')).vendors;
const v3Rows = z.object({ vendors: z.array(v3RowSchema) }).parse(openDataJson('sample-2026-10.json')).vendors;
const aprilJson = importScimTaxIndexAprilJson(openDataText('data-2026-04.json'));
const aprilCsv = importScimTaxIndexAprilCsv(openDataText('data-2026-04.csv'));
const v3Json = importScimTaxIndexV3Json(openDataText('sample-2026-10.json'));
const v3Csv = importScimTaxIndexV3Csv(openDataText('sample-2026-10.csv'));

const bySlug = (vendors: ImportedVendor[], slug: string): ImportedVendor => {
  const vendor = vendors.find((candidate) => candidate.record.slug === slug);
  if (!vendor) throw new Error(`no imported vendor ${slug}`);
  return vendor;
};
const planSummary = (record: AppRecord) =>
  record.plans.map((plan) => ({ name: plan.name, rank: plan.rank, sso: plan.sso, scim: plan.scim, price: plan.price && { ...plan.price, note: undefined } }));
const countBy = <T,>(values: T[]) => values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<T, number>());

describe('SCIM Tax Index fixtures: every row mapped, nothing lost', () => {
  it.each([
    ['April 2026 JSON', aprilJson, 286, '2026-04'],
    ['April 2026 CSV', aprilCsv, 286, '2026-04'],
    ['October 2026 (v3) JSON sample', v3Json, 27, '2026-10'],
    ['October 2026 (v3) CSV sample', v3Csv, 34, '2026-10'],
  ])('%s: %i rows, no problems, every record valid, release read', (_label, result, rows, release) => {
    expect(result.problems).toEqual([]);
    expect(result.vendors).toHaveLength(rows);
    for (const vendor of result.vendors) {
      expect(appRecordSchema.safeParse(vendor.record).success).toBe(true);
      expect(vendor.provenance.release).toBe(release);
    }
    expect(result.vendors.map((vendor) => vendor.provenance.rowNumber)).toEqual(Array.from({ length: rows }, (_, index) => index + 1));
  });

  it('keeps each row’s slug, name and publisher status in file order', () => {
    expect(aprilJson.vendors.map((vendor) => [vendor.record.slug, vendor.record.name, vendor.provenance.publisherStatus])).toEqual(
      aprilRows.map((row) => [row.slug, row.vendor, row.status]),
    );
    expect(v3Json.vendors.map((vendor) => [vendor.record.slug, vendor.record.name, vendor.provenance.publisherStatus])).toEqual(
      v3Rows.map((row) => [row.slug, row.vendor, row.status]),
    );
  });

  it('covers every publisher status (April has all five) with the published counts', () => {
    expect(Object.fromEntries(countBy(aprilJson.vendors.map((vendor) => vendor.provenance.publisherStatus)))).toEqual({
      gated: 132,
      none: 66,
      partial: 14,
      unknown: 61,
      free: 13,
    });
  });

  it('keeps every published value that our model has no field for in the provenance', () => {
    v3Json.vendors.forEach((vendor, index) => {
      const row = v3Rows[index];
      expect(vendor.provenance).toMatchObject({
        publisherName: row?.vendor,
        publisherSlug: row?.slug,
        publisherCategory: row?.category,
        confidence: row?.confidence,
        evidence: row?.evidence,
        notes: row?.notes,
        lastVerified: row?.last_verified,
        firstAdded: row?.first_added,
        statusPrev: row?.status_prev,
        scimOps: row?.scim_ops,
        genericScimEndpoint: row?.idp.generic,
        priceMultiplier: row?.price_multiplier,
        idpValues: { okta: row?.idp.okta, entra: row?.idp.entra, google: row?.idp.google, onelogin: row?.idp.onelogin, jumpcloud: row?.idp.jumpcloud },
      });
    });
  });

  it('credits the publisher and says the data was changed', () => {
    const { provenance } = bySlug(v3Json.vendors, 'airtable');
    expect(provenance).toMatchObject({ dataset: 'scim-tax-index', license: 'CC-BY 4.0', licenseUrl: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(provenance.attribution).toContain('SCIM Tax Index (Iden, 2026). https://scimtax.org/ — CC-BY 4.0');
    expect(provenance.attribution).toContain('Changed:');
  });
});

describe('SCIM Tax Index: CSV gives the same records as JSON', () => {
  it('April 2026: all 286 rows equal, record and provenance', () => {
    expect(aprilCsv.vendors).toEqual(aprilJson.vendors);
  });

  it('v3: the 27 shared rows equal, except scim_ops that CSV cannot tell from null (Aircall)', () => {
    const differences: string[] = [];
    v3Json.vendors.forEach((fromJson, index) => {
      const fromCsv = v3Csv.vendors[index];
      expect(fromCsv?.record).toEqual(fromJson.record);
      const { scimOps: csvOps, ...csvRest } = fromCsv?.provenance ?? { scimOps: undefined };
      const { scimOps: jsonOps, ...jsonRest } = fromJson.provenance;
      expect(csvRest).toEqual(jsonRest);
      if (JSON.stringify(csvOps) !== JSON.stringify(jsonOps)) differences.push(fromJson.record.slug);
    });
    // FORMAT.md: "CSV cannot tell a null scim_ops apart from one whose five values are all null".
    expect(differences).toEqual(['aircall']);
    expect(bySlug(v3Json.vendors, 'aircall').provenance.scimOps).toEqual({ create: null, update: null, deactivate: null, delete: null, groups: null });
    expect(bySlug(v3Csv.vendors, 'aircall').provenance.scimOps).toBeNull();
  });

  it('v3 CSV reads the 7 rows beyond the JSON sample as well', () => {
    expect(v3Csv.vendors.slice(27).map((vendor) => vendor.record.slug)).toEqual([
      'alertmedia',
      'alkami',
      'alteryx',
      'amazinghiring',
      'amazon-business',
      'redshift',
      'amplitude',
    ]);
  });
});

describe('SCIM Tax Index v3: IdP values', () => {
  const allCapabilities = v3Csv.vendors.flatMap((vendor) =>
    vendor.record.idps.map((capability) => ({ capability, value: vendor.provenance.idpValues?.[capability.idp] ?? null, ops: vendor.provenance.scimOps })),
  );

  it('lists the five IdPs the index covers for every row, Ping never', () => {
    for (const vendor of v3Csv.vendors) expect(vendor.record.idps.map((capability) => capability.idp)).toEqual(['okta', 'entra', 'google', 'onelogin', 'jumpcloud']);
  });

  it('covers every IdP value the fixtures hold', () => {
    expect([...countBy(allCapabilities.map((entry) => entry.value)).keys()].sort()).toEqual(['native', 'none', 'sso_only', 'via_generic', null].sort());
  });

  it.each([
    ['native', { sso: null, provisioning: 'scim' }, 'catalogue app that provisions (SCIM Tax Index: native)'],
    ['via_generic', { sso: null, provisioning: 'scim' }, 'Generic SCIM app in'],
    ['sso_only', { sso: true, provisioning: 'none' }, 'sign-in only, no provisioning (SCIM Tax Index: sso_only)'],
  ])('%s maps to %o, saying which', (value, expected, integration) => {
    const matching = allCapabilities.filter((entry) => entry.value === value);
    expect(matching.length).toBeGreaterThan(0);
    for (const { capability, ops } of matching) {
      expect(capability).toMatchObject(expected);
      expect(capability.integration).toContain(integration);
      if (capability.provisioning === 'scim') {
        expect(capability.features).toEqual({
          createUsers: ops?.create ?? null,
          updateUsers: ops?.update ?? null,
          deactivateUsers: ops?.deactivate ?? null,
          pushGroups: ops?.groups ?? null,
        });
      } else {
        expect(capability.features).toEqual({ createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null });
      }
    }
  });

  it('none: provisioning none, SSO not stated', () => {
    for (const { capability } of allCapabilities.filter((entry) => entry.value === 'none')) {
      expect(capability).toMatchObject({ sso: null, provisioning: 'none', integration: null });
      expect(capability.notes).toContain('SCIM Tax Index: none');
    }
  });

  it('null stays null: nothing stated about that IdP', () => {
    for (const { capability } of allCapabilities.filter((entry) => entry.value === null)) {
      expect(capability).toEqual({
        idp: capability.idp,
        sso: null,
        provisioning: null,
        features: { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null },
        integration: null,
        syncIntervalMinutes: null,
        notes: null,
      });
    }
  });

  it.each(['directory_sync', 'third_party', 'api_connector', 'carrier_pigeon'])('an unrecognised value (%s) leaves provisioning unknown and keeps the value', (value) => {
    const row = { ...v3Rows[1], idp: { ...v3Rows[1]?.idp, google: value } };
    const result = importScimTaxIndexV3Json(JSON.stringify({ last_updated: '2026-10', vendors: [row] }));
    expect(result.problems).toEqual([]);
    const google = result.vendors[0]?.record.idps.find((capability) => capability.idp === 'google');
    expect(google).toMatchObject({ sso: null, provisioning: null, features: { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null } });
    expect(google?.notes).toContain(`“${value}”`);
    expect(result.vendors[0]?.provenance.idpValues?.google).toBe(value);
  });

  it('April rows state nothing about IdPs, so there are no IdP entries', () => {
    for (const vendor of aprilJson.vendors) expect(vendor.record.idps).toEqual([]);
  });
});

describe('SCIM Tax Index: null stays null', () => {
  it('April rows leave every SSO flag, confidence, docs and operations unstated', () => {
    for (const vendor of aprilJson.vendors) {
      expect(vendor.record.plans.every((plan) => plan.sso === null || vendor.provenance.scimPlanScope === 'jit-only')).toBe(true);
      expect(vendor.record.confidence).toBeNull();
      expect(vendor.record.sso).toEqual({ protocols: null, requiredForScim: null });
      expect(vendor.record.scim).toEqual({ version: null, operations: [], attributes: null, tokenSource: null, docsUrl: null });
      expect(vendor.provenance).toMatchObject({ confidence: null, evidence: null, notes: null, lastVerified: null, scimOps: null, idpValues: null, publisherCategory: null });
    }
  });

  it('v3: sso_required_for_scim, docs_url, min_seats and generic null stay unstated', () => {
    v3Json.vendors.forEach((vendor, index) => {
      const row = v3Rows[index];
      expect(vendor.record.sso.requiredForScim).toBe(row?.sso_required_for_scim);
      if (row?.docs_url === null) {
        expect(vendor.record.sources).toHaveLength(2);
        expect(vendor.record.scim.docsUrl).toBeNull();
      }
      if (row?.idp.generic !== true) expect(vendor.record.scim.version).toBeNull();
      if (row?.min_seats === null) expect(vendor.record.plans.some((plan) => plan.price?.model === 'per_seat' && plan.price.minSeats !== undefined && plan.name === row.scim_plan)).toBe(false);
    });
  });

  it('unknown SCIM (status unknown, plan "—") leaves every plan’s SCIM flag null', () => {
    for (const vendor of [...aprilJson.vendors, ...v3Csv.vendors].filter((candidate) => candidate.provenance.publisherStatus === 'unknown')) {
      expect(vendor.record.plans.every((plan) => plan.scim === null)).toBe(true);
    }
  });

  it('status none puts scim false on every plan and never leaves a row without one', () => {
    for (const vendor of [...aprilJson.vendors, ...v3Csv.vendors].filter((candidate) => candidate.provenance.publisherStatus === 'none')) {
      expect(vendor.record.plans.length).toBeGreaterThan(0);
      expect(vendor.record.plans.every((plan) => plan.scim === false)).toBe(true);
    }
  });

  it('a row that states no price gets a null price, never a made-up one', () => {
    const prices = aprilJson.vendors.flatMap((vendor) => vendor.record.plans.map((plan) => plan.price));
    expect(prices.filter((price) => price?.model === 'quote' && price.estimateAnnual !== undefined)).toEqual([]);
  });
});

describe('SCIM Tax Index: plans, prices and scope on real rows', () => {
  it('1Password v3: team plan below the SSO+SCIM plan; per-user price only where text and figure agree', () => {
    const { record, provenance } = bySlug(v3Json.vendors, '1password');
    expect(planSummary(record)).toEqual([
      { name: 'Teams Starter Pack', rank: 0, sso: false, scim: false, price: null },
      { name: 'Business', rank: 1, sso: true, scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 107.88 } },
    ]);
    expect(record.plans[0]?.note).toContain('$2.5 per user per month');
    expect(record.plans[0]?.note).toContain('Teams Starter Pack: $24.95/mo flat for 10 members');
    expect(provenance.statedPrices.find((stated) => stated.role === 'team')?.figures?.perUserMonthly).toBe(2.5);
    expect(record.scim).toMatchObject({ version: '2.0', operations: ['create', 'update', 'deactivate', 'groups'], docsUrl: 'https://support.1password.com/provisioning/' });
    expect(record.website).toBe('https://1password.com');
    expect(record.verifiedAt).toBe('2026-10-05');
    expect(record.confidence).toBe('high');
    expect(record.category).toBe('Security & compliance');
  });

  it('Airtable April: a combined plan name stays one plan; "Contact Sales" is a quote', () => {
    const { record } = bySlug(aprilJson.vendors, 'airtable');
    expect(planSummary(record)).toEqual([
      { name: 'Team', rank: 0, sso: null, scim: false, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 240 } },
      { name: 'Business / Enterprise Scale', rank: 1, sso: null, scim: true, price: { model: 'quote', currency: 'USD' } },
    ]);
    expect(record.verifiedAt).toBe('2026-04-01');
    expect(record.website).toBe('https://airtable.com');
  });

  it('Metabase April: "$575/mo + $12/user" is no usable price, but its figures are kept', () => {
    const { record, provenance } = bySlug(aprilJson.vendors, 'metabase');
    expect(planSummary(record)).toEqual([
      { name: 'Starter', rank: 0, sso: null, scim: false, price: null },
      { name: 'Pro', rank: 1, sso: null, scim: true, price: null },
    ]);
    expect(record.plans[1]?.note).toContain('“$575/mo + $12/user”');
    expect(provenance.statedPrices).toEqual([
      expect.objectContaining({ role: 'team', planName: 'Starter', figures: expect.objectContaining({ baseMonthly: 100, perUserMonthly: 6 }) }),
      expect.objectContaining({ role: 'scim', planName: 'Pro', figures: expect.objectContaining({ baseMonthly: 575, perUserMonthly: 12, basis: 'unstated' }) }),
    ]);
  });

  it('Amplitude April: the estimate next to "Contact Sales" stays in the note', () => {
    const growth = bySlug(aprilJson.vendors, 'amplitude').record.plans.find((plan) => plan.name === 'Growth');
    expect(growth?.price).toEqual({ model: 'quote', currency: 'USD', note: 'SCIM Tax Index 2026-04 states “Contact Sales (~$22K–$254K/yr)”' });
  });

  it('8x8 April: an unnamed approximate base price becomes "Base plan" with null flags and price', () => {
    const { record } = bySlug(aprilJson.vendors, '8x8');
    expect(planSummary(record)).toEqual([
      { name: 'Base plan', rank: 0, sso: null, scim: null, price: null },
      { name: 'X Series', rank: 1, sso: null, scim: true, price: { model: 'quote', currency: 'USD' } },
    ]);
    expect(record.plans[0]?.note).toContain('“~$15/u/mo” (an approximate figure)');
  });

  it('8x8 v3: "Any X Series plan (X2 and up)" puts SCIM on the team plan', () => {
    const { record, provenance } = bySlug(v3Json.vendors, '8x8');
    expect(provenance.scimPlanScope).toBe('all-plans');
    expect(planSummary(record)).toEqual([{ name: 'X2', rank: 0, sso: null, scim: true, price: null }]);
    expect(record.plans[0]?.note).toContain('SCIM on “Any X Series plan (X2 and up)”');
  });

  it('RingCentral April: "All paid plans" puts SCIM on the paid team plan', () => {
    const { record, provenance } = bySlug(aprilJson.vendors, 'ringcentral');
    expect(provenance.scimPlanScope).toBe('all-paid-plans');
    expect(planSummary(record)).toEqual([{ name: 'Core', rank: 0, sso: null, scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 240 } }]);
  });

  it('BitWarden April: a free base plan named "Free" sits below the SCIM plan', () => {
    expect(planSummary(bySlug(aprilJson.vendors, 'bitwarden').record)).toEqual([
      { name: 'Free', rank: 0, sso: null, scim: false, price: { model: 'free', currency: 'USD' } },
      { name: 'Teams', rank: 1, sso: null, scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 48 } },
    ]);
  });

  it('Amazon Business v3: the free plan with SCIM ranks below the paid team tier', () => {
    expect(planSummary(bySlug(v3Csv.vendors, 'amazon-business').record)).toEqual([
      { name: 'Amazon Business account (free)', rank: 0, sso: true, scim: true, price: { model: 'free', currency: 'USD' } },
      { name: 'Prime Business Essentials', rank: 1, sso: null, scim: null, price: null },
    ]);
  });

  it('Absorb LMS v3: SCIM and SSO sold as paid add-ons are their own plans, never a plan price', () => {
    const { record, provenance } = bySlug(v3Json.vendors, 'absorb-lms');
    expect(provenance.scimPlanScope).toBe('add-on');
    expect(planSummary(record)).toEqual([
      { name: 'SSO Configuration (paid add-on)', rank: 0, sso: true, scim: false, price: null },
      { name: 'SCIM Settings (paid add-on)', rank: 1, sso: null, scim: true, price: null },
    ]);
    expect(record.plans[1]?.note).toContain('Sold as a paid add-on');
    expect(record.limitations[0]).toContain('SCIM is sold as a paid add-on');
  });

  it('OpsGenie April: "+$4/u/mo" for a separate product is an add-on, the team plan keeps scim false', () => {
    const { record, provenance } = bySlug(aprilJson.vendors, 'opsgenie');
    expect(provenance.scimPlanScope).toBe('add-on');
    expect(planSummary(record)).toEqual([
      { name: 'Essentials', rank: 0, sso: null, scim: false, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 113.4 } },
      { name: 'Atlassian Guard (separate product)', rank: 1, sso: null, scim: true, price: null },
    ]);
  });

  it('n8n April: "Enterprise (JIT only)" is SSO with just-in-time creation, not SCIM', () => {
    const { record, provenance } = bySlug(aprilJson.vendors, 'n8n');
    expect(provenance.scimPlanScope).toBe('jit-only');
    expect(record.plans.map((plan) => [plan.name, plan.sso, plan.scim])).toEqual([
      ['Base plan', null, false],
      ['Enterprise (JIT only)', true, false],
    ]);
    expect(record.limitations.some((limitation) => limitation.includes('just in time'))).toBe(true);
  });

  it('AdRoll v3: "All packages" for both SSO and SCIM puts both on the one named plan', () => {
    expect(planSummary(bySlug(v3Json.vendors, 'adroll').record)).toEqual([{ name: 'Ads (Self-Service)', rank: 0, sso: true, scim: true, price: null }]);
  });

  it('Aircall v3: min_seats goes on the SCIM plan (a quote, so in the note), the team minimum on its price', () => {
    const { record } = bySlug(v3Json.vendors, 'aircall');
    expect(planSummary(record)).toEqual([
      { name: 'Essentials', rank: 0, sso: false, scim: false, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 360, minSeats: 3 } },
      { name: 'Enterprise', rank: 1, sso: true, scim: true, price: { model: 'quote', currency: 'USD' } },
    ]);
    expect(record.plans[1]?.note).toContain('Minimum of 25 seats');
  });

  it('min_seats becomes minSeats when the SCIM plan has a per-seat price', () => {
    const row = { ...v3Rows[1], scim_plan: 'Business', min_seats: 10 };
    const { vendors } = importScimTaxIndexV3Json(JSON.stringify({ last_updated: '2026-10', vendors: [row] }));
    const business = vendors[0]?.record.plans.find((plan) => plan.name === 'Business');
    expect(business?.price).toMatchObject({ model: 'per_seat', annualPerSeat: 107.88, minSeats: 10 });
  });

  it('Adyen v3: status none with only an SSO plan; operations and SCIM docs stay empty', () => {
    const { record } = bySlug(v3Json.vendors, 'adyen');
    expect(planSummary(record)).toEqual([{ name: 'All accounts (company account)', rank: 0, sso: true, scim: false, price: null }]);
    expect(record.scim).toEqual({ version: null, operations: [], attributes: null, tokenSource: null, docsUrl: null });
  });

  it('a none row without any plan gets one placeholder plan, so the "no" is kept', () => {
    const row = { vendor: 'Nothing Inc', slug: 'nothing', status: 'none', plan_required: '—', scim_price: '—', base_plan_price: '—', pricing_page_url: 'https://nothing.example/pricing' };
    const { vendors, problems } = importScimTaxIndexAprilJson(JSON.stringify({ last_updated: '2026-04', vendors: [row] }));
    expect(problems).toEqual([]);
    expect(planSummary(vendors[0]?.record ?? ({} as AppRecord))).toEqual([{ name: 'All plans', rank: 0, sso: null, scim: false, price: null }]);
  });

  it('v3 operations documented as unsupported become limitations', () => {
    expect(bySlug(v3Json.vendors, '6sense').record.limitations).toEqual([
      'Pushing groups over SCIM is documented as not supported (SCIM Tax Index 2026-10)',
      'SCIM DELETE is documented as not supported; users are deactivated instead (SCIM Tax Index 2026-10)',
    ]);
  });

  it('sources: the index row, then the pricing page and docs it cites, dated last_verified', () => {
    expect(bySlug(v3Json.vendors, 'airtable').record.sources).toEqual([
      { url: 'https://scimtax.org/', title: 'SCIM Tax Index 2026-10 (Iden, CC BY 4.0), row “Airtable”', asOf: '2026-10-05', covers: ['pricing', 'scim', 'sso', 'idps'] },
      { url: 'https://airtable.com/pricing', title: 'Airtable pricing page, as cited by the SCIM Tax Index 2026-10', asOf: '2026-10-05', covers: ['pricing'] },
      { url: 'https://airtable.com/developers/web/api/scim-overview', title: 'Airtable documentation, as cited by the SCIM Tax Index 2026-10', asOf: '2026-10-05', covers: ['scim', 'sso'] },
    ]);
    expect(bySlug(aprilJson.vendors, 'airtable').record.sources.map((source) => [source.url, source.asOf])).toEqual([
      ['https://scimtax.org/', '2026-04-01'],
      ['https://airtable.com/pricing', '2026-04-01'],
    ]);
  });

  it('categories: v3 ones mapped by table, April ones defaulted and flagged', () => {
    expect(v3Csv.vendors.map((vendor) => [vendor.provenance.publisherCategory, vendor.record.category, vendor.provenance.isCategoryDefaulted])).toContainEqual([
      'Vertical SaaS (Healthcare, Education, Real Estate, Construction, Field Service)',
      'Docs, files & productivity',
      true,
    ]);
    expect(v3Csv.vendors.filter((vendor) => vendor.provenance.isCategoryDefaulted).map((vendor) => vendor.record.slug)).toEqual(['alkami']);
    expect(aprilJson.vendors.every((vendor) => vendor.provenance.isCategoryDefaulted && vendor.record.category === 'Docs, files & productivity')).toBe(true);
  });
});

describe('SCIM Tax Index: malformed files and rows are reported by row and field', () => {
  const v3 = (vendors: unknown[]) => JSON.stringify({ last_updated: '2026-10', vendors });
  const good = v3Rows[1];

  it('a file that is not JSON', () => {
    expect(importScimTaxIndexV3Json('{ not json').problems).toEqual([{ row: 0, field: '(file)', message: expect.stringContaining('Not valid JSON') }]);
  });

  it('an envelope without a release month', () => {
    expect(importScimTaxIndexV3Json(JSON.stringify({ vendors: [] })).problems).toEqual([{ row: 0, field: 'last_updated', message: expect.any(String) }]);
  });

  it('bad values name their row and field; good rows around them still map', () => {
    const result = importScimTaxIndexV3Json(
      v3([good, { ...good, status: 'maybe' }, { ...good, pricing_page_url: 'ftp://example.com' }, { ...good, idp: undefined }, { ...good, slug: 'Not A Slug' }]),
    );
    expect(result.vendors.map((vendor) => vendor.provenance.rowNumber)).toEqual([1]);
    expect(result.problems.map((problem) => [problem.row, problem.field])).toEqual([
      [2, 'status'],
      [3, 'pricing_page_url'],
      [4, 'idp'],
      [5, 'slug'],
    ]);
  });

  it('CSV: a missing column fails the file; a ragged row, a bad number and a bad boolean fail their rows', () => {
    const header = openDataText('sample-2026-10.csv').split('\n')[0] ?? '';
    expect(importScimTaxIndexV3Csv(header.replace(',idp_generic', '') + '\n').problems).toEqual([{ row: 0, field: 'idp_generic', message: 'Column missing from the header' }]);

    const lines = openDataText('sample-2026-10.csv').split('\n');
    const second = lines[2] ?? '';
    const broken = [header, lines[1], 'too,few,fields', second.replace(',8.99,', ',eight,'), second.replace(',false,', ',maybe,')].join('\n');
    const result = importScimTaxIndexV3Csv(broken);
    expect(result.vendors.map((vendor) => vendor.provenance.rowNumber)).toEqual([1]);
    expect(result.problems.map((problem) => [problem.row, problem.field])).toEqual([
      [2, '(row)'],
      [3, 'scim_price_per_user_mo'],
      [4, 'sso_required_for_scim'],
    ]);
  });

  it('CSV: a quote left open is a file problem with its line', () => {
    expect(importScimTaxIndexAprilCsv('vendor,slug,status,plan_required,scim_price,base_plan_price,pricing_page_url\n"open,a,b').problems).toEqual([
      { row: 0, field: '(file)', message: 'Quoted field is never closed (line 2, column 1)' },
    ]);
  });

  it('clips published text longer than our limits instead of refusing the row, keeping it whole in the provenance', () => {
    const longPlan = `Enterprise ${'with a very long qualifier '.repeat(8)}`.trim();
    const longVendor = `Vendor ${'Name '.repeat(40)}`.trim();
    const row = { ...good, vendor: longVendor, scim_plan: longPlan, sso_plan: null, scim_price_text: `Contact Sales (${'x'.repeat(2500)})` };
    const result = importScimTaxIndexV3Json(v3([row]));
    expect(result.problems).toEqual([]);
    const record = result.vendors[0]?.record;
    expect(record?.name.length).toBeLessThanOrEqual(120);
    expect(record?.name.endsWith('…')).toBe(true);
    const plan = record?.plans.find((candidate) => candidate.scim === true);
    expect(plan?.name.length).toBeLessThanOrEqual(120);
    expect(plan?.name.endsWith('…')).toBe(true);
    expect(plan?.note).toContain(`Published name: “${longPlan}”`);
    expect(result.vendors[0]?.provenance).toMatchObject({ publisherName: longVendor, scimPlanName: longPlan });
  });

  it('an explicit release overrides the one in the file', () => {
    expect(importScimTaxIndexV3Csv(openDataText('sample-2026-10.csv'), { release: '2026-11' }).vendors[0]?.provenance.release).toBe('2026-11');
  });
});
