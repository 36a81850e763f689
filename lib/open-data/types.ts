import type { AppRecord, IdpId } from '../catalog/types';
import type { CatalogExport } from '../catalog/export-format';
import type { PriceFigures } from './price-text';

/**
 * What every open-data importer returns: a catalog record in our model plus where it came from.
 * The record is valid against `appRecordSchema`; the provenance keeps the publisher's own values that our
 * model has no field for, so nothing in a row is lost and an editor can always see the original.
 */

export const OPEN_DATASETS = ['scim-tax-index', 'sso-tax'] as const;
export type OpenDataset = (typeof OPEN_DATASETS)[number];

export const OPEN_DATA_FORMATS = [
  'scim-tax-index-v3-json',
  'scim-tax-index-v3-csv',
  'scim-tax-index-2026-04-json',
  'scim-tax-index-2026-04-csv',
  'sso-tax-json',
  'scimgap-catalog',
] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

/** The SCIM Tax Index headline verdict, kept as published (our own class is derived, see lib/catalog/status.ts). */
export const PUBLISHER_STATUSES = ['free', 'gated', 'partial', 'none', 'unknown'] as const;
export type PublisherStatus = (typeof PUBLISHER_STATUSES)[number];

/** Where a row puts SCIM: a named plan, every (paid) plan, a paid add-on, no plan, JIT instead of SCIM, or not settled. */
export type ScimPlanScope = 'named' | 'all-plans' | 'all-paid-plans' | 'add-on' | 'jit-only' | 'none' | 'unknown';

export type PlanRole = 'team' | 'sso' | 'scim';

/** A price as the row states it, kept beside the mapped plan so conflicts compare figures, not guesses. */
export interface StatedPrice {
  role: PlanRole;
  /** The row's plan name; null when the row gives none (then the plan is named "Base plan" or "SSO plan"). */
  planName: string | null;
  text: string | null;
  figures: PriceFigures | null;
}

export interface ScimOperationsAsPublished {
  create: boolean | null;
  update: boolean | null;
  deactivate: boolean | null;
  delete: boolean | null;
  groups: boolean | null;
}

export type IdpValuesAsPublished = Partial<Record<IdpId, string | null>>;

export interface ImportProvenance {
  dataset: OpenDataset;
  /** '2026-04', '2026-10' (index releases) or the sso.tax snapshot date '2026-06-16'. */
  release: string;
  license: 'CC-BY 4.0' | 'Apache-2.0';
  licenseUrl: string;
  /** Credit line to show with the data; says the rows were changed (mapped into our model). */
  attribution: string;
  /** 1-based position of the row in the file (CSV: data rows, header not counted). */
  rowNumber: number;
  publisherName: string;
  publisherSlug: string | null;
  publisherStatus: PublisherStatus | null;
  publisherCategory: string | null;
  /** True when the publisher gave no category or one we could not map, so `record.category` is our default. */
  isCategoryDefaulted: boolean;
  confidence: 'high' | 'medium' | 'low' | null;
  evidence: string | null;
  notes: string | null;
  /** ISO date the publisher last checked the row; null when the release does not say. */
  lastVerified: string | null;
  firstAdded: string | null;
  statusPrev: PublisherStatus | null;
  scimPlanScope: ScimPlanScope;
  /** The SCIM plan as the row names it ("Business / Enterprise Scale"); null when it names none. */
  scimPlanName: string | null;
  ssoPlanName: string | null;
  statedPrices: StatedPrice[];
  scimOps: ScimOperationsAsPublished | null;
  /** The index's `idp.generic`: a standard SCIM 2.0 endpoint any client can call. */
  genericScimEndpoint: boolean | null;
  idpValues: IdpValuesAsPublished | null;
  /** The index's SCIM price ÷ team price, as published. */
  priceMultiplier: number | null;
  /** sso.tax's stated price increase for SSO, as written ("300%"). */
  percentIncrease: string | null;
}

export interface ImportedVendor {
  record: AppRecord;
  provenance: ImportProvenance;
}

/** A reason a file or row cannot be imported; row 0 means the file as a whole. */
export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  vendors: ImportedVendor[];
  problems: ImportProblem[];
}

export interface OpenDataParseResult {
  format: OpenDataFormat | null;
  vendors: ImportedVendor[];
  problems: ImportProblem[];
  /** Set for our own export format, which is restored as it is rather than imported as open data. */
  catalog?: CatalogExport;
}
