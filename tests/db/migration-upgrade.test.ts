import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { verifyPassword } from 'better-auth/crypto';
import type { Client } from '@libsql/client';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/create-db';
import { migrateDatabase, prepareDatabase, MIGRATIONS_DIR } from '@/db/prepare';
import { exportCatalog, getAdminApp, getAppProfile, listAppSlugs, recordOf, updateAppRecord } from '@/db/queries/apps';
import { listAuditEntries, listPublicChangelog } from '@/db/queries/audit-log';
import { listUsers } from '@/db/queries/users';
import { catalogImportSchema } from '@/lib/catalog/export-format';

// An upgrade from a committed database: tests/fixtures/db-v0001.sql is a database as migrations
// 0000 and 0001 left it, with rows in every table (scripts/make-migration-fixture.ts wrote it once).
// Migrating it to whatever migrations exist now must keep every row and every value, and the app
// must still read and write them. The checks name the fixture's tables and columns, never today's
// schema, so new migrations need no change here unless they drop or rename something.
const FIXTURE = resolve('tests/fixtures/db-v0001.sql');
const PASSWORDS = { 'ada.admin@fixture.test': 'fixture admin passphrase', 'eve.editor@fixture.test': 'fixture editor passphrase' } as const;

const analytics = {
  slug: 'fixture-analytics',
  name: 'Fixture Analytics',
  vendor: 'Fixture, Inc.',
  category: 'BI & analytics',
  website: 'https://analytics.example.com',
  hosting: ['cloud', 'self-hosted'],
  sso: { protocols: ['SAML 2.0', 'OIDC'], requiredForScim: true },
  scim: { version: '2.0', operations: ['create', 'update', 'deactivate', 'groups'], attributes: ['userName', 'emails'], tokenSource: 'Admin settings > Provisioning', docsUrl: 'https://analytics.example.com/docs/scim' },
  limitations: ['SCIM only on Pro', 'Groups sync for Okta only'],
  discrepancies: ['The pricing page and the docs disagree on the Team plan'],
  plans: [
    { name: 'Free', rank: 0, hosting: 'self-hosted', sso: false, scim: false, price: { model: 'free', currency: 'USD' } },
    { name: 'Team', rank: 1, hosting: 'cloud', sso: false, scim: false, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 8, annualPerSeat: 84, minSeats: 3 } },
    { name: 'Pro', rank: 2, hosting: 'both', sso: true, scim: true, price: { model: 'base_plus_seats', currency: 'USD', monthlyBase: 575, includedSeats: 10, monthlyPerExtraSeat: 12, annualBase: 6000 }, note: 'Price raised in November' },
    { name: 'Enterprise', rank: 3, hosting: 'both', sso: true, scim: true, price: { model: 'quote', currency: 'USD' } },
  ],
  idps: [
    { idp: 'entra', sso: true, provisioning: 'jit', features: { createUsers: true, updateUsers: null, deactivateUsers: false, pushGroups: null }, integration: null, syncIntervalMinutes: 40, notes: 'Just-in-time only' },
    { idp: 'okta', sso: true, provisioning: 'scim', features: { createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups: true }, integration: 'OIN app', syncIntervalMinutes: null, notes: null },
  ],
  sources: [
    { url: 'https://analytics.example.com/pricing', title: 'Pricing', asOf: '2026-05-01', covers: ['pricing'] },
    { url: 'https://analytics.example.com/docs/scim', title: 'SCIM docs', asOf: '2026-05-02', covers: ['scim', 'idps'] },
  ],
  verifiedAt: '2026-05-02',
  confidence: 'high',
};

type Connection = ReturnType<typeof createDatabase> & { dir: string };
const opened: Connection[] = [];
afterEach(() => {
  for (const connection of opened.splice(0)) {
    connection.client.close();
    rmSync(connection.dir, { recursive: true, force: true });
  }
});

async function loadFixture(): Promise<Connection> {
  const dir = mkdtempSync(join(tmpdir(), 'scimgap-upgrade-'));
  const connection = { ...createDatabase({ url: `file:${join(dir, 'upgrade.db')}` }), dir };
  opened.push(connection);
  await connection.client.executeMultiple(readFileSync(FIXTURE, 'utf8'));
  return connection;
}

