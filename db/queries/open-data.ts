import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { toAppRecord } from '@/lib/catalog/export';
import type { Source } from '@/lib/catalog/types';
import { findConflicts, type Conflict } from '@/lib/open-data/find-conflicts';
import { planMerge, type Attachment, type ExistingProfile, type ProfileOrigin } from '@/lib/open-data/plan-merge';
import type { ImportedVendor, ImportProvenance, OpenDataFormat, OpenDataset } from '@/lib/open-data/types';
import type { Database, Queryable } from '../create-db';
import { apps, openDataImports, openDataRows } from '../schema';
import { withWriteLock } from '../write-lock';
import { getAppProfile, insertAppRecord, listAppProfiles, replaceAppRecord } from './apps';
import { recordAudit as writeAudit, type Actor } from './audit-log';

/**
 * Open data in the database. The merge itself is planned by lib/open-data/plan-merge.ts; this module reads what
 * the catalog holds, decides what the plan means against rows already attached, and writes it in one transaction.
 *
 * - A new vendor becomes an app with origin "index" and the row's provenance.
 * - A newer release of an index profile's own dataset replaces its record (an index profile has no curated field).
 * - A row about a curated profile (or an index profile of another dataset) is stored in open_data_rows, never
 *   merged into the record; its conflicts are worked out against the record as it is when read, so an editor's
 *   fix makes a conflict disappear and a later edit that disagrees makes one appear.
 * - Soft-deleted apps still match (an import does not bring back what an editor removed) but are not changed.
 */

export interface OpenDataImportInput {
  vendors: ImportedVendor[];
  format: OpenDataFormat;
  /** File name or URL, for the import log. */
  origin: string;
}

export interface ImportedRowRef {
  row: number;
  name: string;
  dataset: OpenDataset;
  release: string;
}

export interface OpenDataImportReport {
  format: OpenDataFormat;
  rows: number;
  datasets: { dataset: OpenDataset; release: string; rows: number }[];
  added: { slug: string; name: string; dataset: OpenDataset; release: string }[];
  updated: { slug: string; name: string; from: string | null; to: string }[];
  attached: { slug: string; name: string; dataset: OpenDataset; release: string; matchedBy: string; isCurated: boolean; conflicts: Conflict[] }[];
  unchanged: { slug: string; name: string; reason: string }[];
  skipped: (ImportedRowRef & { reason: string })[];
  conflicts: number;
}

interface StoredAttachment {
  appId: number;
  dataset: string;
  release: string;
}

interface MergeState {
  existing: ExistingProfile[];
  ids: Map<string, { id: number; isDeleted: boolean; origin: ProfileOrigin; provenance: ImportProvenance | null }>;
  stored: Map<string, StoredAttachment>;
}

const attachmentKey = (appId: number, dataset: string) => `${appId}\n${dataset}`;

async function readMergeState(db: Queryable): Promise<MergeState> {
  const rows = await db
    .select({ id: apps.id, slug: apps.slug, origin: apps.origin, provenance: apps.provenance, deletedAt: apps.deletedAt })
    .from(apps);
  const ids = new Map(
    rows.map((row) => [row.slug, { id: row.id, isDeleted: row.deletedAt !== null, origin: row.origin as ProfileOrigin, provenance: row.provenance ?? null }]),
  );
  const [live, deleted] = await Promise.all([listAppProfiles(db), listAppProfiles(db, { deleted: true })]);
  const existing: ExistingProfile[] = [
    ...live.map((profile) => ({ record: toAppRecord(profile), origin: profile.origin, provenance: ids.get(profile.slug)?.provenance ?? null })),
    // A deleted app is treated as curated: rows about it are kept aside, never used to rebuild it.
    ...deleted.map((profile) => ({ record: toAppRecord(profile), origin: 'curated' as const, provenance: null })),
  ];
  const storedRows = await db.select({ appId: openDataRows.appId, dataset: openDataRows.dataset, release: openDataRows.release }).from(openDataRows);
  const stored = new Map(storedRows.map((row) => [attachmentKey(row.appId, row.dataset), row]));
  return { existing, ids, stored };
}

const rowRef = (vendor: ImportedVendor): ImportedRowRef => ({
  row: vendor.provenance.rowNumber,
  name: vendor.provenance.publisherName,
  dataset: vendor.provenance.dataset,
  release: vendor.provenance.release,
});

type Step =
  | { kind: 'add'; slug: string; vendor: ImportedVendor; attachments: Attachment[] }
  | { kind: 'update'; slug: string; vendor: ImportedVendor; previous: ImportedVendor | null }
  | { kind: 'attach'; slug: string; attachment: Attachment; replaces: StoredAttachment | null };

