import { z } from 'zod';
import { slugSchema } from '../catalog/schemas';
import { CsvSyntaxError, parseCsv } from './csv';
import { mapIndexRow, type IndexRow } from './map-index-row';
import { planNameBeforePrice } from './price-text';
import { importRows, jsonProblem, problemsFromZod } from './import-problems';
import { PUBLISHER_STATUSES, type ImportProblem, type ImportResult } from './types';

/**
 * Importers for the SCIM Tax Index (Iden, CC-BY 4.0): the April 2026 seven-column release and the v3 release
 * (October 2026), each as JSON and as CSV. See db/seed/open-data/FORMAT.md.
 *
 * Decisions:
 * - Every format is read into one row shape (`IndexRow`) and mapped by `mapIndexRow`, so JSON and CSV of the
 *   same release give the same records.
 * - Empty text counts as not stated (null) in both formats, because CSV writes null as an empty cell. The one
 *   difference left is `scim_ops`: JSON tells "no SCIM to describe" (null) from "SCIM claimed, operations not
 *   documented" (five nulls); CSV writes both as five empty cells and we read them as null. Only the provenance
 *   (`scimOps`) differs; the mapped record is the same.
 * - The release comes from the JSON envelope's `last_updated`. A CSV has no envelope: April CSV is '2026-04' (the
 *   only release with that layout) and a v3 CSV takes the month of its newest `last_verified`; a caller that
 *   knows better passes `release`.
 * - A row that does not fit the published schema is reported with its row number and field and left out; the
 *   caller refuses the file when there is any problem. Extra columns or keys are ignored (newer releases add
 *   fields), missing ones are problems. The envelope's `count` describes the whole release (the stored sample
 *   keeps 850 for 27 rows), so it is not checked against the rows.
 */

const text = z.string().nullable();
const number = z.number().finite().nonnegative().nullable();
const httpUrl = z.url({ protocol: /^https?$/, message: 'Must be an http(s) URL' });
const isoDate = z.iso.date({ message: 'Must be a date (YYYY-MM-DD)' });
const month = z.string().regex(/^\d{4}-\d{2}$/, 'Must be a month (YYYY-MM)');
const status = z.enum(PUBLISHER_STATUSES, { message: `Must be one of ${PUBLISHER_STATUSES.join(', ')}` });
const flag = z.boolean().nullable();

const releaseEnvelopeSchema = z.object({
  last_updated: month,
  vendors: z.array(z.unknown()),
});

export const aprilRowSchema = z.object({
  vendor: z.string().trim().min(1, 'Vendor is required'),
  slug: slugSchema,
  status,
  plan_required: text,
  scim_price: text,
  base_plan_price: text,
  pricing_page_url: httpUrl,
});
export type AprilRow = z.infer<typeof aprilRowSchema>;

export const v3RowSchema = z.object({
  vendor: z.string().trim().min(1, 'Vendor is required'),
  slug: slugSchema,
  category: text,
  status,
  scim_plan: text,
  scim_price_text: text,
  scim_price_per_user_mo: number,
  team_plan: text,
  team_price_text: text,
  team_price_per_user_mo: number,
  price_multiplier: number,
  sso_plan: text,
  sso_price_per_user_mo: number,
  sso_required_for_scim: flag,
  scim_addon_price_text: text,
  min_seats: z.int().min(1).nullable(),
  scim_ops: z.object({ create: flag, update: flag, deactivate: flag, delete: flag, groups: flag }).nullable(),
  idp: z.object({ okta: text, entra: text, google: text, onelogin: text, jumpcloud: text, generic: flag }),
  pricing_page_url: httpUrl,
  docs_url: httpUrl.nullable(),
  evidence: text,
  notes: text,
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
  last_verified: isoDate.nullable(),
  first_added: month.nullable(),
  status_prev: status.nullable(),
});
export type V3Row = z.infer<typeof v3RowSchema>;

