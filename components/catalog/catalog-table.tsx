'use client';

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import Link from 'next/link';
import { useState } from 'react';
import { IdpSupportBadge } from '@/components/catalog/idp-support-badge';
import { ScimPositionBadge } from '@/components/catalog/scim-position-badge';
import { StatusBadge } from '@/components/catalog/status-badge';
import { DISPLAYED_IDPS, IDP_COMPACT_NAMES } from '@/lib/catalog/idps';
import type { CatalogRow } from '@/lib/catalog/search';
import type { IdpId } from '@/lib/catalog/types';
import { formatAnnual, formatCount, formatIncrease } from '@/lib/format';
import { catalogHref, type FilterValues } from '@/lib/catalog/catalog-href';

const MAX_COMPARE = 4;
const column = createColumnHelper<CatalogRow>();

function scimCost(row: CatalogRow): string {
  if (!row.scimPlan) return row.firstScimPlan ? '—' : 'No SCIM plan';
  if (row.scimPlan.annualCost === null) return row.scimPlan.isQuote ? 'Quote' : 'Price not stated';
  return formatAnnual(row.scimPlan.annualCost);
}

function increaseText(row: CatalogRow): string {
  if (row.scimIncreaseAnnual !== null) return formatIncrease(row.scimIncreaseAnnual);
  if (!row.scimPlan) return '—';
  return row.scimPlan.isQuote ? 'Quote needed' : 'Unknown';
}

/** Stated IdPs as badges; the ones no source covers on one grey line, so rows stay short. */
function IdpBadges({ row }: { row: CatalogRow }) {
  const shortName = (idp: IdpId) => IDP_COMPACT_NAMES[idp].replace(' Workspace', '').replace(' Identity', '');
  const stated = DISPLAYED_IDPS.filter((idp) => row.idpSupport[idp] !== 'unknown');
  const notStated = DISPLAYED_IDPS.filter((idp) => row.idpSupport[idp] === 'unknown' && idp !== 'ping');
  return (
    <div>
      {stated.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label={`${row.name}: identity providers`}>
          {stated.map((idp) => (
            <li key={idp}>
              <IdpSupportBadge level={row.idpSupport[idp]} idpName={shortName(idp)} />
            </li>
          ))}
        </ul>
      ) : null}
      {notStated.length > 0 ? (
        <p className="mt-1 text-xs text-status-unknown">
          Not stated: {notStated.map(shortName).join(', ')}
        </p>
      ) : null}
    </div>
  );
}

/** Sortable table on wide screens, cards on narrow ones; sorting is server-side through the URL. */
/** Marks a profile made from open data; the profile itself says which dataset and release. */
function ImportedTag() {
  return (
    <span title="Imported from an open dataset, not yet researched by our editors" className="ml-1 whitespace-nowrap">
      · Imported
    </span>
  );
}

