import Link from 'next/link';
import { toCatalogTableRow, type CatalogQuery } from '@/lib/catalog/search';
import { formatCount } from '@/lib/format';
import { findApps, getCategoryCounts, getStatusCounts } from '@/lib/server/catalog';
import { catalogHref, type FilterValues } from '@/lib/catalog/catalog-href';
import { CatalogFilters } from './catalog-filters';
import { CatalogTable } from './catalog-table';

export const CATALOG_PAGE_SIZE = 50;

export function filterValuesOf(query: CatalogQuery): FilterValues {
  return {
    q: query.q ?? '',
    category: query.category ?? '',
    idp: query.idp ? `${query.idp.kind}:${query.idp.idp}` : '',
    position: query.position ?? '',
    status: query.status ?? '',
    sort: query.sort,
    seats: String(query.seats),
    billing: query.billing,
  };
}

/** The catalog listing for a validated query: filters, count, table or cards, paging and the empty state. */
export async function CatalogView({ query, page, errors = {}, rawValues }: { query: CatalogQuery; page: number; errors?: Record<string, string>; rawValues?: FilterValues }) {
  const [result, categories, statuses] = await Promise.all([findApps(query, CATALOG_PAGE_SIZE, (page - 1) * CATALOG_PAGE_SIZE), getCategoryCounts(), getStatusCounts()]);
  const values = rawValues ?? filterValuesOf(query);
  const first = result.total === 0 ? 0 : (page - 1) * CATALOG_PAGE_SIZE + 1;
  const last = Math.min(result.total, page * CATALOG_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(result.total / CATALOG_PAGE_SIZE));
  return (
    <>
      <CatalogFilters initial={values} categories={categories} statuses={statuses} errors={errors} />
      <p className="mt-6 text-sm text-ink-muted" aria-live="polite" data-testid="catalog-count">
        {result.total === 0 ? 'No apps match.' : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(result.total)} apps`}
        {' '}· costs at {formatCount(query.seats)} users, {query.billing} billing
      </p>
      {result.total === 0 ? (
        <div className="mt-4 rounded border border-dashed border-line p-6 text-center">
          <p>No apps match — <Link prefetch={false} href="/apps">clear the filters</Link>.</p>
        </div>
      ) : (
        <div className="mt-3">
          <CatalogTable rows={result.rows.map(toCatalogTableRow)} filters={values} />
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
          {page > 1 ? <Link prefetch={false} href={catalogHref({ ...values, page: page - 1 })} rel="prev">← Previous</Link> : <span className="text-ink-muted">← Previous</span>}
          <span>Page {page} of {pages}</span>
          {page < pages ? <Link prefetch={false} href={catalogHref({ ...values, page: page + 1 })} rel="next">Next →</Link> : <span className="text-ink-muted">Next →</span>}
        </nav>
      ) : null}
    </>
  );
}

export function CatalogSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the catalog">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 7 }, (_, index) => (
          <div key={index} className="h-14 animate-pulse rounded bg-surface-sunken" />
        ))}
      </div>
      <div className="mt-6 space-y-2">
        {Array.from({ length: 10 }, (_, index) => (
          <div key={index} className="h-10 animate-pulse rounded bg-surface-sunken" />
        ))}
      </div>
    </div>
  );
}