export const APRIL_COLUMNS = ['vendor', 'slug', 'status', 'plan_required', 'scim_price', 'base_plan_price', 'pricing_page_url'] as const;
export const V3_COLUMNS = [
  'vendor', 'slug', 'category', 'status', 'scim_plan', 'scim_price_text', 'scim_price_per_user_mo',
  'team_plan', 'team_price_text', 'team_price_per_user_mo', 'price_multiplier', 'sso_plan',
  'sso_price_per_user_mo', 'sso_required_for_scim', 'scim_addon_price_text', 'min_seats',
  'scim_create', 'scim_update', 'scim_deactivate', 'scim_delete', 'scim_groups',
  'idp_okta', 'idp_entra', 'idp_google', 'idp_onelogin', 'idp_jumpcloud', 'idp_generic',
  'pricing_page_url', 'docs_url', 'evidence', 'notes', 'confidence', 'last_verified', 'first_added', 'status_prev',
] as const; // prettier-ignore

export const APRIL_RELEASE = '2026-04';

export interface IndexImportOptions {
  /** Overrides the release read from the file (or, for CSV, guessed from it). */
  release?: string;
}

const textOrNull = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());

/** An April row in the shape every release maps from; the team plan is the name before the base price's colon. */
function aprilToIndexRow(row: AprilRow): IndexRow {
  const basePlanPrice = textOrNull(row.base_plan_price);
  return {
    vendor: row.vendor.trim(),
    slug: row.slug,
    category: null,
    status: row.status,
    scimPlan: textOrNull(row.plan_required),
    scimPriceText: textOrNull(row.scim_price),
    scimPricePerUserMonthly: null,
    teamPlan: planNameBeforePrice(basePlanPrice),
    teamPriceText: basePlanPrice,
    teamPricePerUserMonthly: null,
    priceMultiplier: null,
    ssoPlan: null,
    ssoPricePerUserMonthly: null,
    ssoRequiredForScim: null,
    scimAddonPriceText: null,
    minSeats: null,
    scimOps: null,
    idp: null,
    genericScimEndpoint: null,
    pricingPageUrl: row.pricing_page_url,
    docsUrl: null,
    evidence: null,
    notes: null,
    confidence: null,
    lastVerified: null,
    firstAdded: null,
    statusPrev: null,
  };
}

/** A v3 row in the shape every release maps from; empty text reads as not stated. */
function v3ToIndexRow(row: V3Row): IndexRow {
  return {
    vendor: row.vendor.trim(),
    slug: row.slug,
    category: textOrNull(row.category),
    status: row.status,
    scimPlan: textOrNull(row.scim_plan),
    scimPriceText: textOrNull(row.scim_price_text),
    scimPricePerUserMonthly: row.scim_price_per_user_mo,
    teamPlan: textOrNull(row.team_plan),
    teamPriceText: textOrNull(row.team_price_text),
    teamPricePerUserMonthly: row.team_price_per_user_mo,
    priceMultiplier: row.price_multiplier,
    ssoPlan: textOrNull(row.sso_plan),
    ssoPricePerUserMonthly: row.sso_price_per_user_mo,
    ssoRequiredForScim: row.sso_required_for_scim,
    scimAddonPriceText: textOrNull(row.scim_addon_price_text),
    minSeats: row.min_seats,
    scimOps: row.scim_ops,
    idp: {
      okta: textOrNull(row.idp.okta),
      entra: textOrNull(row.idp.entra),
      google: textOrNull(row.idp.google),
      onelogin: textOrNull(row.idp.onelogin),
      jumpcloud: textOrNull(row.idp.jumpcloud),
    },
    genericScimEndpoint: row.idp.generic,
    pricingPageUrl: row.pricing_page_url,
    docsUrl: row.docs_url,
    evidence: textOrNull(row.evidence),
    notes: textOrNull(row.notes),
    confidence: row.confidence,
    lastVerified: row.last_verified,
    firstAdded: row.first_added,
    statusPrev: row.status_prev,
  };
}

