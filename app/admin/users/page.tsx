import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listUsers } from '@/db/queries/users';
import { cardClass } from '@/components/admin/styles';
import { CreateUserForm, UserControls } from '@/components/admin/user-forms';
import { ROLE_LABELS } from '@/lib/admin/roles';
import { formatDateTime } from '@/lib/format';
import { requireRole } from '@/lib/server/session';
import { createUserAction, updateUserAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requireRole('admin');
  const users = await listUsers(await getDb());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Users</h1>
      <section aria-labelledby="accounts-heading" className="space-y-2">
        <h2 id="accounts-heading" className="text-base font-semibold">
          Accounts
        </h2>
        <ul className="space-y-2">
          {users.map((user) => (
            <li key={user.id} className={cardClass} data-testid="user-row">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="font-medium">{user.name}</span>
                <span className="break-all text-ink-muted">{user.email}</span>
                <span>{user.role ? ROLE_LABELS[user.role] : 'No role'}</span>
                <span className={user.disabled ? 'font-medium text-danger' : 'text-status-free'}>{user.disabled ? 'Disabled' : 'Active'}</span>
                <span className="text-xs text-ink-muted">since {formatDateTime(user.createdAt)}</span>
              </div>
              <div className="mt-2">
                <UserControls user={user} isSelf={user.id === admin.id} update={updateUserAction} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-user-heading" className={cardClass}>
        <h2 id="new-user-heading" className="text-base font-semibold">
          New account
        </h2>
        <div className="mt-3">
          <CreateUserForm action={createUserAction} />
        </div>
      </section>
    </div>
  );
}
