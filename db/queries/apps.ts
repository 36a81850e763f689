import { and, asc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { describeChange, diffValues } from '@/lib/catalog/diff';
import type { CatalogExport } from '@/lib/catalog/export-format';
import { toAppRecord, toCatalogExport } from '@/lib/catalog/export';
import type { AppRecord, IdpCapability, IdpId, Plan, Source } from '@/lib/catalog/types';
import type { Database, Queryable } from '../create-db';
import { apps, idpCapabilities, openDataRows, plans, sources } from '../schema';
import { withWriteLock } from '../write-lock';
import { recordAudit, type Actor } from './audit-log';

/** A catalog record as stored, with the bookkeeping the admin side needs. */
export interface AppProfile extends AppRecord {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  /** curated, or index: made from an open-data row (see db/queries/open-data.ts). */
  origin: 'curated' | 'index';
}

type AppRow = typeof apps.$inferSelect;
type PlanRow = typeof plans.$inferSelect;
type CapabilityRow = typeof idpCapabilities.$inferSelect;
type SourceRow = typeof sources.$inferSelect;

function planFromRow(row: PlanRow): Plan {
  const plan: Plan = { name: row.name, rank: row.rank, hosting: row.hosting as Plan['hosting'], sso: row.sso, scim: row.scim, price: row.price };
  if (row.note !== null) plan.note = row.note; // a plan note is optional in the record format
  return plan;
}

function capabilityFromRow(row: CapabilityRow): IdpCapability {
  return {
    idp: row.idpId as IdpId,
    sso: row.sso,
    provisioning: row.provisioning as IdpCapability['provisioning'],
    features: {
      createUsers: row.createUsers,
      updateUsers: row.updateUsers,
      deactivateUsers: row.deactivateUsers,
      pushGroups: row.pushGroups,
    },
    integration: row.integration,
    syncIntervalMinutes: row.syncIntervalMinutes,
    notes: row.notes,
  };
}

function sourceFromRow(row: SourceRow): Source {
  return { url: row.url, title: row.title, asOf: row.asOf, covers: row.covers as Source['covers'] };
}

function profileFromRows(app: AppRow, planRows: PlanRow[], capabilityRows: CapabilityRow[], sourceRows: SourceRow[]): AppProfile {
  return {
    id: app.id,
    version: app.version,
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
    updatedBy: app.updatedBy,
    origin: app.origin === 'index' ? 'index' : 'curated',
    slug: app.slug,
    name: app.name,
    vendor: app.vendor,
    category: app.category as AppRecord['category'],
    website: app.website,
    hosting: app.hosting as AppRecord['hosting'],
    sso: { protocols: app.ssoProtocols, requiredForScim: app.ssoRequiredForScim },
    scim: {
      version: app.scimVersion,
      operations: app.scimOperations as AppRecord['scim']['operations'],
      attributes: app.scimAttributes,
      tokenSource: app.tokenSource,
      docsUrl: app.docsUrl,
    },
    limitations: app.limitations,
    discrepancies: app.discrepancies,
    plans: planRows.sort((a, b) => a.rank - b.rank).map(planFromRow),
    idps: capabilityRows.map(capabilityFromRow),
    sources: sourceRows.sort((a, b) => a.position - b.position).map(sourceFromRow),
    verifiedAt: app.verifiedAt,
    confidence: (app.confidence as AppRecord['confidence']) ?? null,
  };
}

function groupByApp<T extends { appId: number }>(rows: T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.appId);
    if (list) list.push(row);
    else grouped.set(row.appId, [row]);
  }
  return grouped;
}

