import type { Metadata } from 'next';
import Link from 'next/link';
import { ROLE_LABELS, parseRole } from '@/lib/admin/roles';
import { requireUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Not allowed' };

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const needs = parseRole(String((await searchParams).needs ?? 'admin')) ?? 'admin';
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-2xl font-semibold">You cannot open that page</h1>
      <p>
        It needs the {ROLE_LABELS[needs]} role, and your account ({user.email}) is {ROLE_LABELS[user.role].toLowerCase()}. An admin can change your role on
        the Users page.
      </p>
      <p>
        <Link href="/admin" className="underline">Back to the apps</Link>
      </p>
    </div>
  );
}