interface TableRows {
  columns: string[];
  rows: string[];
}

/** Every row of the given tables (all by default), restricted to the given columns, as sorted JSON. */
async function readTables(client: Client, only?: Map<string, TableRows>): Promise<Map<string, TableRows>> {
  const names = only
    ? [...only.keys()]
    : (await client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")).rows.map((row) => String(row.name));
  const tables = new Map<string, TableRows>();
  for (const name of names) {
    const columns = only?.get(name)?.columns ?? (await client.execute(`pragma table_info("${name}")`)).rows.map((row) => String(row.name));
    const result = await client.execute(`select ${columns.map((column) => `"${column}"`).join(', ')} from "${name}"`);
    tables.set(name, { columns, rows: result.rows.map((row) => JSON.stringify(columns.map((column) => row[column]))).sort() });
  }
  return tables;
}

/** Tables whose fixture rows (on the fixture's columns) are not all there, unchanged, after migrating. */
function changedTables(before: Map<string, TableRows>, after: Map<string, TableRows>, { mayAddRows = false } = {}): string[] {
  return [...before].flatMap(([name, { rows }]) => {
    const now = after.get(name)?.rows ?? [];
    const isKept = mayAddRows || name === '__drizzle_migrations' ? rows.every((row) => now.includes(row)) : JSON.stringify(now) === JSON.stringify(rows);
    return isKept ? [] : [name];
  });
}

async function journalLength(): Promise<number> {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

describe('upgrading a database from migration 0001', () => {
  it('the committed fixture holds the 0001 schema with rows in every table', async () => {
    const { client } = await loadFixture();
    const tables = await readTables(client);
    expect([...tables.keys()].sort()).toEqual(['__drizzle_migrations', 'account', 'apps', 'audit_log', 'identity_providers', 'idp_capabilities', 'plans', 'session', 'sources', 'user', 'verification']);
    for (const [name, { rows }] of tables) expect(rows.length, name).toBeGreaterThan(0);
    expect(tables.get('__drizzle_migrations')?.rows).toHaveLength(2);
    expect(Object.fromEntries([...tables].map(([name, { rows }]) => [name, rows.length]))).toEqual({
      __drizzle_migrations: 2, account: 2, apps: 3, audit_log: 5, identity_providers: 6, idp_capabilities: 3, plans: 7, session: 1, sources: 3, user: 2, verification: 1,
    });
  });

  it('keeps every row and value when migrated to the current set, and leaves an intact file', async () => {
    const connection = await loadFixture();
    const before = await readTables(connection.client);
    await migrateDatabase(connection);
    const after = await readTables(connection.client, before);
    expect(changedTables(before, after)).toEqual([]);
    expect((await connection.client.execute('select count(*) from __drizzle_migrations')).rows[0]?.[0]).toBe(await journalLength());
    expect((await connection.client.execute('pragma integrity_check')).rows[0]?.[0]).toBe('ok');
    expect((await connection.client.execute('pragma foreign_key_check')).rows).toHaveLength(0);

    await migrateDatabase(connection); // a second run has nothing left to do
    expect(await readTables(connection.client, before)).toEqual(after);
  });

  it('would catch a migration that loses a value (the check above is not vacuous)', async () => {
    const connection = await loadFixture();
    const before = await readTables(connection.client);
    // Today's migrations plus a careless one: a table rebuild that cuts source titles short.
    const folder = join(connection.dir, 'migrations');
    cpSync(MIGRATIONS_DIR, folder, { recursive: true });
    const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1);
    journal.entries.push({ ...(last ?? { idx: 0, when: 0, tag: '' }), idx: (last?.idx ?? 0) + 1, when: (last?.when ?? 0) + 1, tag: '9999_careless' });
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
    writeFileSync(join(folder, '9999_careless.sql'), 'UPDATE `sources` SET `title` = substr(`title`, 1, 3);');
    await migrate(connection.db, { migrationsFolder: folder });
    expect(changedTables(before, await readTables(connection.client, before))).toEqual(['sources']);
  });

  it('the app reads and writes the upgraded rows through db/queries', async () => {
    const connection = await loadFixture();
    await migrateDatabase(connection);
    const { db } = connection;

    expect(await listAppSlugs(db)).toEqual(['fixture-analytics', 'fixture-multilingual']);
    const profile = await getAppProfile(db, 'fixture-analytics');
    if (!profile) throw new Error('fixture-analytics is live in the fixture');
    expect(recordOf(profile)).toEqual(analytics);
    expect(profile).toMatchObject({ version: 3, updatedBy: 'Ada Admin', createdAt: '2026-05-01T09:00:00.000Z', updatedAt: '2026-11-20T10:30:00.123Z' });
    const multilingual = await getAppProfile(db, 'fixture-multilingual');
    expect(multilingual).toMatchObject({
      name: 'مرحبا Docs 👩‍💻',
      vendor: '<script>alert(1)</script> שלום Ltd',
      limitations: ["Quote's \"marks\" and a line\nbreak", 'zero\u200Bwidth'],
      sso: { protocols: null, requiredForScim: null },
      confidence: null,
      plans: [
        { name: 'Flat', price: { model: 'flat', currency: 'EUR', annualFlat: 1200 } },
        { name: 'Minimum', price: { model: 'annual_minimum', annualMinimum: 10000, annualPerSeat: 96 } },
      ],
    });
    expect(await getAdminApp(db, 'fixture-removed')).toMatchObject({ version: 2, deletedAt: '2026-11-21T12:00:00.000Z', plans: [{ name: 'Only', price: null }] });

    const users = await listUsers(db);
    expect(users.map(({ name, email, role, disabled }) => ({ name, email, role, disabled }))).toEqual([
      { name: 'Ada Admin', email: 'ada.admin@fixture.test', role: 'admin', disabled: false },
      { name: 'Eve Editor', email: 'eve.editor@fixture.test', role: 'editor', disabled: true },
    ]);
    const hashes = await connection.client.execute('select u.email, a.password from account a join user u on u.id = a.user_id');
    for (const row of hashes.rows) {
      const email = String(row.email) as keyof typeof PASSWORDS;
      expect(await verifyPassword({ hash: String(row.password), password: PASSWORDS[email] }), email).toBe(true);
    }

    const history = await listAuditEntries(db);
    expect(history.map((entry) => [entry.action, entry.appSlug ?? entry.subjectUserId, entry.actor.name])).toEqual([
      ['user.update', 'fixture-editor-0002', 'Ada Admin'],
      ['app.delete', 'fixture-removed', 'Eve Editor'],
      ['app.update', 'fixture-analytics', 'Ada Admin'],
      ['app.create', 'fixture-analytics', 'Ada Admin'],
      ['user.create', 'fixture-editor-0002', 'Ada Admin'],
    ]);
    const changelog = await listPublicChangelog(db, 'fixture-analytics');
    expect(changelog).toHaveLength(1);
    expect(changelog[0]?.changes.join(' ')).toMatch(/Pro plan price: \$500\/mo .* → \$575\/mo/);

    const exported = await exportCatalog(db);
    expect(catalogImportSchema.safeParse(JSON.parse(JSON.stringify(exported))).success).toBe(true); // old rows pass today's validation
    const saved = await updateAppRecord(db, { slug: 'fixture-analytics', expectedVersion: 3, record: { ...recordOf(profile), limitations: ['Edited after the upgrade'] } }, { id: 'fixture-admin-0001', name: 'Ada Admin', email: 'ada.admin@fixture.test' });
    expect(saved).toMatchObject({ ok: true, version: 4, changed: true });
  });

  it('starting the app on the upgraded file keeps every curated row and account, and creates no second admin', async () => {
    const connection = await loadFixture();
    const before = await readTables(connection.client);
    const result = await prepareDatabase(connection, { firstAdmin: { email: 'new.admin@example.org', password: 'a new admin passphrase' } });
    expect(result.firstAdmin).toEqual({ created: false, reason: 'admin_exists' });
    // Starting may add rows (bundled data the old database never had), but every fixture row stays as it was.
    expect(changedTables(before, await readTables(connection.client, before), { mayAddRows: true })).toEqual([]);
    expect(await listAppSlugs(connection.db)).toEqual(expect.arrayContaining(['fixture-analytics', 'fixture-multilingual']));
  });
});