/** Index rows in either release format, validated and mapped (see importRows). */
function importIndexRows<T>(rawRows: readonly unknown[], rowSchema: z.ZodType<T>, toIndexRow: (row: T) => IndexRow, release: string, isV3: boolean): ImportResult {
  return importRows(rawRows, rowSchema, (row, rowNumber) => mapIndexRow(toIndexRow(row), { release, rowNumber, isV3 }));
}

function readJson(input: string): { value: unknown } | { problem: ImportProblem } {
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (error) {
    return { problem: jsonProblem(error) };
  }
}

function importIndexJson<T>(input: string, rowSchema: z.ZodType<T>, toIndexRow: (row: T) => IndexRow, isV3: boolean, options: IndexImportOptions): ImportResult {
  const json = readJson(input);
  if ('problem' in json) return { vendors: [], problems: [json.problem] };
  const envelope = releaseEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) return { vendors: [], problems: problemsFromZod(envelope.error, 0) };
  return importIndexRows(envelope.data.vendors, rowSchema, toIndexRow, options.release ?? envelope.data.last_updated, isV3);
}

/** SCIM Tax Index v3 `data.json` (October 2026 release and later). */
export function importScimTaxIndexV3Json(input: string, options: IndexImportOptions = {}): ImportResult {
  return importIndexJson(input, v3RowSchema, v3ToIndexRow, true, options);
}

/** SCIM Tax Index April 2026 `data.json` (seven string fields per row). */
export function importScimTaxIndexAprilJson(input: string, options: IndexImportOptions = {}): ImportResult {
  return importIndexJson(input, aprilRowSchema, aprilToIndexRow, false, options);
}

type CsvTable = { header: string[]; rows: { cells: Record<string, string>; rowNumber: number }[]; problems: ImportProblem[] };

/** Reads a CSV into cells by column name; a missing column fails the file, a ragged row fails that row. */
function readCsvTable(input: string, columns: readonly string[]): CsvTable {
  let records;
  try {
    records = parseCsv(input);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { header: [], rows: [], problems: [{ row: 0, field: '(file)', message: error.message }] };
    throw error;
  }
  const [headerRecord, ...dataRecords] = records;
  const header = headerRecord?.fields.map((name) => name.trim()) ?? [];
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length > 0) return { header, rows: [], problems: missing.map((column) => ({ row: 0, field: column, message: 'Column missing from the header' })) };
  const problems: ImportProblem[] = [];
  const rows = dataRecords.flatMap((record, index) => {
    const rowNumber = index + 1;
    if (record.fields.length !== header.length) {
      problems.push({ row: rowNumber, field: '(row)', message: `Has ${record.fields.length} fields, the header has ${header.length} (line ${record.line})` });
      return [];
    }
    return [{ cells: Object.fromEntries(header.map((name, column) => [name, record.fields[column] ?? ''])), rowNumber }];
  });
  return { header, rows, problems };
}

