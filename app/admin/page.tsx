import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listAdminApps, type AdminAppRow } from '@/db/queries/apps';
import { RestoreAppButton } from '@/components/admin/app-state-buttons';
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from '@/components/admin/styles';
import { adminAppsQuerySchema } from '@/lib/admin/schemas';
import { formatCount, formatDateTime } from '@/lib/format';
import { requireRole } from '@/lib/server/session';
import { restoreAppAction } from './apps/actions';

export const metadata: Metadata = { title: 'Apps' };

function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

function LastEdited({ app }: { app: AdminAppRow }) {
  return (
    <>
      <time dateTime={app.updatedAt}>{formatDateTime(app.updatedAt)}</time>
      <span className="text-ink-muted"> by {app.updatedBy ?? 'unknown'}</span>
    </>
  );
}

function Status({ app }: { app: AdminAppRow }) {
  if (!app.deletedAt) return <span>Live</span>;
  return (
    <div className="space-y-1">
      <span className="inline-block rounded border border-dashed border-status-unknown bg-status-unknown-bg px-1.5 text-xs">Deleted</span>
      <RestoreAppButton name={app.name} slug={app.slug} restoreApp={restoreAppAction.bind(null, app.slug)} />
    </div>
  );
}

export default async function AdminAppsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole('editor');
  const query = adminAppsQuerySchema.safeParse(firstValues(await searchParams));
  const search = query.success ? (query.data.q ?? '') : '';
  const status = query.success ? (query.data.status ?? 'live') : 'live';
  const apps = await listAdminApps(await getDb(), { search, status });
  const isFiltered = search !== '' || status !== 'live';

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Apps</h1>
        <Link href="/admin/apps/new" className={primaryButtonClass}>
          New app
        </Link>
      </div>

      <form method="get" action="/admin" role="search" aria-label="Apps" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="q" className={labelClass}>
            Search by name, slug or vendor
          </label>
          <input id="q" name="q" type="search" defaultValue={search} className={`${inputClass} mt-1`} />
        </div>
        <div>
          <label htmlFor="status" className={labelClass}>
            Show
          </label>
          <select id="status" name="status" defaultValue={status} className={`${inputClass} mt-1`}>
            <option value="live">Live apps</option>
            <option value="deleted">Deleted apps</option>
            <option value="all">All apps</option>
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Search
        </button>
        {isFiltered ? (
          <Link href="/admin" className="py-1.5 text-sm">
            Clear
          </Link>
        ) : null}
      </form>

      <p className="text-sm text-ink-muted" aria-live="polite">
        {formatCount(apps.length)} {apps.length === 1 ? 'app' : 'apps'}
        {isFiltered ? ' match' : ''}
      </p>

      {apps.length === 0 ? (
        <p>
          No apps match. <Link href="/admin" className="underline">Clear the filters</Link>
        </p>
      ) : (
        <>
          <table className="hidden w-full text-sm md:table">
            <caption className="sr-only">Apps with their version and last edit</caption>
            <thead className="sticky top-0 border-b border-line bg-surface text-left">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  App
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Category
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Version
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Last edited
                </th>
                <th scope="col" className="py-2 font-medium">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {apps.map((app) => (
                <tr key={app.slug} className="border-b border-line/60 align-top hover:bg-surface-sunken" data-testid="admin-app-row">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/apps/${app.slug}`} className="font-medium">
                      {app.name}
                    </Link>
                    <div className="text-xs text-ink-muted">{app.slug}</div>
                  </td>
                  <td className="py-2 pr-3 text-ink-muted">{app.category}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{app.version}</td>
                  <td className="py-2 pr-3">
                    <LastEdited app={app} />
                  </td>
                  <td className="py-2">
                    <Status app={app} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="space-y-2 md:hidden">
            {apps.map((app) => (
              <li key={app.slug} className="rounded-md border border-line p-3 text-sm">
                <Link href={`/admin/apps/${app.slug}`} className="font-medium">
                  {app.name}
                </Link>
                <span className="text-xs text-ink-muted"> · {app.slug}</span>
                <p className="text-ink-muted">{app.category}</p>
                <p>
                  Version {app.version} · <LastEdited app={app} />
                </p>
                <Status app={app} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
