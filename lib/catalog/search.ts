import { z } from 'zod';
import { scimIncrease } from '../pricing/scim-increase';
import { IDP_IDS, billingSchema, seatsSchema } from './schemas';
import { STATUS_CLASSES, type StatusClass } from './status';
import { summarizeApp, type AppSummary, type ScimPosition } from './summary';
import type { IdpSupportLevel } from './idps';
import type { AppRecord, Billing, IdpId } from './types';

export const SCIM_POSITIONS = ['entry', 'mid', 'enterprise', 'not_offered', 'not_stated'] as const satisfies readonly ScimPosition[];
export const SORTS = ['name', 'increase-desc', 'increase-asc'] as const;
export const IDP_FILTER_KINDS = ['scim', 'groups'] as const;
export type CatalogSort = (typeof SORTS)[number];

/** "scim:entra" (SCIM with Entra ID) or "groups:okta" (Okta pushes groups); a bare IdP id means SCIM with it. */
const idpFilterSchema = z
  .string()
  .transform((value, ctx) => {
    const [first, second] = value.split(':');
    const kind = second === undefined ? 'scim' : first;
    const idp = second === undefined ? first : second;
    if (!(IDP_FILTER_KINDS as readonly string[]).includes(kind ?? '') || !(IDP_IDS as readonly string[]).includes(idp ?? '')) {
      ctx.addIssue({ code: 'custom', message: `idp must be an IdP id (${IDP_IDS.join(', ')}), optionally prefixed with scim: or groups:` });
      return z.NEVER;
    }
    return { kind: kind as (typeof IDP_FILTER_KINDS)[number], idp: idp as IdpId };
  });

/** Query strings send an empty field as "": that means no filter, not a bad value. */
export const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Catalog query as it arrives in a URL or API call; blanks mean "no filter". */
export const catalogQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100, 'Search is at most 100 characters').optional()),
  category: z.preprocess(blankToUndefined, z.string().max(100).optional()),
  idp: z.preprocess(blankToUndefined, idpFilterSchema.optional()),
  position: z.preprocess(blankToUndefined, z.enum(SCIM_POSITIONS, { message: `position is one of ${SCIM_POSITIONS.join(', ')}` }).optional()),
  status: z.preprocess(blankToUndefined, z.enum(STATUS_CLASSES, { message: `status is one of ${STATUS_CLASSES.join(', ')}` }).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(SORTS, { message: `sort is one of ${SORTS.join(', ')}` }).default('name')),
  seats: z.preprocess(blankToUndefined, seatsSchema.default(10)),
  billing: z.preprocess(blankToUndefined, billingSchema.default('monthly')),
});

export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

export interface CatalogEntry {
  record: Pick<AppRecord, 'slug' | 'name' | 'vendor' | 'category' | 'plans' | 'idps'> & { origin?: 'curated' | 'index' };
  summary: AppSummary;
  /** Lowercased name, vendor and slug without accents, for matching. */
  haystack: string;
}

export interface CatalogRow extends AppSummary {
  seats: number;
  billing: Billing;
  basePlan: { name: string; annualCost: number | null } | null;
  scimPlan: { name: string; annualCost: number | null; isQuote: boolean } | null;
  scimIncreaseAnnual: number | null;
}

/**
 * A catalog row as the table gets it: without the query's seats and billing (the table has them once) and with only
 * the IdPs a source covers (absent = not stated), since these props are sent with the page for 50 rows.
 */
export type CatalogTableRow = Omit<CatalogRow, 'seats' | 'billing' | 'idpSupport'> & { idpSupport: Partial<Record<IdpId, IdpSupportLevel>> };

export function toCatalogTableRow({ seats: _seats, billing: _billing, idpSupport, ...row }: CatalogRow): CatalogTableRow {
  return { ...row, idpSupport: Object.fromEntries(Object.entries(idpSupport).filter(([, level]) => level !== 'unknown')) };
}

