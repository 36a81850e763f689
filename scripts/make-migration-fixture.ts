// npx tsx scripts/make-migration-fixture.ts — writes tests/fixtures/db-v0001.sql: a database as the
// migrations up to 0001 left it, with data in every table, dumped as SQL. The migration upgrade test
// (tests/db/migration-upgrade.test.ts) loads the committed file and migrates it to the current set;
// it never runs this script. Re-running it gives the same file: every id, timestamp and salt is fixed.
// The rows are plain SQL for the 0001 schema on purpose: today's queries may write columns it lacked.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scrypt } from 'node:crypto';
import { createClient, type InValue } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';

const LAST_MIGRATION = '0001_admin_auth_audit';
const OUT = resolve('tests/fixtures/db-v0001.sql');
/** Known passwords, so the test can check the stored hashes still verify after the upgrade. */
const FIXTURE_PASSWORDS = { admin: 'fixture admin passphrase', editor: 'fixture editor passphrase' };
// Tables in an order that satisfies every foreign key when the dump is replayed.
const TABLE_ORDER = ['__drizzle_migrations', 'identity_providers', 'apps', 'plans', 'idp_capabilities', 'sources', 'user', 'account', 'session', 'verification', 'audit_log'];

const at = (iso: string) => Date.parse(iso);
const json = (value: unknown) => JSON.stringify(value);

/** Better Auth's scrypt format (salt:key, hex) with a fixed salt, so the file is reproducible. */
async function scryptHash(password: string, salt: string): Promise<string> {
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, 64, { N: 16384, r: 16, p: 1, maxmem: 128 * 16384 * 16 * 2 }, (error, derived) => (error ? reject(error) : resolve(derived))),
  );
  return `${salt}:${key.toString('hex')}`;
}

function insert(table: string, row: Record<string, InValue>) {
  const columns = Object.keys(row);
  return { sql: `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`, args: Object.values(row) };
}

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
    { idp: 'okta', sso: true, provisioning: 'scim', features: { createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups: true }, integration: 'OIN app', syncIntervalMinutes: null, notes: null },
    { idp: 'entra', sso: true, provisioning: 'jit', features: { createUsers: true, updateUsers: null, deactivateUsers: false, pushGroups: null }, integration: null, syncIntervalMinutes: 40, notes: 'Just-in-time only' },
  ],
  sources: [
    { url: 'https://analytics.example.com/pricing', title: 'Pricing', asOf: '2026-05-01', covers: ['pricing'] },
    { url: 'https://analytics.example.com/docs/scim', title: 'SCIM docs', asOf: '2026-05-02', covers: ['scim', 'idps'] },
  ],
  verifiedAt: '2026-05-02',
  confidence: 'high',
};
const multilingual = {
  slug: 'fixture-multilingual',
  name: 'مرحبا Docs 👩‍💻',
  vendor: '<script>alert(1)</script> שלום Ltd',
  category: 'Docs, files & productivity',
  website: 'https://docs.example.org/?q=a&b=c',
  hosting: ['cloud'],
  sso: { protocols: null, requiredForScim: null },
  scim: { version: null, operations: [], attributes: null, tokenSource: null, docsUrl: null },
  limitations: ["Quote's \"marks\" and a line\nbreak", 'zero\u200Bwidth'],
  discrepancies: [],
  plans: [
    { name: 'Flat', rank: 0, hosting: 'cloud', sso: null, scim: null, price: { model: 'flat', currency: 'EUR', annualFlat: 1200 } },
    { name: 'Minimum', rank: 1, hosting: 'cloud', sso: true, scim: null, price: { model: 'annual_minimum', currency: 'USD', annualMinimum: 10000, annualPerSeat: 96 } },
  ],
  idps: [{ idp: 'google', sso: null, provisioning: null, features: { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null }, integration: null, syncIntervalMinutes: null, notes: null }],
  sources: [{ url: 'https://docs.example.org/pricing', title: 'Tarifs — prix', asOf: '2026-04-30', covers: ['pricing', 'sso'] }],
  verifiedAt: '2026-04-30',
  confidence: null,
};
const removed = {
  slug: 'fixture-removed',
  name: 'Fixture Removed',
  vendor: 'Gone Corp',
  category: 'Developer tools',
  website: 'https://gone.example.com',
  hosting: ['cloud'],
  sso: { protocols: ['SAML 2.0'], requiredForScim: false },
  scim: { version: '2.0', operations: ['create'], attributes: null, tokenSource: null, docsUrl: null },
  limitations: [],
  discrepancies: [],
  plans: [{ name: 'Only', rank: 0, hosting: 'cloud', sso: true, scim: null, price: null }],
  idps: [],
  sources: [],
  verifiedAt: '2026-03-01',
  confidence: 'low',
};

type FixtureRecord = typeof analytics | typeof multilingual | typeof removed;