/** What an import would do, as steps to apply and a report to show; reads only. */
async function planOpenDataImport(db: Queryable, input: OpenDataImportInput) {
  const state = await readMergeState(db);
  const plan = planMerge(state.existing, input.vendors);
  const recordBySlug = new Map(state.existing.map((profile) => [profile.record.slug, profile.record]));
  const datasets = new Map<string, { dataset: OpenDataset; release: string; rows: number }>();
  for (const vendor of input.vendors) {
    const key = `${vendor.provenance.dataset}\n${vendor.provenance.release}`;
    const entry = datasets.get(key) ?? { dataset: vendor.provenance.dataset, release: vendor.provenance.release, rows: 0 };
    entry.rows += 1;
    datasets.set(key, entry);
  }
  const report: OpenDataImportReport = {
    format: input.format,
    rows: input.vendors.length,
    datasets: [...datasets.values()],
    added: [],
    updated: [],
    attached: [],
    unchanged: [],
    skipped: [],
    conflicts: 0,
  };
  const steps: Step[] = [];

  const considerAttachment = (slug: string, attachment: Attachment, isCurated: boolean, appId: number | null) => {
    const { dataset, release } = attachment.vendor.provenance;
    const name = recordBySlug.get(slug)?.name ?? attachment.vendor.record.name;
    const previous = appId === null ? undefined : state.stored.get(attachmentKey(appId, dataset));
    if (previous && previous.release >= release) {
      const reason = previous.release === release ? `${dataset} ${release} is already attached` : `a newer ${dataset} release (${previous.release}) is attached`;
      report.unchanged.push({ slug, name, reason });
      return;
    }
    report.attached.push({ slug, name, dataset, release, matchedBy: attachment.matchedBy, isCurated, conflicts: attachment.conflicts });
    report.conflicts += attachment.conflicts.length;
    steps.push({ kind: 'attach', slug, attachment, replaces: previous ?? null });
  };

  for (const profile of plan.added) {
    const { dataset, release } = profile.vendor.provenance;
    report.added.push({ slug: profile.slug, name: profile.vendor.record.name, dataset, release });
    steps.push({ kind: 'add', slug: profile.slug, vendor: profile.vendor, attachments: profile.attachments });
    for (const attachment of profile.attachments) {
      report.attached.push({ slug: profile.slug, name: profile.vendor.record.name, dataset: attachment.vendor.provenance.dataset, release: attachment.vendor.provenance.release, matchedBy: attachment.matchedBy, isCurated: false, conflicts: attachment.conflicts });
      report.conflicts += attachment.conflicts.length;
    }
  }
  for (const update of plan.updatedIndex) {
    const meta = state.ids.get(update.slug);
    if (!meta || meta.isDeleted) continue; // planMerge only updates live index profiles: deleted ones are passed as curated
    const current = recordBySlug.get(update.slug);
    report.updated.push({ slug: update.slug, name: update.vendor.record.name, from: update.previous?.release ?? null, to: update.vendor.provenance.release });
    const previous = current && meta.provenance ? { record: current, provenance: meta.provenance } : null;
    steps.push({ kind: 'update', slug: update.slug, vendor: { record: { ...update.vendor.record, slug: update.slug }, provenance: update.vendor.provenance }, previous });
  }
  for (const group of [...plan.attachedToCurated, ...plan.attachedToIndex]) {
    const meta = state.ids.get(group.slug);
    for (const attachment of group.attachments) considerAttachment(group.slug, attachment, group.origin === 'curated', meta?.id ?? null);
  }
  for (const entry of plan.unchanged) report.unchanged.push({ slug: entry.slug, name: recordBySlug.get(entry.slug)?.name ?? entry.slug, reason: entry.reason });
  for (const entry of plan.duplicatesInInput) report.skipped.push({ ...rowRef(entry.vendor), reason: entry.reason });
  for (const entry of plan.ambiguous)
    report.skipped.push({ ...rowRef(entry.vendor), reason: `matches ${entry.candidates.join(' and ')} equally well (by ${entry.matchedBy}); left for an editor` });
  return { report, steps };
}

/** What importing these rows would change, without writing anything. */
export async function previewOpenDataImport(db: Queryable, input: OpenDataImportInput): Promise<OpenDataImportReport> {
  return (await planOpenDataImport(db, input)).report;
}