export const normalizeForSearch = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Precomputes what filtering needs once per catalog version; entries come back sorted by name. */
export function buildCatalogEntries(records: readonly CatalogEntry['record'][]): CatalogEntry[] {
  return records
    .map((record) => ({
      record,
      summary: summarizeApp(record),
      haystack: normalizeForSearch(`${record.name} ${record.vendor} ${record.slug}`),
    }))
    .sort((a, b) => nameCollator.compare(a.record.name, b.record.name));
}

function matches(entry: CatalogEntry, query: CatalogQuery, terms: string[]): boolean {
  if (terms.some((term) => !entry.haystack.includes(term))) return false;
  if (query.category && entry.summary.category !== query.category) return false;
  if (query.position && entry.summary.scimPosition !== query.position) return false;
  if (query.status && entry.summary.status !== query.status) return false;
  if (query.idp) {
    const level = entry.summary.idpSupport[query.idp.idp];
    if (query.idp.kind === 'groups' ? level !== 'full' : !['full', 'users', 'scim'].includes(level)) return false;
  }
  return true;
}

function toRow(entry: CatalogEntry, seats: number, billing: Billing, result = scimIncrease(entry.record, seats, billing)): CatalogRow {
  return {
    ...entry.summary,
    seats,
    billing,
    basePlan: result.base ? { name: result.base.plan.name, annualCost: result.base.cost?.amount ?? null } : null,
    scimPlan: result.scim
      ? { name: result.scim.plan.name, annualCost: result.scim.cost?.amount ?? null, isQuote: result.scim.plan.price?.model === 'quote' }
      : null,
    scimIncreaseAnnual: result.increase,
  };
}

interface Priced {
  entry: CatalogEntry;
  result: ReturnType<typeof scimIncrease>;
  /** Position in name order, the tie-breaker. */
  order: number;
}

function compareIncrease(a: Priced, b: Priced, direction: 1 | -1): number {
  const increaseA = a.result.increase;
  const increaseB = b.result.increase;
  // Unknown increases go last in both directions: they cannot be ranked.
  if (increaseA === null || increaseB === null) {
    if (increaseA === increaseB) return a.order - b.order;
    return increaseA === null ? 1 : -1;
  }
  return (increaseA - increaseB) * direction || a.order - b.order;
}

/** Filters, prices and sorts the catalog; `total` counts every match before paging. */
export function searchCatalog(
  entries: readonly CatalogEntry[],
  query: CatalogQuery,
  page: { limit: number; offset: number } = { limit: Number.MAX_SAFE_INTEGER, offset: 0 },
): { rows: CatalogRow[]; total: number } {
  const terms = normalizeForSearch(query.q ?? '').split(/\s+/).filter(Boolean);
  const matching = entries.filter((entry) => matches(entry, query, terms));
  let rows: CatalogRow[];
  if (query.sort === 'name') {
    // Entries are already in name order, and only the visible page needs prices.
    rows = matching.slice(page.offset, page.offset + page.limit).map((entry) => toRow(entry, query.seats, query.billing));
  } else {
    const direction = query.sort === 'increase-asc' ? 1 : -1;
    // Every match is priced to sort, but only the visible page becomes rows.
    rows = matching
      .map((entry, order): Priced => ({ entry, result: scimIncrease(entry.record, query.seats, query.billing), order }))
      .sort((a, b) => compareIncrease(a, b, direction))
      .slice(page.offset, page.offset + page.limit)
      .map(({ entry, result }) => toRow(entry, query.seats, query.billing, result));
  }
  return { rows, total: matching.length };
}

/** The categories present in a catalog, sorted, with their counts. */
export function categoryCounts(entries: readonly CatalogEntry[]): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.summary.category, (counts.get(entry.summary.category) ?? 0) + 1);
  return [...counts.entries()].map(([category, count]) => ({ category, count })).sort((a, b) => a.category.localeCompare(b.category));
}

/** How many apps fall in each status class. */
export function statusCounts(entries: readonly CatalogEntry[]): Record<StatusClass, number> {
  const counts = Object.fromEntries(STATUS_CLASSES.map((status) => [status, 0])) as Record<StatusClass, number>;
  for (const entry of entries) counts[entry.summary.status] += 1;
  return counts;
}
