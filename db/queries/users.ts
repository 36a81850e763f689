import { randomUUID } from 'node:crypto';
import { and, asc, eq, ne, or, isNull, sql } from 'drizzle-orm';
import { parseRole, type Role } from '@/lib/admin/roles';
import type { Database, Queryable } from '../create-db';
import { accounts, sessions, users } from '../schema';
import { withWriteLock } from '../write-lock';
import { recordAudit, type Actor } from './audit-log';

/** An account as the admin pages show it: never its password hash or sessions. */
export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: Role | null;
  disabled: boolean;
  createdAt: string;
}

type UserRow = typeof users.$inferSelect;

function adminUserFromRow(row: Pick<UserRow, 'id' | 'name' | 'email' | 'role' | 'banned' | 'createdAt'>): AdminUser {
  return { id: row.id, name: row.name, email: row.email, role: parseRole(row.role), disabled: row.banned === true, createdAt: row.createdAt.toISOString() };
}

const userColumns = { id: users.id, name: users.name, email: users.email, role: users.role, banned: users.banned, createdAt: users.createdAt };

export async function listUsers(db: Queryable): Promise<AdminUser[]> {
  const rows = await db.select(userColumns).from(users).orderBy(asc(sql`lower(${users.name})`));
  return rows.map(adminUserFromRow);
}

export async function getUserById(db: Queryable, id: string): Promise<AdminUser | null> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ? adminUserFromRow(row) : null;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<AdminUser | null> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row ? adminUserFromRow(row) : null;
}

/** True when any account has the admin role (disabled or not): then nobody is bootstrapped. */
export async function hasAdmin(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return row !== undefined;
}

const isActive = or(isNull(users.banned), eq(users.banned, false));

async function countActiveAdmins(db: Queryable, except?: string): Promise<number> {
  const conditions = [eq(users.role, 'admin'), isActive];
  if (except) conditions.push(ne(users.id, except));
  const [row] = await db.select({ count: sql<number>`count(*)` }).from(users).where(and(...conditions));
  return row?.count ?? 0;
}

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  /** A Better Auth password hash (scrypt), never the password. */
  passwordHash: string;
}

export type UserWriteResult = { ok: true; user: AdminUser } | { ok: false; reason: 'exists' | 'not_found' | 'last_admin' };

/** Creates an account that signs in with email and password, the way Better Auth stores one. */
export async function createUserWithPassword(db: Database, input: NewUser, actor: Actor): Promise<UserWriteResult> {
  const email = input.email.trim().toLowerCase();
  return withWriteLock(() =>
    db.transaction(async (tx): Promise<UserWriteResult> => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
      if (existing) return { ok: false, reason: 'exists' };
      const now = new Date();
      const id = randomUUID();
      await tx.insert(users).values({ id, name: input.name, email, emailVerified: true, role: input.role, banned: false, createdAt: now, updatedAt: now });
      // Better Auth's credential account: accountId is the user id, providerId "credential".
      await tx.insert(accounts).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: input.passwordHash, createdAt: now, updatedAt: now });
      const user: AdminUser = { id, name: input.name, email, role: input.role, disabled: false, createdAt: now.toISOString() };
      await recordAudit(tx, { actor, action: 'user.create', subjectUserId: id, before: null, after: { name: user.name, email, role: user.role, disabled: false } });
      return { ok: true, user };
    }),
  );
}

export interface UserUpdate {
  role?: Role;
  disabled?: boolean;
}

/**
 * Changes an account's role or disables it. A disabled account loses every session at once and
 * cannot sign in (Better Auth's admin plugin refuses banned users). The last active admin can be
 * neither demoted nor disabled, so the catalog never ends up without anyone to manage accounts.
 */
export async function updateUser(db: Database, id: string, update: UserUpdate, actor: Actor): Promise<UserWriteResult> {
  return withWriteLock(() =>
    db.transaction(async (tx): Promise<UserWriteResult> => {
      const [row] = await tx.select(userColumns).from(users).where(eq(users.id, id)).limit(1);
      if (!row) return { ok: false, reason: 'not_found' };
      const before = adminUserFromRow(row);
      const after: AdminUser = { ...before, role: update.role ?? before.role, disabled: update.disabled ?? before.disabled };
      const losesAdmin = before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
      if (losesAdmin && (await countActiveAdmins(tx, id)) === 0) return { ok: false, reason: 'last_admin' };
      if (after.role === before.role && after.disabled === before.disabled) return { ok: true, user: before };

      await tx
        .update(users)
        .set({ role: after.role, banned: after.disabled, banReason: after.disabled ? 'Disabled by an admin' : null, banExpires: null, updatedAt: new Date() })
        .where(eq(users.id, id));
      if (after.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
      const snapshot = (user: AdminUser) => ({ name: user.name, email: user.email, role: user.role, disabled: user.disabled });
      await recordAudit(tx, { actor, action: 'user.update', subjectUserId: id, before: snapshot(before), after: snapshot(after) });
      return { ok: true, user: after };
    }),
  );
}
