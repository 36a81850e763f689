import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, exportCatalog, getAppProfile, importCatalog, listAppSlugs, previewImport, recordOf, restoreApp, softDeleteApp, updateAppRecord } from '@/db/queries/apps';
import type { Actor } from '@/db/queries/audit-log';
import { createUserWithPassword, listUsers, updateUser } from '@/db/queries/users';
import { prepareDatabase } from '@/db/prepare';
import { passwordChangeSchema, signInSchema, userCreateSchema, userUpdateSchema } from '@/lib/admin/schemas';
import { userUpdateRefusal } from '@/lib/admin/user-rules';
import { catalogImportSchema } from '@/lib/catalog/export-format';
import { issuesByPath } from '@/lib/catalog/issues';
import { appCreateSchema, appUpdateSchema, isStorableText } from '@/lib/catalog/schemas';
import type { AppRecord } from '@/lib/catalog/types';
import { appRecordArbitrary, anyJsonArbitrary, freshSlugArbitrary, RECORD_MISTAKES, recordMistakeArbitrary, USER_MISTAKES, USER_UPDATE_MISTAKES, withMistake, type RecordMistake } from '../support/admin-payloads';

type Json = Record<string, unknown>;
import { createTestDatabase } from '../support/test-db';

// Every admin write, fed generated and near-valid payloads the way the routes and server actions
// feed them (schema first, then the query): a refusal names the bad field and writes nothing; an
// accepted payload is stored exactly, with one audit entry; nothing throws (a throw is a 500).
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const actor: Actor = { id: 'user-prop', name: 'Property Tester', email: 'prop@example.org' };
// Generous: a failing property shrinks its input, and every shrink step writes to the database.
const TIMEOUT = { timeout: 180_000 };
const TABLES = ['apps', 'plans', 'idp_capabilities', 'sources', 'audit_log', 'user', 'account', 'session'];
const ACCOUNT_TABLES = ['audit_log', 'user', 'account', 'session'];

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let seededSlugs: string[] = [];
const tried: Record<string, number> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  await prepareDatabase(database);
  seededSlugs = await listAppSlugs(database.db);
});
afterAll(() => {
  database.cleanup();
  console.log(`Admin write properties, inputs tried: ${Object.entries(tried).map(([name, count]) => `${name} ${count}`).join(', ')}`);
});

/** A hash of every row the admin side can write: equal hashes mean nothing was written. */
async function fingerprint(tables = TABLES): Promise<string> {
  const hash = createHash('sha256');
  for (const table of tables) {
    const result = await database.client.execute(`select * from "${table}" order by rowid`);
    hash.update(`${table}:${JSON.stringify(result.rows.map((row) => Array.from(row)))}\n`);
  }
  return hash.digest('hex');
}

async function auditCount(): Promise<number> {
  const result = await database.client.execute('select count(*) from audit_log');
  return Number(result.rows[0]?.[0]);
}

/** The same record as the database gives it back: plans by rank, IdPs by id, absent notes and confidence as "not stated". */
function canonical(record: AppRecord): AppRecord {
  const copy = structuredClone(record);
  copy.plans = copy.plans
    .map((plan) => {
      const { note, ...rest } = plan;
      return note === null || note === undefined ? rest : { ...rest, note };
    })
    .sort((a, b) => a.rank - b.rank);
  copy.idps = [...copy.idps].sort((a, b) => (a.idp < b.idp ? -1 : a.idp > b.idp ? 1 : 0));
  copy.confidence = copy.confidence ?? null;
  return copy;
}

async function stored(slug: string): Promise<AppRecord | null> {
  const profile = await getAppProfile(database.db, slug, { includeDeleted: true });
  return profile ? canonical(recordOf(profile)) : null;
}