function appRows(id: number, record: FixtureRecord, meta: { version: number; updatedBy: string | null; createdAt: number; updatedAt: number; deletedAt: number | null }) {
  const statements = [
    insert('apps', {
      id,
      slug: record.slug,
      name: record.name,
      vendor: record.vendor,
      category: record.category,
      website: record.website,
      hosting: json(record.hosting),
      sso_protocols: record.sso.protocols === null ? null : json(record.sso.protocols),
      sso_required_for_scim: record.sso.requiredForScim === null ? null : Number(record.sso.requiredForScim),
      scim_version: record.scim.version,
      scim_operations: json(record.scim.operations),
      scim_attributes: record.scim.attributes === null ? null : json(record.scim.attributes),
      token_source: record.scim.tokenSource,
      docs_url: record.scim.docsUrl,
      limitations: json(record.limitations),
      discrepancies: json(record.discrepancies),
      verified_at: record.verifiedAt,
      confidence: record.confidence,
      created_at: meta.createdAt,
      updated_at: meta.updatedAt,
      updated_by: meta.updatedBy,
      version: meta.version,
      deleted_at: meta.deletedAt,
    }),
  ];
  const bool = (value: boolean | null) => (value === null ? null : Number(value));
  record.plans.forEach((plan, index) => {
    statements.push(insert('plans', { id: id * 10 + index, app_id: id, name: plan.name, rank: plan.rank, hosting: plan.hosting, sso: bool(plan.sso), scim: bool(plan.scim), price: plan.price === null ? null : json(plan.price), note: ('note' in plan ? plan.note : null) ?? null }));
  });
  record.idps.forEach((capability, index) => {
    statements.push(
      insert('idp_capabilities', {
        id: id * 10 + index,
        app_id: id,
        idp_id: capability.idp,
        sso: bool(capability.sso),
        provisioning: capability.provisioning,
        create_users: bool(capability.features.createUsers),
        update_users: bool(capability.features.updateUsers),
        deactivate_users: bool(capability.features.deactivateUsers),
        push_groups: bool(capability.features.pushGroups),
        integration: capability.integration,
        sync_interval_minutes: capability.syncIntervalMinutes,
        notes: capability.notes,
      }),
    );
  });
  record.sources.forEach((source, position) => {
    statements.push(insert('sources', { id: id * 10 + position, app_id: id, position, url: source.url, title: source.title, as_of: source.asOf, covers: json(source.covers) }));
  });
  return statements;
}

