import { catalogExportSchema } from '../catalog/export-format';
import { jsonProblem } from './import-problems';
import {
  APRIL_COLUMNS,
  importScimTaxIndexAprilCsv,
  importScimTaxIndexAprilJson,
  importScimTaxIndexV3Csv,
  importScimTaxIndexV3Json,
  V3_COLUMNS,
} from './scim-tax-index';
import { importSsoTaxJson } from './sso-tax';
import type { ImportProblem, OpenDataFormat, OpenDataParseResult } from './types';

/**
 * Recognises an uploaded file and imports it with the matching importer.
 *
 * Decisions:
 * - The content decides, not the file name: JSON by its shape (our export by `format`, an index release by the
 *   keys of its rows, sso.tax as an array of `{name, basePricing, ssoPricing}`), CSV by its header columns.
 *   The file name only settles a JSON file without rows (an empty release or an empty sso.tax array).
 * - Our own export (`format: 'scimgap-catalog'`) is validated and returned as `catalog`, not turned into
 *   imported vendors: it is a restore of curated data, not open data with a licence.
 * - Any problem is reported with row and field; the admin page refuses the whole file when there is one.
 */

export interface ParseOpenDataOptions {
  /** Release to record instead of the one read from the file (needed for sso.tax snapshots other than ours). */
  release?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function detectJson(json: unknown, fileName: string | undefined): OpenDataFormat | null {
  if (isRecord(json)) {
    if (json.format === 'scimgap-catalog') return 'scimgap-catalog';
    if (!Array.isArray(json.vendors)) return null;
    const first: unknown = json.vendors[0];
    if (isRecord(first)) {
      if ('scim_plan' in first || 'idp' in first || 'scim_ops' in first) return 'scim-tax-index-v3-json';
      if ('plan_required' in first) return 'scim-tax-index-2026-04-json';
      return null;
    }
    if (json.vendors.length > 0) return null;
    return json.last_updated === '2026-04' ? 'scim-tax-index-2026-04-json' : 'scim-tax-index-v3-json';
  }
  if (Array.isArray(json)) {
    const first: unknown = json[0];
    if (isRecord(first)) return 'name' in first && ('basePricing' in first || 'ssoPricing' in first) ? 'sso-tax-json' : null;
    return json.length === 0 && /sso/i.test(fileName ?? '') ? 'sso-tax-json' : null;
  }
  return null;
}

/** Which importer fits this file, or null when none does. */
export function detectOpenDataFormat(text: string, fileName?: string): OpenDataFormat | null {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      return detectJson(JSON.parse(body), fileName);
    } catch {
      return null;
    }
  }
  const header = (body.split(/\r\n|\n|\r/, 1)[0] ?? '').split(',').map((column) => column.trim().replace(/^"(.*)"$/, '$1'));
  if (V3_COLUMNS.every((column) => header.includes(column))) return 'scim-tax-index-v3-csv';
  if (APRIL_COLUMNS.every((column) => header.includes(column))) return 'scim-tax-index-2026-04-csv';
  return null;
}

function parseCatalogExport(text: string): OpenDataParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { format: 'scimgap-catalog', vendors: [], problems: [jsonProblem(error)] };
  }
  const parsed = catalogExportSchema.safeParse(json);
  if (parsed.success) return { format: 'scimgap-catalog', vendors: [], problems: [], catalog: parsed.data };
  const problems: ImportProblem[] = parsed.error.issues.map((issue) => {
    const [top, index, ...rest] = issue.path;
    // apps[3].plans[0].price → row 4, field "plans.0.price"
    if (top === 'apps' && typeof index === 'number') return { row: index + 1, field: rest.map(String).join('.') || '(app)', message: issue.message };
    return { row: 0, field: issue.path.map(String).join('.') || '(file)', message: issue.message };
  });
  return { format: 'scimgap-catalog', vendors: [], problems };
}

/** Detects the format of an uploaded file and imports it: vendors in our model plus every problem found. */
export function parseOpenData(text: string, fileName?: string, options: ParseOpenDataOptions = {}): OpenDataParseResult {
  const format = detectOpenDataFormat(text, fileName);
  const body = text.replace(/^\uFEFF/, '');
  switch (format) {
    case null:
      return {
        format,
        vendors: [],
        problems: [
          {
            row: 0,
            field: '(file)',
            message: 'Not a format we import: expected SCIM Tax Index JSON or CSV (April 2026 or v3), sso.tax JSON or a ScimGap catalog export',
          },
        ],
      };
    case 'scimgap-catalog':
      return parseCatalogExport(body);
    case 'scim-tax-index-v3-json':
      return { format, ...importScimTaxIndexV3Json(body, options) };
    case 'scim-tax-index-v3-csv':
      return { format, ...importScimTaxIndexV3Csv(body, options) };
    case 'scim-tax-index-2026-04-json':
      return { format, ...importScimTaxIndexAprilJson(body, options) };
    case 'scim-tax-index-2026-04-csv':
      return { format, ...importScimTaxIndexAprilCsv(body, options) };
    case 'sso-tax-json':
      return { format, ...importSsoTaxJson(body, options) };
  }
}