/** A refusal a person can act on: the mistaken field's path, and a message that says what is wrong. */
function expectNamedRefusal(fields: Record<string, string[]>, path: string, mentions?: string) {
  const paths = Object.keys(fields);
  const matching = paths.filter((key) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`));
  expect(matching, `expected an issue at ${path}, got ${JSON.stringify(fields)}`).not.toHaveLength(0);
  for (const messages of Object.values(fields)) for (const message of messages) expect(message.trim().length).toBeGreaterThan(3);
  if (mentions) expect(matching.flatMap((key) => fields[key] ?? []).join(' | ')).toContain(mentions);
}

function count(name: string) {
  tried[name] = (tried[name] ?? 0) + 1;
}

describe('app create (POST /api/v1/admin/apps, createAppAction)', () => {
  it('every listed mistake is refused on its own, on any valid record', TIMEOUT, () => {
    const record = fc.sample(appRecordArbitrary(freshSlugArbitrary('mistake')), { numRuns: 1, seed: 7 })[0] ?? {};
    for (const mistake of RECORD_MISTAKES) {
      const parsed = appCreateSchema.safeParse(withMistake(record, mistake));
      expect(parsed.success, mistake.name).toBe(false);
      if (!parsed.success) expectNamedRefusal(issuesByPath(parsed.error), mistake.path, mistake.mentions);
    }
  });

  it('refuses a near-valid record naming the field, and stores a valid one exactly, with one audit entry', TIMEOUT, async () => {
    const outcomes = { refused: 0, created: 0, slugTaken: 0 };
    await fc.assert(
      fc.asyncProperty(
        appRecordArbitrary(fc.oneof({ arbitrary: freshSlugArbitrary('prop-new'), weight: 5 }, { arbitrary: fc.constantFrom(...seededSlugs), weight: 1 })),
        fc.option(recordMistakeArbitrary, { freq: 2 }),
        async (valid, mistake) => {
          count('create');
          const parsed = appCreateSchema.safeParse(mistake ? withMistake(valid, mistake) : valid);
          if (mistake) {
            expect(parsed.success, mistake.name).toBe(false);
            if (!parsed.success) expectNamedRefusal(issuesByPath(parsed.error), mistake.path, mistake.mentions);
            outcomes.refused += 1;
            return;
          }
          expect(parsed.success, parsed.success ? '' : JSON.stringify(issuesByPath(parsed.error))).toBe(true);
          if (!parsed.success) return;
          const before = await fingerprint();
          const audits = await auditCount();
          const existed = await stored(parsed.data.slug);
          const result = await createApp(database.db, parsed.data, actor);
          if (!result.ok) {
            expect(result).toMatchObject({ reason: 'exists' });
            expect(existed).not.toBeNull();
            expect(await fingerprint()).toBe(before);
            outcomes.slugTaken += 1;
            return;
          }
          expect(existed).toBeNull();
          expect(await stored(parsed.data.slug)).toEqual(canonical(parsed.data));
          expect(await auditCount()).toBe(audits + 1);
          outcomes.created += 1;
        },
      ),
      { numRuns: RUNS },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.created).toBeGreaterThan(0);
  });

  it('any JSON at all is refused with messages, never thrown at', TIMEOUT, () => {
    fc.assert(
      fc.property(anyJsonArbitrary, (body) => {
        count('create-any-json');
        const parsed = appCreateSchema.safeParse(body);
        expect(parsed.success).toBe(false);
        if (!parsed.success) expect(Object.keys(issuesByPath(parsed.error)).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('app save (PUT /api/v1/admin/apps/{slug}, saveAppAction)', () => {
  it('a current version saves exactly; a stale or unknown one is refused and writes nothing', TIMEOUT, async () => {
    const outcomes = { refused: 0, saved: 0, unchanged: 0, conflict: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seededSlugs),
        appRecordArbitrary(fc.constant('placeholder')),
        fc.option(recordMistakeArbitrary, { freq: 2 }),
        fc.constantFrom('current', 'current', 'stale', 'ahead', 'unchanged'),
        async (slug, generated, mistake, basis) => {
          count('save');
          const current = await getAppProfile(database.db, slug);
          if (!current) throw new Error(`${slug} is seeded`);
          const record = basis === 'unchanged' ? recordOf(current) : { ...generated, slug };
          const version = basis === 'stale' ? current.version - 1 : basis === 'ahead' ? current.version + 1 : current.version;
          const body = mistake ? withMistake(record, mistake) : record;
          const parsed = appUpdateSchema.safeParse(typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body, version } : body);
          if (mistake) {
            expect(parsed.success, mistake.name).toBe(false);
            if (!parsed.success) expectNamedRefusal(issuesByPath(parsed.error), mistake.path, mistake.mentions);
            outcomes.refused += 1;
            return;
          }
          if (!parsed.success) {
            expect(version).toBeLessThan(1); // the only refusal left: a version below 1
            expectNamedRefusal(issuesByPath(parsed.error), 'version');
            outcomes.refused += 1;
            return;
          }
          const { version: expectedVersion, ...update } = parsed.data;
          const before = await fingerprint();
          const audits = await auditCount();
          const result = await updateAppRecord(database.db, { slug, expectedVersion, record: update }, actor);
          if (basis === 'stale' || basis === 'ahead') {
            expect(result).toMatchObject({ ok: false, reason: 'conflict', current: { version: current.version } });
            expect(await fingerprint()).toBe(before);
            outcomes.conflict += 1;
            return;
          }
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(await stored(slug)).toEqual(canonical(update));
          if (result.changed) {
            expect(result.version).toBe(current.version + 1);
            expect(await auditCount()).toBe(audits + 1);
            outcomes.saved += 1;
          } else {
            expect(await fingerprint()).toBe(before);
            outcomes.unchanged += 1;
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(outcomes.saved).toBeGreaterThan(0);
    expect(outcomes.conflict).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});

describe('delete and restore (DELETE …/{slug}, POST …/{slug}/restore and their actions)', () => {
  it('any slug and version: a clear answer, one audit entry per change, nothing written on a refusal', TIMEOUT, async () => {
    const weirdSlug = fc.oneof({ arbitrary: fc.constantFrom(...seededSlugs), weight: 3 }, fc.string({ maxLength: 20 }), fc.constantFrom('', '%', "x' or 1=1 --", 'METABASE', 'metabase '));
    const version = fc.oneof({ arbitrary: fc.constant('current' as const), weight: 3 }, fc.constant(undefined), fc.integer({ min: -2, max: 50 }), fc.constant(Number.MAX_SAFE_INTEGER));
    const outcomes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('delete', 'restore'), weirdSlug, version, async (operation, slug, versionChoice) => {
        count('delete-restore');
        const before = await fingerprint();
        const audits = await auditCount();
        const existing = await getAppProfile(database.db, slug, { includeDeleted: true });
        const expected = versionChoice === 'current' ? existing?.version : versionChoice;
        const result = operation === 'delete' ? await softDeleteApp(database.db, slug, actor, expected) : await restoreApp(database.db, slug, actor);
        const key = result.ok ? `${operation}:${result.changed ? 'changed' : 'unchanged'}` : `${operation}:${result.reason}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (!result.ok || !result.changed) {
          expect(await fingerprint()).toBe(before);
          if (!existing) expect(result).toEqual({ ok: false, reason: 'not_found' });
          return;
        }
        expect(existing).not.toBeNull();
        expect(result.version).toBe((existing?.version ?? 0) + 1);
        expect(await auditCount()).toBe(audits + 1);
        const isListed = (await listAppSlugs(database.db)).includes(slug);
        expect(isListed).toBe(operation === 'restore');
      }),
      { numRuns: RUNS },
    );
    expect(outcomes['delete:changed']).toBeGreaterThan(0);
    expect(outcomes['delete:not_found']).toBeGreaterThan(0);
  });
});

