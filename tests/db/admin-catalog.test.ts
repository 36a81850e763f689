import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createApp,
  exportCatalog,
  getAdminApp,
  getAppProfile,
  importCatalog,
  listAdminApps,
  listAppSlugs,
  previewImport,
  recordOf,
  restoreApp,
  softDeleteApp,
  updateAppRecord,
} from '@/db/queries/apps';
import { listAuditEntries, listPublicChangelog, type Actor } from '@/db/queries/audit-log';
import { prepareDatabase } from '@/db/prepare';
import { catalogImportSchema, type CatalogExport } from '@/lib/catalog/export-format';
import { describeIssues } from '@/lib/catalog/issues';
import type { AppRecord } from '@/lib/catalog/types';
import { createTestDatabase } from '../support/test-db';

const ada: Actor = { id: 'user-ada', name: 'Ada', email: 'ada@example.org' };
const bob: Actor = { id: 'user-bob', name: 'Bob', email: 'bob@example.org' };

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeEach(async () => {
  database = await createTestDatabase();
  await prepareDatabase(database);
});
afterEach(() => database.cleanup());

async function metabase(): Promise<{ record: AppRecord; version: number }> {
  const profile = await getAppProfile(database.db, 'metabase');
  if (!profile) throw new Error('metabase is seeded');
  return { record: recordOf(profile), version: profile.version };
}

function withProPrice(record: AppRecord, monthlyBase: number): AppRecord {
  const copy = structuredClone(record);
  const pro = copy.plans.find((plan) => plan.name === 'Pro');
  if (pro?.price?.model !== 'base_plus_seats') throw new Error('fixture changed');
  pro.price.monthlyBase = monthlyBase;
  return copy;
}

describe('updateAppRecord', () => {
  it('saves, bumps the version and records who changed what', async () => {
    const { record, version } = await metabase();
    const result = await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version, record: withProPrice(record, 575) }, ada);
    expect(result).toEqual({ ok: true, slug: 'metabase', version: version + 1, changed: true });
    const saved = await getAdminApp(database.db, 'metabase');
    expect(saved?.updatedBy).toBe('Ada');
    const [entry] = await listAuditEntries(database.db, { appSlug: 'metabase' });
    expect(entry).toMatchObject({ action: 'app.update', actor: ada, appSlug: 'metabase' });
    expect((entry?.before as AppRecord).plans.find((plan) => plan.name === 'Pro')?.price).toMatchObject({ monthlyBase: 500 });
    expect((entry?.after as AppRecord).plans.find((plan) => plan.name === 'Pro')?.price).toMatchObject({ monthlyBase: 575 });
  });

  it('refuses a save based on an older version, keeps the other change and writes nothing', async () => {
    const { record, version } = await metabase();
    await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version, record: withProPrice(record, 575) }, ada);
    const stale = structuredClone(record);
    stale.limitations = [...stale.limitations, 'Bob was here'];
    const result = await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version, record: stale }, bob);
    expect(result).toMatchObject({ ok: false, reason: 'conflict', current: { version: version + 1, updatedBy: 'Ada' } });
    const current = await metabase();
    expect(current.version).toBe(version + 1);
    expect(current.record.limitations).not.toContain('Bob was here');
    expect(current.record.plans.find((plan) => plan.name === 'Pro')?.price).toMatchObject({ monthlyBase: 575 });
    expect(await listAuditEntries(database.db, { appSlug: 'metabase' })).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const { record, version } = await metabase();
    const results = await Promise.all([
      updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version, record: withProPrice(record, 575) }, ada),
      updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version, record: withProPrice(record, 600) }, bob),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === 'conflict')).toHaveLength(1);
    expect((await metabase()).version).toBe(version + 1);
  });

  it('writes nothing for a save without changes', async () => {
    const { record, version } = await metabase();
    expect(await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version, record }, ada)).toMatchObject({ ok: true, changed: false, version });
    expect(await listAuditEntries(database.db)).toHaveLength(0);
  });
});

describe('soft delete and restore', () => {
  it('hides an app from the public catalog, keeps it restorable, and audits both', async () => {
    const { record } = await metabase();
    expect(await softDeleteApp(database.db, 'metabase', ada)).toMatchObject({ ok: true });
    expect(await listAppSlugs(database.db)).not.toContain('metabase');
    expect(await getAppProfile(database.db, 'metabase')).toBeNull();
    expect((await listAdminApps(database.db, { status: 'deleted' })).map((app) => app.slug)).toEqual(['metabase']);
    expect(await softDeleteApp(database.db, 'metabase', ada)).toEqual({ ok: false, reason: 'deleted' });
    expect(await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: 99, record }, ada)).toEqual({ ok: false, reason: 'deleted' });

    expect(await restoreApp(database.db, 'metabase', bob)).toMatchObject({ ok: true, changed: true });
    expect((await metabase()).record).toEqual(record);
    const entries = await listAuditEntries(database.db, { appSlug: 'metabase' });
    expect(entries.map((entry) => [entry.action, entry.actor.name, entry.before === null, entry.after === null])).toEqual([
      ['app.restore', 'Bob', true, false],
      ['app.delete', 'Ada', false, true],
    ]);
  });

  it('refuses to create an app over a deleted one with the same slug', async () => {
    const { record } = await metabase();
    await softDeleteApp(database.db, 'metabase', ada);
    expect(await createApp(database.db, record, ada)).toEqual({ ok: false, reason: 'exists', isDeleted: true });
  });
});

describe('listAdminApps', () => {
  it('searches name, slug and vendor, case-insensitively, treating % and _ literally', async () => {
    expect((await listAdminApps(database.db, { search: 'METAB' })).map((app) => app.slug)).toEqual(['metabase']);
    expect((await listAdminApps(database.db, { search: 'Metabase, Inc' })).map((app) => app.slug)).toEqual(['metabase']);
    expect(await listAdminApps(database.db, { search: '%' })).toEqual([]);
  });
});

