import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listAdminApps } from '@/db/queries/apps';
import { listAuditActors, listAuditEntries } from '@/db/queries/audit-log';
import { HistoryEntry } from '@/components/admin/history-entry';
import { errorAlertClass, inputClass, labelClass, secondaryButtonClass } from '@/components/admin/styles';
import { historyQuerySchema } from '@/lib/admin/schemas';
import { describeIssues } from '@/lib/catalog/issues';
import { requireRole } from '@/lib/server/session';

export const metadata: Metadata = { title: 'History' };

const PAGE_SIZE = 100;

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('editor');
  const isAdmin = user.role === 'admin';
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const query = historyQuerySchema.safeParse(raw);
  const filter = query.success ? query.data : {};
  const db = await getDb();
  const [entries, actors, apps] = await Promise.all([
    listAuditEntries(db, { appSlug: filter.app, actorId: filter.user, from: filter.from, to: filter.to, limit: PAGE_SIZE, catalogOnly: !isAdmin }),
    listAuditActors(db),
    listAdminApps(db, { status: 'all' }),
  ]);
  const isFiltered = Boolean(filter.app || filter.user || filter.from || filter.to);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">History</h1>
      <p className="text-sm text-ink-muted">
        Every create, edit, delete, restore and import{isAdmin ? ', and every account change' : ''}, newest first, with what it changed.
      </p>

      <form method="get" action="/admin/history" aria-label="Filter the history" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="history-app" className={labelClass}>
            App
          </label>
          <select id="history-app" name="app" defaultValue={filter.app ?? ''} className={`${inputClass} mt-1`}>
            <option value="">{isAdmin ? 'All apps and accounts' : 'All apps'}</option>
            {apps.map((app) => (
              <option key={app.slug} value={app.slug}>
                {app.name}
                {app.deletedAt ? ' (deleted)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="history-user" className={labelClass}>
            Person
          </label>
          <select id="history-user" name="user" defaultValue={filter.user ?? ''} className={`${inputClass} mt-1`}>
            <option value="">Everyone</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
                {actor.email ? ` (${actor.email})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="history-from" className={labelClass}>
            From
          </label>
          <input id="history-from" name="from" type="date" defaultValue={filter.from ?? ''} className={`${inputClass} mt-1`} />
        </div>
        <div>
          <label htmlFor="history-to" className={labelClass}>
            To
          </label>
          <input id="history-to" name="to" type="date" defaultValue={filter.to ?? ''} className={`${inputClass} mt-1`} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={secondaryButtonClass}>
            Apply filters
          </button>
          {isFiltered ? (
            <Link href="/admin/history" className="text-sm">
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>

      {query.success ? null : (
        <div role="alert" className={errorAlertClass}>
          <p>Some filters were ignored:</p>
          <ul className="list-disc pl-5">
            {describeIssues(query.error).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}

      {entries.length === 0 ? (
        <p>{isFiltered ? 'Nothing matches these filters.' : 'No changes recorded yet.'}</p>
      ) : (
        <>
          <p className="text-sm text-ink-muted">
            {entries.length === PAGE_SIZE ? `The latest ${PAGE_SIZE} entries; narrow the filters to see older ones.` : `${entries.length} entries.`}
          </p>
          <ol className="space-y-3">
            {entries.map((entry) => (
              <li key={entry.id}>
                <HistoryEntry entry={entry} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