function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof ArrayBuffer) return `X'${Buffer.from(value).toString('hex')}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

async function main() {
  const journal = JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === LAST_MIGRATION);
  if (last < 0) throw new Error(`${LAST_MIGRATION} is not in the journal`);
  const dir = mkdtempSync(join(tmpdir(), 'scimgap-fixture-'));
  const migrations = join(dir, 'migrations');
  mkdirSync(join(migrations, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, last + 1);
  for (const entry of entries) cpSync(`db/migrations/${entry.tag}.sql`, join(migrations, `${entry.tag}.sql`));
  writeFileSync(join(migrations, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));

  const client = createClient({ url: `file:${join(dir, 'fixture.db')}` });
  await migrate(drizzle(client), { migrationsFolder: migrations });

  const ada = { id: 'fixture-admin-0001', name: 'Ada Admin', email: 'ada.admin@fixture.test' };
  const eve = { id: 'fixture-editor-0002', name: 'Eve Editor', email: 'eve.editor@fixture.test' };
  const idps = JSON.parse(readFileSync('db/seed/idps.json', 'utf8')) as { id: string; name: string; provisioningStyle: string; syncIntervalMinutes: number | null; notes: string[]; sources: unknown[] }[];
  const analyticsBefore = { ...analytics, plans: analytics.plans.map((plan) => (plan.name === 'Pro' ? { ...plan, price: { ...plan.price, monthlyBase: 500 } } : plan)) };
  const statements = [
    ...idps.map((idp) => insert('identity_providers', { id: idp.id, name: idp.name, provisioning_style: idp.provisioningStyle, sync_interval_minutes: idp.syncIntervalMinutes, notes: json(idp.notes), sources: json(idp.sources) })),
    ...appRows(1, analytics, { version: 3, updatedBy: ada.name, createdAt: at('2026-05-01T09:00:00Z'), updatedAt: at('2026-11-20T10:30:00.123Z'), deletedAt: null }),
    ...appRows(2, multilingual, { version: 1, updatedBy: null, createdAt: at('2026-04-30T08:00:00Z'), updatedAt: at('2026-04-30T08:00:00Z'), deletedAt: null }),
    ...appRows(3, removed, { version: 2, updatedBy: eve.name, createdAt: at('2026-03-01T08:00:00Z'), updatedAt: at('2026-11-21T12:00:00Z'), deletedAt: at('2026-11-21T12:00:00Z') }),
    insert('user', { id: ada.id, name: ada.name, email: ada.email, email_verified: 1, image: null, created_at: at('2026-04-01T00:00:00Z'), updated_at: at('2026-04-01T00:00:00Z'), role: 'admin', banned: 0, ban_reason: null, ban_expires: null }),
    insert('user', { id: eve.id, name: eve.name, email: eve.email, email_verified: 1, image: null, created_at: at('2026-04-02T00:00:00Z'), updated_at: at('2026-11-22T00:00:00Z'), role: 'editor', banned: 1, ban_reason: 'Disabled by an admin', ban_expires: null }),
    insert('account', { id: 'fixture-account-1', account_id: ada.id, provider_id: 'credential', user_id: ada.id, password: await scryptHash(FIXTURE_PASSWORDS.admin, '0123456789abcdef0123456789abcdef'), created_at: at('2026-04-01T00:00:00Z'), updated_at: at('2026-04-01T00:00:00Z') }),
    insert('account', { id: 'fixture-account-2', account_id: eve.id, provider_id: 'credential', user_id: eve.id, password: await scryptHash(FIXTURE_PASSWORDS.editor, 'fedcba9876543210fedcba9876543210'), created_at: at('2026-04-02T00:00:00Z'), updated_at: at('2026-04-02T00:00:00Z') }),
    insert('session', { id: 'fixture-session-1', expires_at: at('2099-01-01T00:00:00Z'), token: 'fixture-token-0001', created_at: at('2026-11-22T08:00:00Z'), updated_at: at('2026-11-22T08:00:00Z'), ip_address: '203.0.113.7', user_agent: 'Fixture/1.0', user_id: ada.id, impersonated_by: null }),
    insert('verification', { id: 'fixture-verification-1', identifier: 'fixture', value: 'value', expires_at: at('2099-01-01T00:00:00Z'), created_at: at('2026-11-22T08:00:00Z'), updated_at: at('2026-11-22T08:00:00Z') }),
    insert('audit_log', { id: 1, at: at('2026-05-01T09:00:00Z'), actor_id: ada.id, actor_name: ada.name, actor_email: ada.email, action: 'app.create', app_id: 1, app_slug: analytics.slug, subject_user_id: null, before: null, after: json(analyticsBefore) }),
    insert('audit_log', { id: 2, at: at('2026-11-20T10:30:00.123Z'), actor_id: ada.id, actor_name: ada.name, actor_email: ada.email, action: 'app.update', app_id: 1, app_slug: analytics.slug, subject_user_id: null, before: json(analyticsBefore), after: json(analytics) }),
    insert('audit_log', { id: 3, at: at('2026-11-21T12:00:00Z'), actor_id: eve.id, actor_name: eve.name, actor_email: eve.email, action: 'app.delete', app_id: 3, app_slug: removed.slug, subject_user_id: null, before: json(removed), after: null }),
    insert('audit_log', { id: 4, at: at('2026-04-02T00:00:00Z'), actor_id: ada.id, actor_name: ada.name, actor_email: ada.email, action: 'user.create', app_id: null, app_slug: null, subject_user_id: eve.id, before: null, after: json({ name: eve.name, email: eve.email, role: 'editor', disabled: false }) }),
    insert('audit_log', { id: 5, at: at('2026-11-22T00:00:00Z'), actor_id: ada.id, actor_name: ada.name, actor_email: ada.email, action: 'user.update', app_id: null, app_slug: null, subject_user_id: eve.id, before: json({ name: eve.name, email: eve.email, role: 'editor', disabled: false }), after: json({ name: eve.name, email: eve.email, role: 'editor', disabled: true }) }),
  ];
  await client.batch(statements, 'write');

  const lines = [
    `-- A ScimGap database as migrations 0000..${LAST_MIGRATION.slice(0, 4)} left it, with data in every table.`,
    '-- Written by scripts/make-migration-fixture.ts; loaded by tests/db/migration-upgrade.test.ts. Do not edit by hand.',
  ];
  const objects = await client.execute("select type, name, tbl_name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' order by case type when 'table' then 0 else 1 end, name");
  const tables = objects.rows.filter((row) => row.type === 'table').map((row) => String(row.name));
  const unknown = tables.filter((table) => !TABLE_ORDER.includes(table));
  if (unknown.length > 0) throw new Error(`Add ${unknown.join(', ')} to TABLE_ORDER`);
  const ordered = TABLE_ORDER.filter((table) => tables.includes(table));
  for (const table of ordered) lines.push(`${String(objects.rows.find((row) => row.name === table)?.sql)};`);
  for (const row of objects.rows.filter((object) => object.type !== 'table')) lines.push(`${String(row.sql)};`);
  for (const table of ordered) {
    const result = await client.execute(`select * from "${table}" order by rowid`);
    for (const row of result.rows) lines.push(`INSERT INTO "${table}" (${result.columns.map((column) => `"${column}"`).join(', ')}) VALUES (${result.columns.map((column) => sqlLiteral(row[column])).join(', ')});`);
  }
  client.close();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve('tests/fixtures'), { recursive: true });
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  console.log(`Wrote ${OUT}: ${ordered.length} tables, ${lines.filter((line) => line.startsWith('INSERT')).length} rows.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
