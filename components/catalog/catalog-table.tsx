'use client';

import Link from 'next/link';
import { memo, useCallback, useState } from 'react';
import { IdpSupportBadge } from '@/components/catalog/idp-support-badge';
import { ScimPositionBadge } from '@/components/catalog/scim-position-badge';
import { StatusBadge } from '@/components/catalog/status-badge';
import { DISPLAYED_IDPS, IDP_COMPACT_NAMES } from '@/lib/catalog/idps';
import type { CatalogTableRow } from '@/lib/catalog/search';
import type { IdpId } from '@/lib/catalog/types';
import { formatAnnual, formatCount, formatIncrease } from '@/lib/format';
import { catalogHref, type FilterValues } from '@/lib/catalog/catalog-href';

const MAX_COMPARE = 4;


function scimCost(row: CatalogTableRow): string {
  if (!row.scimPlan) return row.firstScimPlan ? '—' : 'No SCIM plan';
  if (row.scimPlan.annualCost === null) return row.scimPlan.isQuote ? 'Quote' : 'Price not stated';
  return formatAnnual(row.scimPlan.annualCost);
}

function increaseText(row: CatalogTableRow): string {
  if (row.scimIncreaseAnnual !== null) return formatIncrease(row.scimIncreaseAnnual);
  if (!row.scimPlan) return '—';
  return row.scimPlan.isQuote ? 'Quote needed' : 'Unknown';
}

/** Stated IdPs as badges; the ones no source covers on one grey line, so rows stay short. */
function IdpBadges({ row }: { row: CatalogTableRow }) {
  const shortName = (idp: IdpId) => IDP_COMPACT_NAMES[idp].replace(' Workspace', '').replace(' Identity', '');
  const levelOf = (idp: IdpId) => row.idpSupport[idp] ?? 'unknown';
  const stated = DISPLAYED_IDPS.filter((idp) => levelOf(idp) !== 'unknown');
  const notStated = DISPLAYED_IDPS.filter((idp) => levelOf(idp) === 'unknown' && idp !== 'ping');
  return (
    <div>
      {stated.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label={`${row.name}: identity providers`}>
          {stated.map((idp) => (
            <li key={idp}>
              <IdpSupportBadge level={levelOf(idp)} idpName={shortName(idp)} />
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

/** Marks a profile made from open data; the legend above the table says what that means, the profile which dataset. */
function ImportedTag() {
  return <span className="ml-1 whitespace-nowrap">· Imported</span>;
}

/** One app as a table row (a card on a narrow screen): each cell names its column for the card layout. */
const CatalogRowView = memo(function CatalogRowView({ row, seatsLabel, isSelected, onToggle }: { row: CatalogTableRow; seatsLabel: string; isSelected: boolean; onToggle: (slug: string, isChecked: boolean) => void }) {
  return (
    <tr data-testid="catalog-row">
      <td data-corner>
        <label className="compare-toggle">
          <input type="checkbox" name="apps" value={row.slug} checked={isSelected} onChange={(event) => onToggle(row.slug, event.target.checked)} aria-label={`Compare ${row.name}`} />
          <span aria-hidden="true">Compare</span>
        </label>
      </td>
      <td>
        <div>
          <Link prefetch={false} href={`/apps/${row.slug}`} className="font-medium">{row.name}</Link>
          <div className="text-xs text-ink-muted">{row.vendor}{row.isImported ? <ImportedTag /> : null}</div>
          <div className="mt-1"><StatusBadge status={row.status} /></div>
        </div>
      </td>
      <td data-label="Category"><span className="text-ink-muted">{row.category}</span></td>
      <td data-label="First SSO plan">{row.firstSsoPlan ?? <span className="text-status-unknown">Not stated</span>}</td>
      <td data-label="First SCIM plan">
        <div className="space-y-1">
          <div>{row.firstScimPlan ?? <span className="text-status-unknown">{row.scimPosition === 'not_offered' ? 'None' : 'Not stated'}</span>}</div>
          <ScimPositionBadge position={row.scimPosition} />
        </div>
      </td>
      <td data-label={seatsLabel} data-numeric>{scimCost(row)}</td>
      <td data-label="Annual increase" data-numeric>
        <div>
          {increaseText(row)}
          {row.basePlan && row.scimPlan ? <div className="text-xs text-ink-muted">from {row.basePlan.name}</div> : null}
        </div>
      </td>
      <td data-label="Identity providers" data-stack><IdpBadges row={row} /></td>
    </tr>
  );
});

/**
 * Sortable table on wide screens, cards on narrow ones; sorting is server-side through the URL, so the rows are a plain
 * map (a table library's row model only cost hydration time here), and ticking a box re-renders just that row.
 */
export function CatalogTable({ rows, filters }: { rows: CatalogTableRow[]; filters: FilterValues }) {
  const [selected, setSelected] = useState<string[]>([]);
  const seats = Number(filters.seats) || 10;
  const toggle = useCallback(
    (slug: string, isChecked: boolean) => setSelected((current) => (isChecked ? [...current, slug].slice(-MAX_COMPARE) : current.filter((item) => item !== slug))),
    [],
  );
  const sortHref = (key: 'name' | 'increase') => {
    const next = key === 'name' ? 'name' : filters.sort === 'increase-desc' ? 'increase-asc' : 'increase-desc';
    return catalogHref({ ...filters, sort: next });
  };
  const nameSort = filters.sort === 'name' ? 'ascending' : 'none';
  const seatsLabel = `SCIM at ${formatCount(seats)} users`;
  const increaseSort = filters.sort === 'increase-desc' ? 'descending' : filters.sort === 'increase-asc' ? 'ascending' : 'none';

  return (
    <form method="get" action="/compare" aria-label="Compare selected apps">
      <div className="no-print mb-2 flex flex-wrap items-center gap-3 text-sm">
        <button type="submit" disabled={selected.length < 2} className="rounded border border-line px-3 py-1.5 font-medium enabled:hover:bg-surface-sunken disabled:opacity-50">
          Compare selected ({selected.length}/{MAX_COMPARE})
        </button>
        <span className="text-ink-muted">
          Tick 2 to 4 apps to see them side by side.
          {rows.some((row) => row.isImported) ? ' “Imported”: made from an open dataset, not yet researched by our editors.' : null}
        </span>
      </div>
      {/* One markup for both widths: a table from md up, a card per row below (.stacked-table in globals.css). */}
      <table className="stacked-table" data-testid="catalog-table">
        <thead className="sticky top-0 z-10 border-b border-line bg-surface">
          <tr>
            <th scope="col"><span className="sr-only">Select to compare</span></th>
            <th scope="col" aria-sort={nameSort}>
              <Link prefetch={false} href={sortHref('name')} scroll={false} className="text-ink">App{nameSort === 'ascending' ? ' ↑' : ''}</Link>
            </th>
            <th scope="col">Category</th>
            <th scope="col">First plan with SSO</th>
            <th scope="col">First plan with SCIM</th>
            <th scope="col" data-numeric>SCIM plan at {formatCount(seats)} users</th>
            <th scope="col" aria-sort={increaseSort} data-numeric>
              <Link prefetch={false} href={sortHref('increase')} scroll={false} className="text-ink">
                Annual increase{increaseSort === 'descending' ? ' ↓' : increaseSort === 'ascending' ? ' ↑' : ''}
              </Link>
            </th>
            <th scope="col">Identity providers</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CatalogRowView key={row.slug} row={row} seatsLabel={seatsLabel} isSelected={selected.includes(row.slug)} onToggle={toggle} />
          ))}
        </tbody>
      </table>
    </form>
  );
}
