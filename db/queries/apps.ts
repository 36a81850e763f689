import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AppRecord, IdpCapability, IdpId, Plan, Source } from '@/lib/catalog/types';
import type { Queryable } from '../create-db';
import { apps, idpCapabilities, plans, sources } from '../schema';

/** A catalog record as stored, with the bookkeeping the admin side needs. */
export interface AppProfile extends AppRecord {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
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

/** Every live (not deleted) app with its plans, IdP capabilities and sources, ordered by name. */
export async function listAppProfiles(db: Queryable): Promise<AppProfile[]> {
  const appRows = await db.select().from(apps).where(isNull(apps.deletedAt)).orderBy(asc(sql`lower(${apps.name})`));
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
    .select({ updated: sql<number>`coalesce(max(${apps.updatedAt}), 0)`, count: sql<number>`count(*)`, versions: sql<number>`coalesce(sum(${apps.version}), 0)` })
    .from(apps);
  return `${row?.updated ?? 0}:${row?.count ?? 0}:${row?.versions ?? 0}`;
}