const attachmentSummary = (vendor: ImportedVendor, matchedBy: string, conflicts: Conflict[]) => ({
  dataset: vendor.provenance.dataset,
  release: vendor.provenance.release,
  row: vendor.provenance.rowNumber,
  publisherName: vendor.provenance.publisherName,
  matchedBy,
  conflicts: conflicts.map((conflict) => `${conflict.field}: ours ${conflict.ours}; theirs ${conflict.theirs}`),
});

async function storeAttachment(tx: Queryable, appId: number, vendor: ImportedVendor, matchedBy: string, now: Date) {
  await tx.delete(openDataRows).where(and(eq(openDataRows.appId, appId), eq(openDataRows.dataset, vendor.provenance.dataset)));
  await tx.insert(openDataRows).values({ appId, dataset: vendor.provenance.dataset, release: vendor.provenance.release, matchedBy, vendor, importedAt: now });
}

/**
 * Applies an import inside the caller's transaction. The seed uses it within its own and, like the rest of the
 * seed, leaves no audit entries (the import log still records it).
 */
export async function applyOpenDataImportInTransaction(tx: Queryable, input: OpenDataImportInput, actor: Actor, { audit = true } = {}): Promise<OpenDataImportReport> {
  const { report, steps } = await planOpenDataImport(tx, input);
  const now = new Date();
  const recordAudit: typeof writeAudit = audit ? writeAudit : async () => {};
  for (const step of steps) {
    if (step.kind === 'add') {
      const appId = await insertAppRecord(tx, step.vendor.record, actor.name);
      await tx.update(apps).set({ origin: 'index', provenance: step.vendor.provenance, importedAt: now }).where(eq(apps.id, appId));
      await recordAudit(tx, { actor, action: 'app.import', appId, appSlug: step.slug, before: null, after: step.vendor.record }, now);
      for (const attachment of step.attachments) {
        await storeAttachment(tx, appId, attachment.vendor, attachment.matchedBy, now);
        await recordAudit(tx, { actor, action: 'app.open-data', appId, appSlug: step.slug, before: null, after: attachmentSummary(attachment.vendor, attachment.matchedBy, attachment.conflicts) }, now);
      }
    } else if (step.kind === 'update') {
      const [row] = await tx.select({ id: apps.id }).from(apps).where(eq(apps.slug, step.slug)).limit(1);
      if (!row) continue;
      await replaceAppRecord(tx, row.id, step.vendor.record, actor.name);
      await tx.update(apps).set({ origin: 'index', provenance: step.vendor.provenance, importedAt: now }).where(eq(apps.id, row.id));
      // The row this profile was made from, when of another dataset, stays beside it as an attachment.
      if (step.previous && step.previous.provenance.dataset !== step.vendor.provenance.dataset) await storeAttachment(tx, row.id, step.previous, 'origin', now);
      await tx.delete(openDataRows).where(and(eq(openDataRows.appId, row.id), eq(openDataRows.dataset, step.vendor.provenance.dataset)));
      await recordAudit(tx, { actor, action: 'app.import', appId: row.id, appSlug: step.slug, before: step.previous?.record ?? null, after: step.vendor.record }, now);
    } else {
      const [row] = await tx.select({ id: apps.id }).from(apps).where(eq(apps.slug, step.slug)).limit(1);
      if (!row) continue;
      const { vendor, matchedBy, conflicts } = step.attachment;
      await storeAttachment(tx, row.id, vendor, matchedBy, now);
      const before = step.replaces ? { dataset: step.replaces.dataset, release: step.replaces.release } : null;
      await recordAudit(tx, { actor, action: 'app.open-data', appId: row.id, appSlug: step.slug, before, after: attachmentSummary(vendor, matchedBy, conflicts) }, now);
    }
  }
  if (steps.length > 0) {
    for (const { dataset, release, rows } of report.datasets) {
      const of = <T extends { dataset?: string; release?: string }>(list: T[]) => list.filter((entry) => entry.dataset === dataset && entry.release === release);
      const attached = of(report.attached);
      await tx.insert(openDataImports).values({
        at: now,
        dataset,
        release,
        format: input.format,
        origin: input.origin,
        actorName: actor.name,
        rows,
        added: of(report.added).length,
        updated: report.updated.filter((entry) => entry.to === release).length,
        attached: attached.length,
        conflicts: attached.reduce((count, entry) => count + entry.conflicts.length, 0),
      });
    }
  }
  return report;
}

/** Applies an import in one transaction: every row lands, or none does. */
export async function applyOpenDataImport(db: Database, input: OpenDataImportInput, actor: Actor): Promise<OpenDataImportReport> {
  return withWriteLock(() => db.transaction((tx) => applyOpenDataImportInTransaction(tx, input, actor)));
}

