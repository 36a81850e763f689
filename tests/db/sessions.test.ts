import { scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Our Better Auth configuration (lib/server/auth.ts) and session check (lib/server/session.ts) on a
// throwaway database: what makes a session cookie stop working, and how passwords are stored.
// Both modules read their configuration when first imported, so the environment is set first.
const dir = mkdtempSync(join(tmpdir(), 'scimgap-sessions-'));
const ADMIN = { email: 'root@example.org', password: 'a long enough passphrase' };
process.env.DATABASE_URL = `file:${join(dir, 'auth.db')}`;
process.env.BETTER_AUTH_SECRET = 'session-test-secret-that-is-long-enough-0123';
process.env.ADMIN_EMAIL = ADMIN.email;
process.env.ADMIN_PASSWORD = ADMIN.password;
delete process.env.BETTER_AUTH_URL;

const TIMEOUT = { timeout: 60_000 }; // scrypt and the first migration are slow on a busy machine
// Better Auth's scrypt parameters (@better-auth/utils/password): 2^14 iterations, block size 16, 64-byte key.
const SCRYPT = { N: 16384, r: 16, p: 1, keyLength: 64 };

const modules = async () => {
  const [{ getDb }, { getAuth, SESSION_EXPIRES_IN_SECONDS }, { getSessionUser }, users, schema, drizzle, { hashNewPassword }] = await Promise.all([
    import('@/db/client'),
    import('@/lib/server/auth'),
    import('@/lib/server/session'),
    import('@/db/queries/users'),
    import('@/db/schema'),
    import('drizzle-orm'),
    import('@/lib/server/passwords'),
  ]);
  return { getDb, getAuth, SESSION_EXPIRES_IN_SECONDS, getSessionUser, users, schema, eq: drizzle.eq, hashNewPassword };
};
let m: Awaited<ReturnType<typeof modules>>;

beforeAll(async () => {
  m = await modules();
  await m.getDb(); // migrates and creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Signs in through Better Auth's endpoint; returns the Cookie header a browser would send back. */
async function signIn(email: string, password: string): Promise<{ status: number; cookie: string; setCookie: string[] }> {
  const response = await m.getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
  const setCookie = response.headers.getSetCookie();
  return { status: response.status, cookie: setCookie.map((line) => line.split(';')[0]).join('; '), setCookie };
}

const headersWith = (cookie: string) => new Headers({ cookie });

async function sessionRows(token: string) {
  const db = await m.getDb();
  return db.select().from(m.schema.sessions).where(m.eq(m.schema.sessions.token, token));
}

const tokenOf = (cookie: string) => decodeURIComponent(/scimgap\.session_token=([^;]+)/.exec(cookie)?.[1] ?? '').split('.')[0] ?? '';

describe('session cookies', () => {
  it('a signed-in cookie works; once its row has expired it is refused', TIMEOUT, async () => {
    const { status, cookie, setCookie } = await signIn(ADMIN.email, ADMIN.password);
    expect(status).toBe(200);
    expect(setCookie.join('\n')).toMatch(/scimgap\.session_token=[^;]+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax/);
    expect(await m.getSessionUser(headersWith(cookie))).toMatchObject({ email: ADMIN.email, role: 'admin' });

    const [row] = await sessionRows(tokenOf(cookie));
    if (!row) throw new Error('sign-in stores a session row');
    const lifetime = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(Math.abs(lifetime - m.SESSION_EXPIRES_IN_SECONDS * 1000)).toBeLessThan(60_000); // 12 hours, not days

    const db = await m.getDb();
    await db.update(m.schema.sessions).set({ expiresAt: new Date(Date.now() - 1_000) }).where(m.eq(m.schema.sessions.id, row.id));
    expect(await m.getSessionUser(headersWith(cookie))).toBeNull();
  });

  it('signing out deletes the session: replaying the old cookie is refused', TIMEOUT, async () => {
    const { cookie } = await signIn(ADMIN.email, ADMIN.password);
    expect(await m.getSessionUser(headersWith(cookie))).not.toBeNull();
    await m.getAuth().api.signOut({ headers: headersWith(cookie) });
    expect(await sessionRows(tokenOf(cookie))).toHaveLength(0);
    expect(await m.getSessionUser(headersWith(cookie))).toBeNull();
  });

  it('a forged, re-signed or unsigned token is refused even though its session row exists', TIMEOUT, async () => {
    const { cookie } = await signIn(ADMIN.email, ADMIN.password);
    const token = tokenOf(cookie);
    expect(await sessionRows(token)).toHaveLength(1);
    const forgeries = [
      `scimgap.session_token=${token}`, // no signature
      `scimgap.session_token=${token}.${'A'.repeat(43)}%3D`, // a signature made up
      `scimgap.session_token=${encodeURIComponent(`${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}.${cookie.split('.').at(-1) ?? ''}`)}`, // another token, the old signature
      `better-auth.session_token=${cookie.split('=')[1] ?? ''}`, // Better Auth's default name: not ours
    ];
    for (const forged of forgeries) expect(await m.getSessionUser(headersWith(forged)), forged).toBeNull();
    expect(await m.getSessionUser(headersWith(cookie))).not.toBeNull(); // the genuine one still works
  });

  it('a disabled account, or a session row whose user lost its role, is refused', TIMEOUT, async () => {
    const admin = await m.users.findUserByEmail(await m.getDb(), ADMIN.email);
    if (!admin) throw new Error('the first admin exists');
    const db = await m.getDb();
    const created = await m.users.createUserWithPassword(db, { name: 'Ed', email: 'ed@example.org', role: 'editor', passwordHash: await m.hashNewPassword('editor passphrase 1') }, { id: admin.id, name: admin.name, email: admin.email });
    if (!created.ok) throw new Error(created.reason);
    const { cookie } = await signIn('ed@example.org', 'editor passphrase 1');
    expect(await m.getSessionUser(headersWith(cookie))).toMatchObject({ role: 'editor' });

    await db.update(m.schema.users).set({ role: 'owner' }).where(m.eq(m.schema.users.id, created.user.id)); // a role we do not know opens nothing
    expect(await m.getSessionUser(headersWith(cookie))).toBeNull();
    await db.update(m.schema.users).set({ role: 'editor', banned: true }).where(m.eq(m.schema.users.id, created.user.id)); // banned, row kept
    expect(await sessionRows(tokenOf(cookie))).toHaveLength(1);
    expect(await m.getSessionUser(headersWith(cookie))).toBeNull();
    expect((await signIn('ed@example.org', 'editor passphrase 1')).status).toBe(403);
  });
});

describe('stored passwords', () => {
  it('are salted scrypt hashes with Better Auth’s cost parameters, never the password', TIMEOUT, async () => {
    const db = await m.getDb();
    const admin = await m.users.findUserByEmail(db, ADMIN.email);
    const stored = await db.select({ userId: m.schema.accounts.userId, password: m.schema.accounts.password, providerId: m.schema.accounts.providerId }).from(m.schema.accounts);
    expect(stored.length).toBeGreaterThanOrEqual(2); // the first admin (bootstrap path) and the editor (admin API path)
    const passwords: Record<string, string> = { [admin?.id ?? '']: ADMIN.password };
    for (const account of stored) {
      expect(account.providerId).toBe('credential');
      const hash = account.password ?? '';
      expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // 16-byte salt : 64-byte key, hex
      const password = passwords[account.userId] ?? 'editor passphrase 1';
      expect(hash).not.toContain(password);
      const [salt, key] = hash.split(':');
      // Recomputing the key with these parameters proves the cost: 2^14 × 128 × 16 bytes = 32 MiB of memory per guess.
      const recomputed = scryptSync(password.normalize('NFKC'), salt ?? '', SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: 128 * SCRYPT.N * SCRYPT.r * 2 });
      expect(recomputed.toString('hex')).toBe(key);
      const cheaper = scryptSync(password.normalize('NFKC'), salt ?? '', SCRYPT.keyLength, { N: 1024, r: 8, p: 1 });
      expect(cheaper.toString('hex')).not.toBe(key);
    }
  });

  it('the same password hashes differently each time (a random salt per hash)', TIMEOUT, async () => {
    const [first, second] = await Promise.all([m.hashNewPassword('same passphrase 123'), m.hashNewPassword('same passphrase 123')]);
    expect(first).not.toBe(second);
    expect(first.split(':')[0]).not.toBe(second.split(':')[0]);
  });

  it('a wrong password is refused with the same answer as an unknown account', TIMEOUT, async () => {
    const wrong = await signIn(ADMIN.email, 'not the passphrase at all');
    const unknown = await signIn('nobody@example.org', 'not the passphrase at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.setCookie.join('')).not.toContain('session_token=');
  });
});
