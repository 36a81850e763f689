'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { IDP_SHORT_NAMES } from '@/lib/catalog/idps';
import { STATUS_CLASSES, STATUS_LABELS, type StatusClass } from '@/lib/catalog/status';
import { SCIM_POSITION_LABELS } from '@/lib/catalog/summary';
import { catalogHref, type FilterValues } from '@/lib/catalog/catalog-href';
import type { IdpId } from '@/lib/catalog/types';

const IDP_ORDER: IdpId[] = ['okta', 'entra', 'google', 'onelogin', 'jumpcloud', 'ping'];

/**
 * Filters as a plain GET form (works before JavaScript loads); with JavaScript each change updates the URL at once,
 * the search box after a short pause.
 */
export function CatalogFilters({ initial, categories, statuses, errors }: { initial: FilterValues; categories: { category: string; count: number }[]; statuses: Record<StatusClass, number>; errors: Record<string, string> }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [isPending, startTransition] = useTransition();
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [syncedHref, setSyncedHref] = useState(catalogHref(initial));
  const [requestedHref, setRequestedHref] = useState<string | null>(null);

  // Back/Forward or a link changed the URL: show its filters, unless it is the view this form just asked for.
  const initialHref = catalogHref(initial);
  if (initialHref !== syncedHref) {
    setSyncedHref(initialHref);
    if (initialHref !== requestedHref) setValues(initial);
  }

  useEffect(() => () => {
    if (typingTimer.current) clearTimeout(typingTimer.current);
  }, []);

  const navigate = (next: FilterValues) => {
    if (!/^\d+$/.test(next.seats) || Number(next.seats) < 1 || Number(next.seats) > 100_000) return; // the field shows why
    const href = catalogHref(next);
    setRequestedHref(href);
    startTransition(() => router.push(href, { scroll: false }));
  };

  const update = (key: keyof FilterValues, value: string, delay = 0) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (typingTimer.current) clearTimeout(typingTimer.current);
    if (delay > 0) typingTimer.current = setTimeout(() => navigate(next), delay);
    else navigate(next);
  };

  const seatsInvalid = !/^\d+$/.test(values.seats) || Number(values.seats) < 1 || Number(values.seats) > 100_000;
  const fieldClass = 'mt-1 w-full rounded border border-line bg-surface-raised px-2 py-1.5 text-sm';

  return (
    <form method="get" action="/apps/search" role="search" aria-label="Filter the catalog" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(event) => { event.preventDefault(); navigate(values); }}>
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className="text-sm font-medium">Search</label>
        <input id="filter-q" name="q" type="search" value={values.q} placeholder="App or vendor name" onChange={(event) => update('q', event.target.value, 250)} className={fieldClass} autoComplete="off" />
        {errors.q ? <p className="mt-1 text-sm text-danger">{errors.q}</p> : null}
      </div>
      <div>
        <label htmlFor="filter-category" className="text-sm font-medium">Category</label>
        <select id="filter-category" name="category" value={values.category} onChange={(event) => update('category', event.target.value)} className={fieldClass}>
          <option value="">All categories</option>
          {categories.map(({ category, count }) => (
            <option key={category} value={category}>{category} ({count})</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-idp" className="text-sm font-medium">IdP capability</label>
        <select id="filter-idp" name="idp" value={values.idp} onChange={(event) => update('idp', event.target.value)} className={fieldClass}>
          <option value="">Any</option>
          <optgroup label="SCIM provisioning with">
            {IDP_ORDER.map((idp) => (
              <option key={idp} value={`scim:${idp}`}>SCIM with {IDP_SHORT_NAMES[idp]}</option>
            ))}
          </optgroup>
          <optgroup label="Group push with">
            {IDP_ORDER.map((idp) => (
              <option key={idp} value={`groups:${idp}`}>Push groups with {IDP_SHORT_NAMES[idp]}</option>
            ))}
          </optgroup>
        </select>
        {errors.idp ? <p className="mt-1 text-sm text-danger">{errors.idp}</p> : null}
      </div>
      <div>
        <label htmlFor="filter-status" className="text-sm font-medium">Status</label>
        <select id="filter-status" name="status" value={values.status} onChange={(event) => update('status', event.target.value)} className={fieldClass}>
          <option value="">Any status</option>
          {STATUS_CLASSES.map((status) => (
            <option key={status} value={status}>{STATUS_LABELS[status]} ({statuses[status]})</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-position" className="text-sm font-medium">Where SCIM sits</label>
        <select id="filter-position" name="position" value={values.position} onChange={(event) => update('position', event.target.value)} className={fieldClass}>
          <option value="">Anywhere</option>
          {Object.entries(SCIM_POSITION_LABELS).map(([position, label]) => (
            <option key={position} value={position}>{label}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-sort" className="text-sm font-medium">Sort by</label>
        <select id="filter-sort" name="sort" value={values.sort} onChange={(event) => update('sort', event.target.value)} className={fieldClass}>
          <option value="name">Name (A–Z)</option>
          <option value="increase-desc">SCIM increase (largest first)</option>
          <option value="increase-asc">SCIM increase (smallest first)</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-seats" className="text-sm font-medium">Team size</label>
        <input
          id="filter-seats"
          name="seats"
          type="text"
          inputMode="numeric"
          value={values.seats}
          onChange={(event) => update('seats', event.target.value, 400)}
          aria-invalid={seatsInvalid || Boolean(errors.seats) ? true : undefined}
          aria-describedby={seatsInvalid || errors.seats ? 'filter-seats-error' : undefined}
          className={fieldClass}
        />
        {seatsInvalid || errors.seats ? (
          <p id="filter-seats-error" className="mt-1 text-sm text-danger">{errors.seats ?? 'Enter a whole number from 1 to 100,000.'}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="filter-billing" className="text-sm font-medium">Billing</label>
        <select id="filter-billing" name="billing" value={values.billing} onChange={(event) => update('billing', event.target.value)} className={fieldClass}>
          <option value="monthly">Monthly</option>
          <option value="annual">Annual</option>
        </select>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink hover:opacity-90">Apply filters</button>
        <Link prefetch={false} href="/apps" className="text-sm">Clear filters</Link>
        <span aria-live="polite" className="text-sm text-ink-muted">{isPending ? 'Updating…' : ''}</span>
      </div>
    </form>
  );
}