describe('import (POST /api/v1/admin/import)', () => {
  it('a file with one bad field is refused with that field’s path; a valid file is applied exactly', TIMEOUT, async () => {
    const outcomes = { refused: 0, applied: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(appRecordArbitrary(freshSlugArbitrary('prop-import')), { maxLength: 3 }),
        fc.option(fc.tuple(recordMistakeArbitrary, fc.nat()), { freq: 2 }),
        fc.boolean(),
        async (added, mistake, removeMissing) => {
          count('import');
          const file = JSON.parse(JSON.stringify(await exportCatalog(database.db))) as { apps: Record<string, unknown>[] };
          const known = new Set(file.apps.map((app) => app.slug));
          file.apps.push(...added.filter((app) => !known.has(app.slug)));
          const before = await fingerprint();
          if (mistake) {
            const [bad, at] = mistake as [RecordMistake, number];
            const index = at % file.apps.length;
            file.apps[index] = withMistake(file.apps[index] ?? {}, bad) as Record<string, unknown>;
            const parsed = catalogImportSchema.safeParse(file);
            expect(parsed.success, bad.name).toBe(false);
            if (!parsed.success) expectNamedRefusal(issuesByPath(parsed.error), `apps[${index}]${bad.path === '(root)' ? '' : `.${bad.path}`}`, bad.mentions);
            outcomes.refused += 1;
            return;
          }
          const parsed = catalogImportSchema.safeParse(file);
          expect(parsed.success, parsed.success ? '' : JSON.stringify(issuesByPath(parsed.error)).slice(0, 500)).toBe(true);
          if (!parsed.success) return;
          const preview = await previewImport(database.db, parsed.data, { removeMissing });
          expect(await fingerprint()).toBe(before); // a dry run writes nothing
          const audits = await auditCount();
          const report = await importCatalog(database.db, parsed.data, { removeMissing }, actor);
          expect(report).toEqual(preview);
          expect(await auditCount()).toBe(audits + report.added.length + report.restored.length + report.changed.length + report.removed.length);
          for (const record of parsed.data.apps) expect(await stored(record.slug)).toEqual(canonical(record));
          outcomes.applied += 1;
        },
      ),
      { numRuns: Math.max(10, Math.round(RUNS / 4)) },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.applied).toBeGreaterThan(0);
  });
});

