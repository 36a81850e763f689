import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminCredentialsError, bootstrapFirstAdmin } from '@/db/bootstrap-admin';
import { listAuditEntries, type Actor } from '@/db/queries/audit-log';
import { createUserWithPassword, findUserByEmail, listUsers, updateUser } from '@/db/queries/users';
import { accounts, sessions } from '@/db/schema';
import { prepareDatabase } from '@/db/prepare';
import { createTestDatabase } from '../support/test-db';

const system: Actor = { id: null, name: 'Test', email: null };
let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeEach(async () => {
  database = await createTestDatabase();
  await prepareDatabase(database);
});
afterEach(() => database.cleanup());

async function addUser(email: string, role: 'admin' | 'editor') {
  const result = await createUserWithPassword(database.db, { name: email.split('@')[0] ?? email, email, role, passwordHash: await hashPassword('correct horse battery') }, system);
  if (!result.ok) throw new Error(result.reason);
  return result.user;
}

describe('first admin', () => {
  it('is created from the credentials once, with a password Better Auth can verify', async () => {
    expect(await bootstrapFirstAdmin(database.db, { email: 'Root@Example.org', password: 'a long enough passphrase' })).toEqual({ created: true, email: 'root@example.org' });
    const user = await findUserByEmail(database.db, 'root@example.org');
    expect(user).toMatchObject({ role: 'admin', disabled: false });
    const [account] = await database.db.select().from(accounts).where(eq(accounts.userId, user?.id ?? ''));
    expect(account).toMatchObject({ providerId: 'credential', accountId: user?.id });
    expect(await verifyPassword({ hash: account?.password ?? '', password: 'a long enough passphrase' })).toBe(true);
    expect(await bootstrapFirstAdmin(database.db, { email: 'other@example.org', password: 'a long enough passphrase' })).toEqual({ created: false, reason: 'admin_exists' });
  });

  it('never overwrites an existing account with that email', async () => {
    await addUser('ed@example.org', 'editor');
    expect(await bootstrapFirstAdmin(database.db, { email: 'ed@example.org', password: 'a long enough passphrase' })).toEqual({ created: false, reason: 'email_taken' });
    expect((await findUserByEmail(database.db, 'ed@example.org'))?.role).toBe('editor');
  });

  it('refuses a short password or a bad email, saying which', async () => {
    await expect(bootstrapFirstAdmin(database.db, { email: 'nope', password: 'short' })).rejects.toThrow(AdminCredentialsError);
    await expect(bootstrapFirstAdmin(database.db, { email: 'nope', password: 'short' })).rejects.toThrow(/email: .*\npassword: At least 12 characters/);
  });
});

describe('accounts', () => {
  it('refuses a second account with the same email', async () => {
    await addUser('ed@example.org', 'editor');
    expect(await createUserWithPassword(database.db, { name: 'Ed', email: 'ED@example.org', role: 'admin', passwordHash: 'x' }, system)).toEqual({ ok: false, reason: 'exists' });
  });

  it('disabling an account revokes its sessions; changes are audited without password hashes', async () => {
    const admin = await addUser('root@example.org', 'admin');
    const editor = await addUser('ed@example.org', 'editor');
    const now = Date.now();
    await database.db.insert(sessions).values({ id: 's1', token: 't1', userId: editor.id, expiresAt: new Date(now + 60_000), createdAt: new Date(now), updatedAt: new Date(now) });
    const actor: Actor = { id: admin.id, name: admin.name, email: admin.email };
    expect(await updateUser(database.db, editor.id, { disabled: true }, actor)).toMatchObject({ ok: true, user: { disabled: true } });
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, editor.id))).toEqual([]);
    expect(await updateUser(database.db, editor.id, { disabled: false, role: 'admin' }, actor)).toMatchObject({ ok: true, user: { disabled: false, role: 'admin' } });
    const entries = await listAuditEntries(database.db);
    expect(entries.map((entry) => entry.action)).toEqual(['user.update', 'user.update', 'user.create', 'user.create']);
    expect(JSON.stringify(entries)).not.toMatch(/scrypt|password/i);
  });

  it('never leaves the site without an active admin', async () => {
    const admin = await addUser('root@example.org', 'admin');
    await addUser('ed@example.org', 'editor');
    expect(await updateUser(database.db, admin.id, { role: 'editor' }, system)).toEqual({ ok: false, reason: 'last_admin' });
    expect(await updateUser(database.db, admin.id, { disabled: true }, system)).toEqual({ ok: false, reason: 'last_admin' });
    const second = await addUser('second@example.org', 'admin');
    expect(await updateUser(database.db, admin.id, { role: 'editor' }, system)).toMatchObject({ ok: true });
    expect(await updateUser(database.db, second.id, { disabled: true }, system)).toEqual({ ok: false, reason: 'last_admin' });
    expect((await listUsers(database.db)).map((user) => [user.email, user.role])).toEqual([
      ['ed@example.org', 'editor'],
      ['root@example.org', 'editor'],
      ['second@example.org', 'admin'],
    ]);
  });
});