/** CSV cell → the JSON value it stands for; `undefined` when it cannot be one (reported by the row schema). */
const csvText = (cell: string | undefined) => (cell === undefined || cell === '' ? null : cell);
function csvNumber(cell: string | undefined): number | null | string {
  if (cell === undefined || cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : cell;
}
function csvBoolean(cell: string | undefined): boolean | null | string {
  if (cell === undefined || cell.trim() === '') return null;
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  return cell;
}

/** The JSON row a v3 CSV line stands for; five empty operation cells read as `scim_ops: null`. */
function v3CsvCellsToRow(cells: Record<string, string>): Record<string, unknown> {
  const ops = {
    create: csvBoolean(cells.scim_create),
    update: csvBoolean(cells.scim_update),
    deactivate: csvBoolean(cells.scim_deactivate),
    delete: csvBoolean(cells.scim_delete),
    groups: csvBoolean(cells.scim_groups),
  };
  return {
    vendor: csvText(cells.vendor),
    slug: csvText(cells.slug),
    category: csvText(cells.category),
    status: csvText(cells.status),
    scim_plan: csvText(cells.scim_plan),
    scim_price_text: csvText(cells.scim_price_text),
    scim_price_per_user_mo: csvNumber(cells.scim_price_per_user_mo),
    team_plan: csvText(cells.team_plan),
    team_price_text: csvText(cells.team_price_text),
    team_price_per_user_mo: csvNumber(cells.team_price_per_user_mo),
    price_multiplier: csvNumber(cells.price_multiplier),
    sso_plan: csvText(cells.sso_plan),
    sso_price_per_user_mo: csvNumber(cells.sso_price_per_user_mo),
    sso_required_for_scim: csvBoolean(cells.sso_required_for_scim),
    scim_addon_price_text: csvText(cells.scim_addon_price_text),
    min_seats: csvNumber(cells.min_seats),
    scim_ops: Object.values(ops).every((value) => value === null) ? null : ops,
    idp: {
      okta: csvText(cells.idp_okta),
      entra: csvText(cells.idp_entra),
      google: csvText(cells.idp_google),
      onelogin: csvText(cells.idp_onelogin),
      jumpcloud: csvText(cells.idp_jumpcloud),
      generic: csvBoolean(cells.idp_generic),
    },
    pricing_page_url: csvText(cells.pricing_page_url),
    docs_url: csvText(cells.docs_url),
    evidence: csvText(cells.evidence),
    notes: csvText(cells.notes),
    confidence: csvText(cells.confidence),
    last_verified: csvText(cells.last_verified),
    first_added: csvText(cells.first_added),
    status_prev: csvText(cells.status_prev),
  };
}

/** A v3 CSV has no envelope: its release is the month of the newest `last_verified` ("2026-10-05" → "2026-10"). */
function v3CsvRelease(rows: CsvTable['rows']): string | null {
  const months = rows.map((row) => row.cells.last_verified ?? '').filter((value) => /^\d{4}-\d{2}-\d{2}$/.test(value));
  return months.length === 0 ? null : months.sort().at(-1)?.slice(0, 7) ?? null;
}

function importIndexCsv<T>(
  table: CsvTable,
  toJson: (cells: Record<string, string>) => unknown,
  rowSchema: z.ZodType<T>,
  toIndexRow: (row: T) => IndexRow,
  release: string,
  isV3: boolean,
): ImportResult {
  // Row numbers must stay those of the file even when a ragged row was dropped.
  const result: ImportResult = { vendors: [], problems: [...table.problems] };
  for (const row of table.rows) {
    const single = importIndexRows([toJson(row.cells)], rowSchema, toIndexRow, release, isV3);
    result.vendors.push(...single.vendors.map((vendor) => ({ ...vendor, provenance: { ...vendor.provenance, rowNumber: row.rowNumber } })));
    result.problems.push(...single.problems.map((problem) => ({ ...problem, row: row.rowNumber })));
  }
  result.problems.sort((a, b) => a.row - b.row);
  return result;
}

/** SCIM Tax Index v3 `data.csv` (35 columns). */
export function importScimTaxIndexV3Csv(input: string, options: IndexImportOptions = {}): ImportResult {
  const table = readCsvTable(input, V3_COLUMNS);
  if (table.rows.length === 0 && table.problems.length > 0) return { vendors: [], problems: table.problems };
  const release = options.release ?? v3CsvRelease(table.rows);
  if (release === null) return { vendors: [], problems: [{ row: 0, field: 'last_verified', message: 'No row has a last_verified date to tell the release; pass the release' }] };
  return importIndexCsv(table, v3CsvCellsToRow, v3RowSchema, v3ToIndexRow, release, true);
}

/** SCIM Tax Index April 2026 `data.csv` (seven columns). */
export function importScimTaxIndexAprilCsv(input: string, options: IndexImportOptions = {}): ImportResult {
  const table = readCsvTable(input, APRIL_COLUMNS);
  if (table.rows.length === 0 && table.problems.length > 0) return { vendors: [], problems: table.problems };
  const toJson = (cells: Record<string, string>) => Object.fromEntries(APRIL_COLUMNS.map((column) => [column, csvText(cells[column])]));
  return importIndexCsv(table, toJson, aprilRowSchema, aprilToIndexRow, options.release ?? APRIL_RELEASE, false);
}
