import { z } from 'zod';
import type { AppRecord, Plan, Source } from '../catalog/types';
import { parsePriceText, type ParsedPriceText, type PriceTextOptions } from './price-text';
import { mapPublisherCategory } from './publisher-category';
import { clip } from './clip';
import { importRows, jsonProblem } from './import-problems';
import type { ImportedVendor, ImportResult, StatedPrice } from './types';
import { vendorNameKey } from './vendor-name';

/**
 * Importer for sso.tax rows ("The SSO Wall of Shame", Apache-2.0), as converted into db/seed/open-data/sso-tax.json:
 * an array of `{name, category, url, basePricing, ssoPricing, percentIncrease, pricingSourceUrls, updatedAt}`.
 *
 * Decisions:
 * - The list exists to show vendors whose SSO costs more than their base plan, so each row gives two plans:
 *   "Base plan" (`sso: false`, as the listing itself says) and "SSO plan" (`sso: true`). sso.tax names neither
 *   plan and says nothing about SCIM or IdPs: SCIM stays `null` and there are no IdP entries.
 * - Prices: "$10 per u/m" is a monthly list price per user ("billing not stated" goes in the note), "Call Us!" a
 *   quote; anything else unreadable stays text in the plan note.
 * - The slug is made from the name (`vendorNameKey`: brackets and company suffixes dropped), because the rows
 *   have none. The website is the row's vendor URL; `verifiedAt` and each source's `asOf` are the row's own
 *   `updatedAt`, which can be years old (the merge keeps that date on every conflict).
 * - The release is the snapshot date of the converted repository (2026-06-16, see CATALOG-FORMAT.md) unless the
 *   caller passes another.
 */

export const SSO_TAX_SNAPSHOT = '2026-06-16';
export const SSO_TAX_URL = 'https://sso.tax';
export const APACHE_2_URL = 'https://www.apache.org/licenses/LICENSE-2.0';

const httpUrl = z.url({ protocol: /^https?$/, message: 'Must be an http(s) URL' });

export const ssoTaxRowSchema = z.object({
  name: z.string().trim().min(1, 'Name is required'),
  category: z.string().nullable(),
  url: httpUrl,
  basePricing: z.string().nullable(),
  ssoPricing: z.string().nullable(),
  percentIncrease: z.string().nullable(),
  pricingSourceUrls: z.array(httpUrl),
  updatedAt: z.iso.date({ message: 'Must be a date (YYYY-MM-DD)' }),
});
export type SsoTaxRow = z.infer<typeof ssoTaxRowSchema>;

/** Credit line for sso.tax data, saying we changed it. */
export function ssoTaxAttribution(release: string): string {
  return (
    `sso.tax — The SSO Wall of Shame (github.com/robchahin/sso-wall-of-shame, snapshot ${release}), Apache License 2.0. ` +
    `Changed: vendor files converted to JSON and mapped into ScimGap's catalog model.`
  );
}

function plan(name: string, rank: number, sso: boolean, parsed: ParsedPriceText | null, release: string): Plan {
  const parts = [`sso.tax (${release}): ${sso ? 'the plan that includes SSO' : 'the base plan, without SSO'}; sso.tax gives no plan name.`];
  if (parsed?.price === null && parsed.unreadReason) parts.push(`Price not read from “${parsed.text}” (${parsed.unreadReason}).`);
  if (parsed === null) parts.push('No price stated.');
  return { name, rank, hosting: 'cloud', sso, scim: null, price: parsed?.price ?? null, note: clip(parts.join(' '), 2000) };
}

/** Maps one sso.tax row into a catalog record and its provenance (rules at the top of this file). */
export function mapSsoTaxRow(row: SsoTaxRow, rowNumber: number, release = SSO_TAX_SNAPSHOT): ImportedVendor {
  const priceOptions: PriceTextOptions = { defaultBasis: 'monthly', isDefaultBasisDocumented: false, sourceLabel: `sso.tax (${row.updatedAt})` };
  const base = parsePriceText(row.basePricing, priceOptions);
  const ssoPlan = parsePriceText(row.ssoPricing, priceOptions);
  const asOf = row.updatedAt;
  const sources: Source[] = [
    { url: SSO_TAX_URL, title: clip(`sso.tax, The SSO Wall of Shame (snapshot ${release}), entry “${row.name}”`, 300), asOf, covers: ['pricing', 'sso'] },
    ...row.pricingSourceUrls.map((url) => ({ url, title: clip(`${row.name} pricing page, as cited by sso.tax`, 300), asOf, covers: ['pricing' as const] })),
  ];
  const { category, isDefaulted } = mapPublisherCategory(row.category);
  const record: AppRecord = {
    slug: vendorNameKey(row.name),
    name: clip(row.name.trim(), 120),
    vendor: clip(row.name.trim(), 160),
    category,
    website: row.url,
    hosting: ['cloud'],
    sso: { protocols: null, requiredForScim: null },
    scim: { version: null, operations: [], attributes: null, tokenSource: null, docsUrl: null },
    limitations: [],
    discrepancies: [],
    plans: [plan('Base plan', 0, false, base, release), plan('SSO plan', 1, true, ssoPlan, release)],
    idps: [],
    sources,
    verifiedAt: asOf,
    confidence: null,
  };
  const statedPrices: StatedPrice[] = [
    { role: 'team', planName: null, text: row.basePricing, figures: base?.figures ?? null },
    { role: 'sso', planName: null, text: row.ssoPricing, figures: ssoPlan?.figures ?? null },
  ];
  return {
    record,
    provenance: {
      dataset: 'sso-tax',
      release,
      license: 'Apache-2.0',
      licenseUrl: APACHE_2_URL,
      attribution: ssoTaxAttribution(release),
      rowNumber,
      publisherName: row.name,
      publisherSlug: null,
      publisherStatus: null,
      publisherCategory: row.category,
      isCategoryDefaulted: isDefaulted,
      confidence: null,
      evidence: null,
      notes: row.percentIncrease ? `sso.tax states SSO costs ${row.percentIncrease} more than the base plan.` : null,
      lastVerified: row.updatedAt,
      firstAdded: null,
      statusPrev: null,
      scimPlanScope: 'unknown',
      scimPlanName: null,
      ssoPlanName: null,
      statedPrices,
      scimOps: null,
      genericScimEndpoint: null,
      idpValues: null,
      priceMultiplier: null,
      percentIncrease: row.percentIncrease,
    },
  };
}

/** sso.tax rows as JSON (an array of vendor objects). */
export function importSsoTaxJson(input: string, options: { release?: string } = {}): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (error) {
    return { vendors: [], problems: [jsonProblem(error)] };
  }
  if (!Array.isArray(json)) return { vendors: [], problems: [{ row: 0, field: '(file)', message: 'Expected an array of vendor objects' }] };
  return importRows(json, ssoTaxRowSchema, (row, rowNumber) => mapSsoTaxRow(row, rowNumber, options.release));
}
