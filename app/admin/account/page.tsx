import type { Metadata } from 'next';
import { PasswordForm } from '@/components/admin/password-form';
import { cardClass } from '@/components/admin/styles';
import { ROLE_LABELS } from '@/lib/admin/roles';
import { SESSION_EXPIRES_IN_SECONDS } from '@/lib/server/auth';
import { requireUser } from '@/lib/server/session';
import { changePasswordAction } from './actions';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Account</h1>
      <p>
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <p className="text-sm text-ink-muted">
        A session ends after {SESSION_EXPIRES_IN_SECONDS / 3600} hours without use, or when you sign out.
      </p>
      <section aria-labelledby="password-heading" className={cardClass}>
        <h2 id="password-heading" className="text-base font-semibold">
          Change your password
        </h2>
        <div className="mt-3">
          <PasswordForm action={changePasswordAction} />
        </div>
      </section>
    </div>
  );
}