describe('a write that fails half-way (every catalog write is one transaction)', () => {
  it('create, save and import leave nothing behind when the last statement fails', TIMEOUT, async () => {
    // The sources insert comes after the app row and its plans: make it fail for one title.
    await restoreApp(database.db, 'metabase', actor); // the delete property may have hidden it
    await database.client.execute("create trigger refuse_boom before insert on sources when new.title = 'boom' begin select raise(abort, 'boom refused'); end");
    try {
      const base = (await getAppProfile(database.db, 'metabase')) ?? undefined;
      if (!base) throw new Error('metabase is seeded');
      const boom = { ...recordOf(base), sources: [{ url: 'https://example.com', title: 'boom', asOf: '2026-01-01', covers: [] }] } satisfies AppRecord;
      const before = await fingerprint();
      await expect(createApp(database.db, { ...boom, slug: 'prop-boom', name: 'Boom' }, actor)).rejects.toThrow();
      await expect(updateAppRecord(database.db, { slug: 'metabase', expectedVersion: base.version, record: { ...boom, name: 'Metabase Boom' } }, actor)).rejects.toThrow();
      const file = await exportCatalog(database.db);
      file.apps = file.apps.map((app) => (app.slug === 'metabase' ? { ...boom, name: 'Imported Boom' } : app));
      await expect(importCatalog(database.db, file, { removeMissing: true }, actor)).rejects.toThrow();
      expect(await fingerprint()).toBe(before);
      // The write lock is free again: a normal save goes through.
      expect(await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: base.version, record: { ...recordOf(base), name: 'Metabase after boom' } }, actor)).toMatchObject({ ok: true, changed: true });
    } finally {
      await database.client.execute('drop trigger refuse_boom');
    }
  });
});