export function CatalogTable({ rows, filters }: { rows: CatalogRow[]; filters: FilterValues }) {
  const [selected, setSelected] = useState<string[]>([]);
  const seats = Number(filters.seats) || 10;
  const toggle = (slug: string, isChecked: boolean) =>
    setSelected((current) => (isChecked ? [...current, slug].slice(-MAX_COMPARE) : current.filter((item) => item !== slug)));

  const sortLink = (key: 'name' | 'increase') => {
    const current = filters.sort;
    const next = key === 'name' ? 'name' : current === 'increase-desc' ? 'increase-asc' : 'increase-desc';
    return catalogHref({ ...filters, sort: next });
  };
  const ariaSort = (key: 'name' | 'increase'): 'ascending' | 'descending' | 'none' => {
    if (key === 'name') return filters.sort === 'name' ? 'ascending' : 'none';
    if (filters.sort === 'increase-desc') return 'descending';
    if (filters.sort === 'increase-asc') return 'ascending';
    return 'none';
  };

  const columns = [
    column.display({
      id: 'select',
      header: () => <span className="sr-only">Select to compare</span>,
      cell: ({ row }) => (
        <input
          type="checkbox"
          name="apps"
          value={row.original.slug}
          checked={selected.includes(row.original.slug)}
          onChange={(event) => toggle(row.original.slug, event.target.checked)}
          aria-label={`Compare ${row.original.name}`}
        />
      ),
    }),
    column.accessor('name', {
      header: () => (
        <Link prefetch={false} href={sortLink('name')} scroll={false} className="text-ink">
          App{filters.sort === 'name' ? ' ↑' : ''}
        </Link>
      ),
      cell: ({ row }) => (
        <div>
          <Link prefetch={false} href={`/apps/${row.original.slug}`} className="font-medium">{row.original.name}</Link>
          <div className="text-xs text-ink-muted">{row.original.vendor}{row.original.isImported ? <ImportedTag /> : null}</div>
          <div className="mt-1"><StatusBadge status={row.original.status} /></div>
        </div>
      ),
    }),
    column.accessor('category', { header: 'Category', cell: (info) => <span className="text-ink-muted">{info.getValue()}</span> }),
    column.accessor('firstSsoPlan', { header: 'First plan with SSO', cell: (info) => info.getValue() ?? <span className="text-status-unknown">Not stated</span> }),
    column.accessor('firstScimPlan', {
      header: 'First plan with SCIM',
      cell: ({ row }) => (
        <div className="space-y-1">
          <div>{row.original.firstScimPlan ?? <span className="text-status-unknown">{row.original.scimPosition === 'not_offered' ? 'None' : 'Not stated'}</span>}</div>
          <ScimPositionBadge position={row.original.scimPosition} />
        </div>
      ),
    }),
    column.display({ id: 'scimCost', header: `SCIM plan at ${formatCount(seats)} users`, cell: ({ row }) => <span className="tabular-nums">{scimCost(row.original)}</span> }),
    column.accessor('scimIncreaseAnnual', {
      header: () => (
        <Link prefetch={false} href={sortLink('increase')} scroll={false} className="text-ink">
          Annual increase{filters.sort === 'increase-desc' ? ' ↓' : filters.sort === 'increase-asc' ? ' ↑' : ''}
        </Link>
      ),
      cell: ({ row }) => (
        <div>
          <span className="tabular-nums">{increaseText(row.original)}</span>
          {row.original.basePlan && row.original.scimPlan ? <div className="text-xs text-ink-muted">from {row.original.basePlan.name}</div> : null}
        </div>
      ),
    }),
    column.display({ id: 'idps', header: 'Identity providers', cell: ({ row }) => <IdpBadges row={row.original} /> }),
  ];

  // TanStack Table returns new functions each render, which the React Compiler cannot memoise; this table is small.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, getRowId: (row) => row.slug });
  const rightAligned = new Set(['scimCost', 'scimIncreaseAnnual']);
  const sortable: Record<string, 'name' | 'increase'> = { name: 'name', scimIncreaseAnnual: 'increase' };

  return (
    <form method="get" action="/compare" aria-label="Compare selected apps">
      <div className="no-print mb-2 flex flex-wrap items-center gap-3 text-sm">
        <button type="submit" disabled={selected.length < 2} className="rounded border border-line px-3 py-1.5 font-medium enabled:hover:bg-surface-sunken disabled:opacity-50">
          Compare selected ({selected.length}/{MAX_COMPARE})
        </button>
        <span className="text-ink-muted">Tick 2 to 4 apps to see them side by side.</span>
      </div>
      <div className="hidden md:block">
        <table className="w-full text-sm" data-testid="catalog-table">
          <thead className="sticky top-0 z-10 border-b border-line bg-surface text-left">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sortable[header.column.id] ? ariaSort(sortable[header.column.id] ?? 'name') : undefined}
                    className={`py-2 pr-3 align-bottom font-medium ${rightAligned.has(header.column.id) ? 'text-right' : ''}`}
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-b border-line/60 align-top hover:bg-surface-sunken" data-testid="catalog-row">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`py-2 pr-3 ${rightAligned.has(cell.column.id) ? 'text-right' : ''}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden" data-testid="catalog-cards">
        {rows.map((row) => (
          <li key={row.slug} className="rounded border border-line p-3 text-sm" data-testid="catalog-card">
            <div className="flex items-start justify-between gap-2">
              <div>
                <Link prefetch={false} href={`/apps/${row.slug}`} className="font-medium">{row.name}</Link>
                <div className="text-xs text-ink-muted">{row.vendor} · {row.category}{row.isImported ? <ImportedTag /> : null}</div>
                <div className="mt-1"><StatusBadge status={row.status} /></div>
              </div>
              <label className="flex items-center gap-1 text-xs text-ink-muted">
                <input type="checkbox" name="apps" value={row.slug} checked={selected.includes(row.slug)} onChange={(event) => toggle(row.slug, event.target.checked)} />
                Compare
              </label>
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1">
              <dt className="text-ink-muted">First SSO plan</dt>
              <dd>{row.firstSsoPlan ?? <span className="text-status-unknown">Not stated</span>}</dd>
              <dt className="text-ink-muted">First SCIM plan</dt>
              <dd>{row.firstScimPlan ?? <span className="text-status-unknown">{row.scimPosition === 'not_offered' ? 'None' : 'Not stated'}</span>}</dd>
              <dt className="text-ink-muted">SCIM at {formatCount(seats)} users</dt>
              <dd className="tabular-nums">{scimCost(row)}</dd>
              <dt className="text-ink-muted">Annual increase</dt>
              <dd className="tabular-nums">
                {increaseText(row)}
                {row.basePlan && row.scimPlan ? <span className="text-xs text-ink-muted"> from {row.basePlan.name}</span> : null}
              </dd>
            </dl>
            <div className="mt-2">
              <IdpBadges row={row} />
            </div>
          </li>
        ))}
      </ul>
    </form>
  );
}