/** Slugs an import report touched, for cache revalidation. */
export function touchedSlugs(report: OpenDataImportReport): string[] {
  return [...new Set([...report.added, ...report.updated, ...report.attached].map((entry) => entry.slug))];
}

/** True once a release of this dataset has been imported (the seed imports the bundled ones only once). */
export async function hasImported(db: Queryable, dataset: OpenDataset): Promise<boolean> {
  const [row] = await db.select({ id: openDataImports.id }).from(openDataImports).where(eq(openDataImports.dataset, dataset)).limit(1);
  return row !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading: what a profile shows about open data.
// ---------------------------------------------------------------------------------------------

export interface AttachedRow {
  dataset: OpenDataset;
  release: string;
  matchedBy: string;
  importedAt: string;
  provenance: ImportProvenance;
  sources: Source[];
}

export interface ProfileOpenData {
  origin: ProfileOrigin;
  /** For index profiles: the row the profile is made from. */
  provenance: ImportProvenance | null;
  importedAt: string | null;
  attached: AttachedRow[];
  /** Where an attached row disagrees with the profile as it is now. */
  conflicts: Conflict[];
}

/** Origin, provenance, attached rows and current conflicts of one app; null when the slug is unknown. */
export async function getProfileOpenData(db: Queryable, slug: string): Promise<ProfileOpenData | null> {
  const profile = await getAppProfile(db, slug);
  if (!profile) return null;
  const [meta] = await db.select({ origin: apps.origin, provenance: apps.provenance, importedAt: apps.importedAt }).from(apps).where(eq(apps.id, profile.id)).limit(1);
  const rows = await db.select().from(openDataRows).where(eq(openDataRows.appId, profile.id)).orderBy(asc(openDataRows.dataset));
  const record = toAppRecord(profile);
  return {
    origin: (meta?.origin ?? 'curated') as ProfileOrigin,
    provenance: meta?.provenance ?? null,
    importedAt: meta?.importedAt ? meta.importedAt.toISOString() : null,
    attached: rows.map((row) => ({
      dataset: row.dataset as OpenDataset,
      release: row.release,
      matchedBy: row.matchedBy,
      importedAt: row.importedAt.toISOString(),
      provenance: row.vendor.provenance,
      sources: row.vendor.record.sources,
    })),
    conflicts: rows.flatMap((row) => findConflicts(slug, record, row.vendor)),
  };
}

export interface OpenDataTotals {
  curated: number;
  index: number;
  attachedRows: number;
  profilesWithConflicts: number;
  conflicts: number;
  imports: { at: string; dataset: string; release: string; format: string; origin: string; rows: number; added: number; updated: number; attached: number; conflicts: number }[];
}

/** Catalog-wide open-data figures: profiles by origin, attached rows, current conflicts and the import log. */
export async function getOpenDataTotals(db: Queryable): Promise<OpenDataTotals> {
  const origins = await db
    .select({ origin: apps.origin, count: sql<number>`count(*)` })
    .from(apps)
    .where(sql`${apps.deletedAt} is null`)
    .groupBy(apps.origin);
  const live = await listAppProfiles(db);
  const liveIds = new Map(live.map((profile) => [profile.id, profile]));
  const rows = liveIds.size === 0 ? [] : await db.select().from(openDataRows).where(inArray(openDataRows.appId, [...liveIds.keys()]));
  const conflictsByApp = new Map<number, number>();
  for (const row of rows) {
    const profile = liveIds.get(row.appId);
    if (!profile) continue;
    const found = findConflicts(profile.slug, toAppRecord(profile), row.vendor).length;
    conflictsByApp.set(row.appId, (conflictsByApp.get(row.appId) ?? 0) + found);
  }
  const imports = await db.select().from(openDataImports).orderBy(asc(openDataImports.at), asc(openDataImports.id));
  return {
    curated: origins.find((row) => row.origin === 'curated')?.count ?? 0,
    index: origins.find((row) => row.origin === 'index')?.count ?? 0,
    attachedRows: rows.length,
    profilesWithConflicts: [...conflictsByApp.values()].filter((count) => count > 0).length,
    conflicts: [...conflictsByApp.values()].reduce((sum, count) => sum + count, 0),
    imports: imports.map(({ at, dataset, release, format, origin, rows: count, added, updated, attached, conflicts }) => ({
      at: at.toISOString(),
      dataset,
      release,
      format,
      origin,
      rows: count,
      added,
      updated,
      attached,
      conflicts,
    })),
  };
}
