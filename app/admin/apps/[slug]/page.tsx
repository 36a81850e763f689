import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getAdminApp, recordOf } from '@/db/queries/apps';
import { listIdentityProviders } from '@/db/queries/identity-providers';
import { AppEditor } from '@/components/admin/app-editor';
import { AppPreview } from '@/components/admin/app-preview';
import { DeleteAppButton, RestoreAppButton } from '@/components/admin/app-state-buttons';
import { cardClass, successAlertClass, warningAlertClass } from '@/components/admin/styles';
import { formValuesOf } from '@/lib/catalog/app-form';
import { slugSchema } from '@/lib/catalog/schemas';
import { formatDateTime } from '@/lib/format';
import { requireRole } from '@/lib/server/session';
import { deleteAppAction, restoreAppAction, saveAppAction } from '../actions';

export const metadata: Metadata = { title: 'Edit app' };

export default async function EditAppPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('editor');
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const app = await getAdminApp(await getDb(), slug.data);
  if (!app) notFound();
  const query = await searchParams;
  const providers = await listIdentityProviders(await getDb());
  const isNew = query.created === '1';
  const isRestored = query.restored === '1' && !app.deletedAt;
  const record = recordOf(app);

  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin" className="underline">Apps</Link> <span aria-hidden="true">/</span> {app.name}
      </nav>
      <div>
        <h1 className="text-2xl font-semibold">{app.deletedAt ? app.name : `Edit ${app.name}`}</h1>
        <p className="mt-1 text-sm text-ink-muted">
          Version {app.version} · last edited <time dateTime={app.updatedAt}>{formatDateTime(app.updatedAt)}</time> by {app.updatedBy ?? 'unknown'} ·{' '}
          <Link href={`/admin/history?app=${app.slug}`} className="underline">History of this app</Link>
        </p>
      </div>
      {isNew ? (
        <p role="status" className={successAlertClass}>
          Created. {app.name} is in the public catalog now.
        </p>
      ) : null}
      {isRestored ? (
        <p role="status" className={successAlertClass}>
          Restored. {app.name} is back in the public catalog.
        </p>
      ) : null}

      {app.deletedAt ? (
        <>
          <div className={`${warningAlertClass} space-y-2`}>
            <p>
              Deleted on {formatDateTime(app.deletedAt)}: hidden from the public catalog and the API. Restore it to edit it again.
            </p>
            <RestoreAppButton name={app.name} slug={app.slug} restoreApp={restoreAppAction.bind(null, app.slug)} />
          </div>
          <section aria-label="Content at deletion" className={cardClass}>
            <AppPreview record={record} providers={providers} />
          </section>
        </>
      ) : (
        <>
          <AppEditor mode="edit" initialValues={formValuesOf(record)} initialVersion={app.version} save={saveAppAction.bind(null, app.slug)} providers={providers} />
          <section aria-labelledby="danger-zone" className={`${cardClass} border-danger/50`}>
            <h2 id="danger-zone" className="text-base font-semibold">
              Delete
            </h2>
            <div className="mt-2">
              <DeleteAppButton name={app.name} deleteApp={deleteAppAction.bind(null, app.slug, app.version)} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
