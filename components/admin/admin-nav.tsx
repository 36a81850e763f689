import { signOutAction } from '@/app/admin/account/actions';
import { ROLE_LABELS } from '@/lib/admin/roles';
import { getSessionUser } from '@/lib/server/session';
import { AdminNavLinks, type NavItem } from './admin-nav-links';
import { SignOutButton } from './sign-out-button';

/** The admin bar: what the signed-in person may open, who they are, and sign-out. Nothing when signed out. */
export async function AdminNav() {
  const user = await getSessionUser();
  if (!user) return null;
  const items: NavItem[] = [
    { href: '/admin', label: 'Apps' },
    { href: '/admin/history', label: 'History' },
    { href: '/admin/import', label: 'Import and export' },
    ...(user.role === 'admin' ? [{ href: '/admin/users', label: 'Users' }] : []),
    { href: '/admin/account', label: 'Account' },
  ];
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-surface-sunken px-3 py-2 text-sm">
      <nav aria-label="Admin">
        <AdminNavLinks items={items} />
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-ink-muted">
          {user.name} · {ROLE_LABELS[user.role]}
        </span>
        <SignOutButton signOut={signOutAction} />
      </div>
    </div>
  );
}
