import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { Actor } from '@/db/queries/audit-log';
import { parseRole, roleAllows, type Role } from '@/lib/admin/roles';
import { getAuth } from './auth';

/** The signed-in person, as the admin side needs them: nothing more leaves the server. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The request's headers with its cookies as they are now: after a server action replaced the
 * session cookie (a password change starts a new session), the page rendered in the same response
 * must see the new cookie, which headers() alone would not show.
 */
async function currentRequestHeaders(): Promise<Headers> {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  const copy = new Headers(headerList);
  const cookie = cookieStore.toString();
  if (cookie) copy.set('cookie', cookie);
  else copy.delete('cookie');
  return copy;
}

/**
 * The user of the current request's session cookie, or null. Disabled accounts and accounts
 * without a known role count as signed out. Pass the headers in route handlers.
 */
export async function getSessionUser(requestHeaders?: Headers): Promise<SessionUser | null> {
  await getDb();
  const session = await getAuth().api.getSession({ headers: requestHeaders ?? (await currentRequestHeaders()) });
  if (!session) return null;
  const role = parseRole(session.user.role);
  if (!role || session.user.banned === true) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email, role };
}

/** The signed-in user, or a redirect to the sign-in page. For pages and server actions. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/admin/login');
  return user;
}

/** The signed-in user when their role allows `role` (editor: editor or admin), else a redirect. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!roleAllows(user.role, role)) redirect(`/admin/forbidden?needs=${role}`);
  return user;
}

export type Authorization = { ok: true; user: SessionUser } | { ok: false; message: string };

/**
 * For server actions that must not navigate away (a form full of edits): the user when their
 * role allows `role`, else a message the form shows while it keeps the edits on screen.
 */
export async function authorize(role: Role): Promise<Authorization> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again in another tab (your edits stay here), then retry.' };
  if (!roleAllows(user.role, role)) return { ok: false, message: `This needs the ${role} role.` };
  return { ok: true, user };
}

/** How the audit history records this user. */
export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.name, email: user.email };
}
