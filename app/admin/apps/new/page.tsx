import type { Metadata } from 'next';
import Link from 'next/link';
import { AppEditor } from '@/components/admin/app-editor';
import { blankAppRecord } from '@/lib/catalog/app-form';
import { requireRole } from '@/lib/server/session';
import { createAppAction } from '../actions';

export const metadata: Metadata = { title: 'New app' };

import { getDb } from '@/db/client';
import { listIdentityProviders } from '@/db/queries/identity-providers';

export default async function NewAppPage() {
  await requireRole('editor');
  const providers = await listIdentityProviders(await getDb());
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin" className="underline">Apps</Link> <span aria-hidden="true">/</span> New app
      </nav>
      <h1 className="text-2xl font-semibold">New app</h1>
      <AppEditor mode="create" initialValues={blankAppRecord(new Date().toISOString().slice(0, 10))} initialVersion={0} save={createAppAction} providers={providers} />
    </div>
  );
}