describe('accounts (POST /api/v1/admin/users, PATCH /api/v1/admin/users/{id}, their actions)', () => {
  const fakeHash = (seed: number) => `${seed.toString(16).padStart(32, '0')}:${'ab'.repeat(64)}`; // the scrypt shape; hashing is tested elsewhere

  it('a near-valid account is refused naming the field; a valid one is created once', TIMEOUT, async () => {
    const outcomes = { refused: 0, created: 0, taken: 0 };
    const valid = fc.record({
      name: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((name) => name.trim().length > 0 && isStorableText(name)), fc.constantFrom('<script>window.__pwned=1</script>', 'مرحبا')),
      email: fc.oneof(fc.emailAddress().filter((email) => email.length <= 254), fc.constantFrom('prop.user@example.org', 'PROP.USER@example.org')),
      password: fc.string({ minLength: 12, maxLength: 128 }),
      role: fc.constantFrom('admin', 'editor'),
    });
    await fc.assert(
      fc.asyncProperty(valid, fc.option(fc.constantFrom(...USER_MISTAKES), { freq: 2 }), fc.nat(), async (account, mistake, seed) => {
        count('user-create');
        const parsed = userCreateSchema.safeParse(mistake ? mistake.body(account) : account);
        if (mistake) {
          expect(parsed.success, mistake.name).toBe(false);
          if (!parsed.success) expectNamedRefusal(issuesByPath(parsed.error), mistake.path);
          outcomes.refused += 1;
          return;
        }
        if (!parsed.success) return; // a generated email Zod does not accept: not an admin-side mistake
        const before = await fingerprint();
        const users = (await listUsers(database.db)).length;
        const { password: _password, ...rest } = parsed.data;
        const result = await createUserWithPassword(database.db, { ...rest, passwordHash: fakeHash(seed) }, actor);
        if (!result.ok) {
          expect(result.reason).toBe('exists');
          expect(await fingerprint()).toBe(before);
          outcomes.taken += 1;
          return;
        }
        expect(result.user).toMatchObject({ email: parsed.data.email, role: parsed.data.role, disabled: false });
        expect((await listUsers(database.db)).length).toBe(users + 1);
        outcomes.created += 1;
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.created).toBeGreaterThan(0);
  });

  it('bad changes are refused by the schema; any sequence of role and disable changes keeps an active admin', TIMEOUT, async () => {
    for (const mistake of USER_UPDATE_MISTAKES) {
      const parsed = userUpdateSchema.safeParse(mistake.body);
      expect(parsed.success, mistake.name).toBe(false);
      if (!parsed.success) expectNamedRefusal(issuesByPath(parsed.error), mistake.path);
    }
    const ids: string[] = [];
    for (const [index, role] of (['admin', 'admin', 'editor'] as const).entries()) {
      const result = await createUserWithPassword(database.db, { name: `Seq ${index}`, email: `seq${index}@example.org`, role, passwordHash: fakeHash(index) }, actor);
      if (!result.ok) throw new Error(result.reason);
      ids.push(result.user.id);
      await database.client.execute({ sql: 'insert into session (id, token, user_id, expires_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?)', args: [`s${index}`, `t${index}`, result.user.id, Date.now() + 3_600_000, Date.now(), Date.now()] });
    }
    const step = fc.record({ by: fc.nat({ max: 2 }), target: fc.oneof(fc.nat({ max: 2 }).map(String), fc.constantFrom('no-such-id', '')), role: fc.option(fc.constantFrom('admin', 'editor', 'owner'), { nil: undefined }), disabled: fc.option(fc.boolean(), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        count('user-update-sequence');
        for (const { by, target, role, disabled } of steps) {
          const actorId = ids[by] ?? '';
          const targetId = /^\d$/.test(target) ? (ids[Number(target)] ?? '') : target;
          const parsed = userUpdateSchema.safeParse({ role, disabled });
          const before = await fingerprint(ACCOUNT_TABLES);
          if (!parsed.success) continue;
          const refusal = userUpdateRefusal(actorId, targetId, parsed.data);
          if (refusal) continue; // answered 409 before any query
          const result = await updateUser(database.db, targetId, parsed.data, { id: actorId, name: 'Seq', email: null });
          if (!result.ok) expect(await fingerprint(ACCOUNT_TABLES)).toBe(before);
          const users = await listUsers(database.db);
          expect(users.filter((user) => user.role === 'admin' && !user.disabled).length).toBeGreaterThan(0);
          const disabledIds = users.filter((user) => user.disabled).map((user) => user.id);
          const sessions = await database.client.execute({ sql: `select count(*) from session where user_id in (${disabledIds.map(() => '?').join(',') || "''"})`, args: disabledIds });
          expect(Number(sessions.rows[0]?.[0])).toBe(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('sign-in and password-change forms: any input is a result, and a near miss names its field', TIMEOUT, () => {
    const passphrase = fc.string({ minLength: 12, maxLength: 128 });
    const change = fc.record({ currentPassword: fc.string({ minLength: 1, maxLength: 128 }), newPassword: passphrase });
    const mistakes = [
      { path: 'newPassword', body: (valid: Json) => ({ ...valid, newPassword: 'short', confirmPassword: 'short' }) },
      { path: 'confirmPassword', body: (valid: Json) => ({ ...valid, confirmPassword: `${String(valid.newPassword)}x` }) },
      { path: 'currentPassword', body: (valid: Json) => ({ ...valid, currentPassword: '' }) },
      { path: '(root)', body: (valid: Json) => ({ ...valid, userId: 'someone-else' }) },
    ];
    fc.assert(
      fc.property(change, fc.constantFrom(...mistakes), anyJsonArbitrary, (valid, mistake, junk) => {
        count('password-forms');
        const body = { ...valid, confirmPassword: valid.newPassword };
        expect(passwordChangeSchema.safeParse(body).success).toBe(true);
        const refused = passwordChangeSchema.safeParse(mistake.body(body));
        expect(refused.success).toBe(false);
        if (!refused.success) expectNamedRefusal(issuesByPath(refused.error), mistake.path);
        for (const schema of [passwordChangeSchema, signInSchema]) {
          const parsed = schema.safeParse(junk);
          if (!parsed.success) expect(Object.keys(issuesByPath(parsed.error)).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