describe('import', () => {
  async function exported(): Promise<CatalogExport> {
    return exportCatalog(database.db, new Date('2026-12-01T00:00:00Z'));
  }

  it('round-trips: importing an export changes nothing', async () => {
    const file = await exported();
    expect(catalogImportSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    expect(await previewImport(database.db, file, { removeMissing: true })).toMatchObject({ added: [], changed: [], removed: [], missing: [], unchanged: file.apps.length });
  });

  it('dry run reports and writes nothing; apply writes it all with audit entries', async () => {
    const file = await exported();
    const metabaseIndex = file.apps.findIndex((app) => app.slug === 'metabase');
    const { record } = await metabase();
    file.apps[metabaseIndex] = withProPrice(record, 575);
    const newApp: AppRecord = { ...structuredClone(record), slug: 'metabase-two', name: 'Metabase Two' };
    file.apps.push(newApp);
    file.apps = file.apps.filter((app) => app.slug !== 'linear');
    const options = { removeMissing: false };

    const dryRun = await previewImport(database.db, file, options);
    expect(dryRun).toMatchObject({ added: ['metabase-two'], restored: [], removed: [], missing: ['linear'] });
    expect(dryRun.changed).toEqual([{ slug: 'metabase', changes: ['plans[Pro].price.monthlyBase: 500 → 575'] }]);
    expect(await listAuditEntries(database.db)).toHaveLength(0);
    expect(await getAppProfile(database.db, 'metabase-two')).toBeNull();

    const applied = await importCatalog(database.db, file, options, ada);
    expect(applied).toEqual(dryRun);
    expect(await getAppProfile(database.db, 'metabase-two')).not.toBeNull();
    expect(await getAppProfile(database.db, 'linear')).not.toBeNull(); // kept: removal was not asked for
    expect((await metabase()).record.plans.find((plan) => plan.name === 'Pro')?.price).toMatchObject({ monthlyBase: 575 });
    const entries = await listAuditEntries(database.db);
    expect(entries.map((entry) => [entry.action, entry.appSlug]).sort()).toEqual([
      ['app.import', 'metabase'],
      ['app.import', 'metabase-two'],
    ]);
  });

  it('soft-deletes apps missing from the file only when asked, and restores deleted ones it contains', async () => {
    await softDeleteApp(database.db, 'metabase', ada);
    const file = await exported(); // metabase is not in it: deleted apps are not exported
    const deleted = await getAppProfile(database.db, 'metabase', { includeDeleted: true });
    if (!deleted) throw new Error('a soft-deleted app keeps its rows');
    const record = recordOf(deleted);
    file.apps = file.apps.filter((app) => app.slug !== 'linear');
    file.apps.push(record);
    const report = await importCatalog(database.db, file, { removeMissing: true }, ada);
    expect(report).toMatchObject({ restored: ['metabase'], missing: ['linear'], removed: ['linear'] });
    expect(await getAppProfile(database.db, 'linear')).toBeNull();
    expect(await getAppProfile(database.db, 'metabase')).not.toBeNull();
    expect(await restoreApp(database.db, 'linear', ada)).toMatchObject({ ok: true });
  });

  it('refuses a bad file with the path to the bad field', async () => {
    const file = JSON.parse(JSON.stringify(await exported()));
    const at = file.apps.findIndex((app: AppRecord) => app.slug === 'metabase');
    file.apps[at].plans[1].price = { model: 'per_seat', currency: 'USD', monthlyPerSeat: 'twelve' };
    const parsed = catalogImportSchema.safeParse(file);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error)).toContain(`apps[${at}].plans[1].price.monthlyPerSeat: Must be a number`);
    file.apps[at].plans[1].price = { model: 'per_seat', currency: 'USD', monthlyPerSeat: 12 };
    file.apps[5].slug = file.apps[4].slug;
    const duplicate = catalogImportSchema.safeParse(file);
    expect(duplicate.success ? [] : describeIssues(duplicate.error)).toEqual([`apps[5].slug: Slug "${file.apps[4].slug}" appears twice in the file`]);
  });

  it('writes nothing when applying fails half-way (one transaction)', async () => {
    const file = await exported();
    const { record } = await metabase();
    // Bypasses validation on purpose: the second copy of the same new slug breaks the unique index.
    file.apps.push({ ...record, slug: 'brand-new' }, { ...record, slug: 'brand-new' });
    file.apps[0] = { ...file.apps[0], name: 'Renamed' } as AppRecord;
    await expect(importCatalog(database.db, file, { removeMissing: false }, ada)).rejects.toThrow();
    expect(await getAppProfile(database.db, 'brand-new')).toBeNull();
    expect((await getAppProfile(database.db, file.apps[0]?.slug ?? ''))?.name).not.toBe('Renamed');
    expect(await listAuditEntries(database.db)).toHaveLength(0);
  });
});

describe('public changelog', () => {
  it('lists price and capability changes by date, without personal data', async () => {
    const { record, version } = await metabase();
    await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version, record: withProPrice(record, 575) }, ada);
    const notes = structuredClone(withProPrice(record, 575));
    notes.limitations.push('Not public news');
    await updateAppRecord(database.db, { slug: 'metabase', expectedVersion: version + 1, record: notes }, bob);
    const changelog = await listPublicChangelog(database.db, 'metabase');
    expect(changelog).toHaveLength(1);
    expect(changelog[0]?.changes).toEqual([expect.stringMatching(/^Pro plan price: \$500\/mo .* → \$575\/mo /)]);
    expect(JSON.stringify(changelog)).not.toMatch(/Ada|Bob|example\.org/);
  });
});