/** Every live (not deleted) app with its plans, IdP capabilities and sources, ordered by name; the deleted ones when asked. */
export async function listAppProfiles(db: Queryable, { deleted = false } = {}): Promise<AppProfile[]> {
  const appRows = await db
    .select()
    .from(apps)
    .where(deleted ? isNotNull(apps.deletedAt) : isNull(apps.deletedAt))
    .orderBy(asc(sql`lower(${apps.name})`));
  if (appRows.length === 0) return [];
  const [planRows, capabilityRows, sourceRows] = await Promise.all([
    db.select().from(plans),
    db.select().from(idpCapabilities),
    db.select().from(sources),
  ]);
  const plansByApp = groupByApp(planRows);
  const capabilitiesByApp = groupByApp(capabilityRows);
  const sourcesByApp = groupByApp(sourceRows);
  return appRows.map((app) =>
    profileFromRows(app, plansByApp.get(app.id) ?? [], capabilitiesByApp.get(app.id) ?? [], sourcesByApp.get(app.id) ?? []),
  );
}

/** One app by slug; deleted apps only when asked for. */
export async function getAppProfile(db: Queryable, slug: string, { includeDeleted = false } = {}): Promise<AppProfile | null> {
  const condition = includeDeleted ? eq(apps.slug, slug) : and(eq(apps.slug, slug), isNull(apps.deletedAt));
  const [app] = await db.select().from(apps).where(condition).limit(1);
  if (!app) return null;
  const [planRows, capabilityRows, sourceRows] = await Promise.all([
    db.select().from(plans).where(eq(plans.appId, app.id)),
    db.select().from(idpCapabilities).where(eq(idpCapabilities.appId, app.id)),
    db.select().from(sources).where(eq(sources.appId, app.id)),
  ]);
  return profileFromRows(app, planRows, capabilityRows, sourceRows);
}

export async function listAppSlugs(db: Queryable): Promise<string[]> {
  const rows = await db.select({ slug: apps.slug }).from(apps).where(isNull(apps.deletedAt)).orderBy(asc(apps.slug));
  return rows.map((row) => row.slug);
}

/** Every slug ever stored, deleted apps included. */
export async function listAllSlugs(db: Queryable): Promise<string[]> {
  const rows = await db.select({ slug: apps.slug }).from(apps);
  return rows.map((row) => row.slug);
}

