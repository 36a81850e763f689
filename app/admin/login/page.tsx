import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/sign-in-form';
import { getSessionUser } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage() {
  if (await getSessionUser()) redirect('/admin');
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Sign in to edit the catalog</h1>
      <p className="text-sm text-ink-muted">For ScimGap editors and admins. Accounts are created by an admin; there is no sign-up.</p>
      <SignInForm />
    </div>
  );
}