export async function countApps(db: Queryable): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)` }).from(apps).where(isNull(apps.deletedAt));
  return row?.count ?? 0;
}

export async function existingSlugs(db: Queryable, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.select({ slug: apps.slug }).from(apps).where(inArray(apps.slug, slugs));
  return new Set(rows.map((row) => row.slug));
}

function appColumns(record: AppRecord) {
  return {
    slug: record.slug,
    name: record.name,
    vendor: record.vendor,
    category: record.category,
    website: record.website,
    hosting: record.hosting,
    ssoProtocols: record.sso.protocols,
    ssoRequiredForScim: record.sso.requiredForScim,
    scimVersion: record.scim.version,
    scimOperations: record.scim.operations,
    scimAttributes: record.scim.attributes,
    tokenSource: record.scim.tokenSource,
    docsUrl: record.scim.docsUrl,
    limitations: record.limitations,
    discrepancies: record.discrepancies,
    verifiedAt: record.verifiedAt,
    confidence: record.confidence ?? null,
  };
}

/** Writes the plans, capabilities and sources of an app, replacing whatever it had. */
async function writeChildren(tx: Queryable, appId: number, record: AppRecord) {
  await tx.delete(plans).where(eq(plans.appId, appId));
  await tx.delete(idpCapabilities).where(eq(idpCapabilities.appId, appId));
  await tx.delete(sources).where(eq(sources.appId, appId));
  if (record.plans.length > 0) {
    await tx.insert(plans).values(
      record.plans.map((plan) => ({
        appId,
        name: plan.name,
        rank: plan.rank,
        hosting: plan.hosting,
        sso: plan.sso,
        scim: plan.scim,
        price: plan.price,
        note: plan.note ?? null,
      })),
    );
  }
  if (record.idps.length > 0) {
    await tx.insert(idpCapabilities).values(
      record.idps.map((capability) => ({
        appId,
        idpId: capability.idp,
        sso: capability.sso,
        provisioning: capability.provisioning,
        createUsers: capability.features.createUsers,
        updateUsers: capability.features.updateUsers,
        deactivateUsers: capability.features.deactivateUsers,
        pushGroups: capability.features.pushGroups,
        integration: capability.integration,
        syncIntervalMinutes: capability.syncIntervalMinutes,
        notes: capability.notes,
      })),
    );
  }
  if (record.sources.length > 0) {
    await tx.insert(sources).values(
      record.sources.map((source, position) => ({ appId, position, url: source.url, title: source.title, asOf: source.asOf, covers: source.covers })),
    );
  }
}

/** Inserts a new app with everything it holds; call inside a transaction. Returns its id. */
export async function insertAppRecord(tx: Queryable, record: AppRecord, actor: string | null): Promise<number> {
  const now = new Date();
  const [row] = await tx
    .insert(apps)
    .values({ ...appColumns(record), createdAt: now, updatedAt: now, updatedBy: actor, version: 1 })
    .returning({ id: apps.id });
  if (!row) throw new Error(`Insert of app ${record.slug} returned no id`);
  await writeChildren(tx, row.id, record);
  return row.id;
}

/** Replaces an app's content and bumps its version; call inside a transaction. */
export async function replaceAppRecord(tx: Queryable, appId: number, record: AppRecord, actor: string | null): Promise<number> {
  const [row] = await tx
    .update(apps)
    .set({ ...appColumns(record), updatedAt: new Date(), updatedBy: actor, version: sql`${apps.version} + 1` })
    .where(eq(apps.id, appId))
    .returning({ version: apps.version });
  if (!row) throw new Error(`App ${appId} vanished during the update`);
  await writeChildren(tx, appId, record);
  return row.version;
}

/** Changes whenever any app is added, edited, deleted or restored: the key of in-memory catalog indexes. */
export async function catalogRevision(db: Queryable): Promise<string> {
  const [row] = await db
    .select({
      updated: sql<number>`coalesce(max(${apps.updatedAt}), 0)`,
      count: sql<number>`count(*)`,
      versions: sql<number>`coalesce(sum(${apps.version}), 0)`,
      // Attaching an open-data row changes no app row; a replaced attachment always gets a higher id.
      attached: sql<number>`(select coalesce(max(id), 0) from ${openDataRows})`,
    })
    .from(apps);
  return `${row?.updated ?? 0}:${row?.count ?? 0}:${row?.versions ?? 0}:${row?.attached ?? 0}`;
}

// ---------------------------------------------------------------------------------------------
// Admin: edits with optimistic concurrency, soft delete, import and export. Every write runs in
// one transaction behind the process-wide write lock, together with its audit entry.
// ---------------------------------------------------------------------------------------------

/** The record of an app without the bookkeeping: what the export format and the audit history hold. */
export const recordOf = toAppRecord;

/** Who changed an app last, and when: what a refused save reports. */
export interface VersionStamp {
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

export type AppWriteResult =
  | { ok: true; slug: string; version: number; changed: boolean }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'deleted' }
  | { ok: false; reason: 'exists'; isDeleted: boolean }
  | { ok: false; reason: 'conflict'; current: VersionStamp };

async function findAppRow(db: Queryable, slug: string) {
  const [row] = await db.select().from(apps).where(eq(apps.slug, slug)).limit(1);
  return row ?? null;
}

function stampOf(row: { version: number; updatedBy: string | null; updatedAt: Date }): VersionStamp {
  return { version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() };
}

/** Adds a new app; refused when the slug is taken, even by a deleted app (restore that one instead). */
export async function createApp(db: Database, record: AppRecord, actor: Actor): Promise<AppWriteResult> {
  return withWriteLock(() =>
    db.transaction(async (tx) => {
      const existing = await findAppRow(tx, record.slug);
      if (existing) return { ok: false, reason: 'exists', isDeleted: existing.deletedAt !== null } as const;
      const appId = await insertAppRecord(tx, record, actor.name);
      await recordAudit(tx, { actor, action: 'app.create', appId, appSlug: record.slug, before: null, after: record });
      return { ok: true, slug: record.slug, version: 1, changed: true } as const;
    }),
  );
}

export interface AppUpdate {
  slug: string;
  /** The version the editor's copy was based on. */
  expectedVersion: number;
  record: AppRecord;
}

/**
 * Saves a whole app when nobody changed it since `expectedVersion`; otherwise writes nothing and
 * reports who changed it. The version check is the UPDATE's own WHERE clause, inside the
 * transaction, so two saves of the same version can never both win.
 */
export async function updateAppRecord(db: Database, { slug, expectedVersion, record }: AppUpdate, actor: Actor): Promise<AppWriteResult> {
  if (record.slug !== slug) throw new Error(`The slug of ${slug} cannot change (got ${record.slug})`);
  return withWriteLock(() =>
    db.transaction(async (tx): Promise<AppWriteResult> => {
      const row = await findAppRow(tx, slug);
      if (!row) return { ok: false, reason: 'not_found' };
      if (row.deletedAt !== null) return { ok: false, reason: 'deleted' };
      if (row.version !== expectedVersion) return { ok: false, reason: 'conflict', current: stampOf(row) };
      const beforeProfile = await getAppProfile(tx, slug);
      if (!beforeProfile) return { ok: false, reason: 'not_found' };
      const before = recordOf(beforeProfile);
      if (diffValues(before, record).length === 0) return { ok: true, slug, version: row.version, changed: false };

      const [updated] = await tx
        .update(apps)
        .set({ ...appColumns(record), updatedAt: new Date(), updatedBy: actor.name, version: sql`${apps.version} + 1` })
        .where(and(eq(apps.id, row.id), eq(apps.version, expectedVersion), isNull(apps.deletedAt)))
        .returning({ version: apps.version });
      if (!updated) {
        // Another writer got in between (another process: the in-process lock rules out this one).
        const current = await findAppRow(tx, slug);
        return current ? { ok: false, reason: 'conflict', current: stampOf(current) } : { ok: false, reason: 'not_found' };
      }
      await writeChildren(tx, row.id, record);
      await adoptIndexProfile(tx, row, before);
      await recordAudit(tx, { actor, action: 'app.update', appId: row.id, appSlug: slug, before, after: record });
      return { ok: true, slug, version: updated.version, changed: true };
    }),
  );
}

/**
 * An editor's save makes an index profile curated, so later releases attach beside it instead of replacing the
 * editor's fields. The row it was made from stays as an attachment, so where it now disagrees shows as a conflict.
 */
async function adoptIndexProfile(tx: Queryable, row: AppRow, previousRecord: AppRecord) {
  if (row.origin !== 'index') return;
  if (row.provenance) {
    const dataset = row.provenance.dataset;
    await tx.delete(openDataRows).where(and(eq(openDataRows.appId, row.id), eq(openDataRows.dataset, dataset)));
    await tx.insert(openDataRows).values({
      appId: row.id,
      dataset,
      release: row.provenance.release,
      matchedBy: 'origin',
      vendor: { record: previousRecord, provenance: row.provenance },
      importedAt: row.importedAt ?? new Date(),
    });
  }
  await tx.update(apps).set({ origin: 'curated' }).where(eq(apps.id, row.id));
}

/** Hides an app from the public catalog; its rows stay, so it can be restored. */
export async function softDeleteApp(db: Database, slug: string, actor: Actor, expectedVersion?: number): Promise<AppWriteResult> {
  return withWriteLock(() =>
    db.transaction(async (tx): Promise<AppWriteResult> => {
      const row = await findAppRow(tx, slug);
      if (!row) return { ok: false, reason: 'not_found' };
      if (row.deletedAt !== null) return { ok: false, reason: 'deleted' };
      if (expectedVersion !== undefined && row.version !== expectedVersion) return { ok: false, reason: 'conflict', current: stampOf(row) };
      const profile = await getAppProfile(tx, slug);
      const now = new Date();
      const [updated] = await tx
        .update(apps)
        .set({ deletedAt: now, updatedAt: now, updatedBy: actor.name, version: sql`${apps.version} + 1` })
        .where(and(eq(apps.id, row.id), eq(apps.version, row.version)))
        .returning({ version: apps.version });
      if (!updated) return { ok: false, reason: 'conflict', current: stampOf(row) };
      await recordAudit(tx, { actor, action: 'app.delete', appId: row.id, appSlug: slug, before: profile ? recordOf(profile) : null, after: null });
      return { ok: true, slug, version: updated.version, changed: true };
    }),
  );
}

/** Brings a soft-deleted app back into the public catalog as it was. */
export async function restoreApp(db: Database, slug: string, actor: Actor): Promise<AppWriteResult> {
  return withWriteLock(() =>
    db.transaction(async (tx): Promise<AppWriteResult> => {
      const row = await findAppRow(tx, slug);
      if (!row) return { ok: false, reason: 'not_found' };
      if (row.deletedAt === null) return { ok: true, slug, version: row.version, changed: false };
      const now = new Date();
      const [updated] = await tx
        .update(apps)
        .set({ deletedAt: null, updatedAt: now, updatedBy: actor.name, version: sql`${apps.version} + 1` })
        .where(and(eq(apps.id, row.id), eq(apps.version, row.version)))
        .returning({ version: apps.version });
      if (!updated) return { ok: false, reason: 'conflict', current: stampOf(row) };
      const profile = await getAppProfile(tx, slug);
      await recordAudit(tx, { actor, action: 'app.restore', appId: row.id, appSlug: slug, before: null, after: profile ? recordOf(profile) : null });
      return { ok: true, slug, version: updated.version, changed: true };
    }),
  );
}

/** One app for the editor, deleted or not, with its version stamp. */
export async function getAdminApp(db: Queryable, slug: string): Promise<(AppProfile & { deletedAt: string | null }) | null> {
  const profile = await getAppProfile(db, slug, { includeDeleted: true });
  if (!profile) return null;
  const [row] = await db.select({ deletedAt: apps.deletedAt }).from(apps).where(eq(apps.id, profile.id)).limit(1);
  return { ...profile, deletedAt: row?.deletedAt ? row.deletedAt.toISOString() : null };
}

export interface AdminAppRow {
  slug: string;
  name: string;
  vendor: string;
  category: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  deletedAt: string | null;
}

export interface AdminAppFilter {
  search?: string;
  status?: 'live' | 'deleted' | 'all';
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The admin list: apps matching `search` in name, slug or vendor, by name. */
export async function listAdminApps(db: Queryable, { search = '', status = 'live' }: AdminAppFilter = {}): Promise<AdminAppRow[]> {
  const conditions: SQL[] = [];
  const term = search.trim().toLowerCase();
  if (term) {
    const pattern = `%${escapeLike(term)}%`;
    const match = or(
      sql`lower(${apps.name}) like ${pattern} escape '\\'`,
      sql`lower(${apps.slug}) like ${pattern} escape '\\'`,
      sql`lower(${apps.vendor}) like ${pattern} escape '\\'`,
    );
    if (match) conditions.push(match);
  }
  if (status === 'live') conditions.push(isNull(apps.deletedAt));
  if (status === 'deleted') conditions.push(isNotNull(apps.deletedAt));
  const rows = await db
    .select({
      slug: apps.slug,
      name: apps.name,
      vendor: apps.vendor,
      category: apps.category,
      version: apps.version,
      updatedAt: apps.updatedAt,
      updatedBy: apps.updatedBy,
      deletedAt: apps.deletedAt,
    })
    .from(apps)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(sql`lower(${apps.name})`));
  return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString(), deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null }));
}

/** The whole live catalog in the export format (lib/catalog/export-format.ts). */
export async function exportCatalog(db: Queryable, now = new Date()): Promise<CatalogExport> {
  return toCatalogExport(await listAppProfiles(db), now);
}

export interface ImportOptions {
  /** Soft-delete live apps that the file does not contain (restorable). Off by default. */
  removeMissing: boolean;
}

export interface ImportReport {
  /** New slugs. */
  added: string[];
  /** Slugs that were soft-deleted and come back with the file's content. */
  restored: string[];
  changed: { slug: string; changes: string[] }[];
  unchanged: number;
  /** Live apps absent from the file. */
  missing: string[];
  /** The missing apps that are (or would be) soft-deleted: all of them with `removeMissing`, else none. */
  removed: string[];
}

interface ImportStep {
  slug: string;
  kind: 'add' | 'restore' | 'change' | 'remove';
  record: AppRecord | null;
  before: AppRecord | null;
}

async function planImport(db: Queryable, file: CatalogExport, { removeMissing }: ImportOptions) {
  const live = new Map((await listAppProfiles(db)).map((profile) => [profile.slug, recordOf(profile)]));
  const deletedRecords = new Map((await listAppProfiles(db, { deleted: true })).map((profile) => [profile.slug, recordOf(profile)]));
  const deleted = new Set(deletedRecords.keys());

  const report: ImportReport = { added: [], restored: [], changed: [], unchanged: 0, missing: [], removed: [] };
  const steps: ImportStep[] = [];
  const inFile = new Set<string>();
  for (const record of file.apps) {
    inFile.add(record.slug);
    const current = live.get(record.slug);
    if (current) {
      const changes = diffValues(current, record).map(describeChange);
      if (changes.length === 0) report.unchanged += 1;
      else {
        report.changed.push({ slug: record.slug, changes });
        steps.push({ slug: record.slug, kind: 'change', record, before: current });
      }
    } else if (deleted.has(record.slug)) {
      report.restored.push(record.slug);
      steps.push({ slug: record.slug, kind: 'restore', record, before: deletedRecords.get(record.slug) ?? null });
    } else {
      report.added.push(record.slug);
      steps.push({ slug: record.slug, kind: 'add', record, before: null });
    }
  }
  for (const [slug, record] of live) {
    if (inFile.has(slug)) continue;
    report.missing.push(slug);
    if (removeMissing) {
      report.removed.push(slug);
      steps.push({ slug, kind: 'remove', record: null, before: record });
    }
  }
  return { report, steps };
}

/** What importing `file` would change, without writing anything. */
export async function previewImport(db: Queryable, file: CatalogExport, options: ImportOptions): Promise<ImportReport> {
  return (await planImport(db, file, options)).report;
}

/**
 * Applies a validated catalog file in one transaction: adds, restores and replaces apps, and
 * soft-deletes the missing ones only when asked. Each app it touches gets an `app.import` entry.
 */
export async function importCatalog(db: Database, file: CatalogExport, options: ImportOptions, actor: Actor): Promise<ImportReport> {
  return withWriteLock(() =>
    db.transaction(async (tx) => {
      const { report, steps } = await planImport(tx, file, options);
      const now = new Date();
      for (const step of steps) {
        const row = await findAppRow(tx, step.slug);
        if (step.kind === 'add' && step.record) {
          const appId = await insertAppRecord(tx, step.record, actor.name);
          await recordAudit(tx, { actor, action: 'app.import', appId, appSlug: step.slug, before: null, after: step.record }, now);
        } else if (row && step.record && (step.kind === 'change' || step.kind === 'restore')) {
          await replaceAppRecord(tx, row.id, step.record, actor.name);
          if (step.kind === 'restore') await tx.update(apps).set({ deletedAt: null }).where(eq(apps.id, row.id));
          await recordAudit(tx, { actor, action: 'app.import', appId: row.id, appSlug: step.slug, before: step.before, after: step.record }, now);
        } else if (row && step.kind === 'remove') {
          await tx
            .update(apps)
            .set({ deletedAt: now, updatedAt: now, updatedBy: actor.name, version: sql`${apps.version} + 1` })
            .where(eq(apps.id, row.id));
          await recordAudit(tx, { actor, action: 'app.import', appId: row.id, appSlug: step.slug, before: step.before, after: null }, now);
        }
      }
      return report;
    }),
  );
}
