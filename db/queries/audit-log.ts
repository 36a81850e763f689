import { and, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { publicChangeLines } from '@/lib/catalog/changelog';
import type { Queryable } from '../create-db';
import { auditLog } from '../schema';

/** Who made a change, as the audit history keeps it (a snapshot, not a reference). */
export interface Actor {
  /** null for the command line and the seed. */
  id: string | null;
  name: string;
  email: string | null;
}

export const AUDIT_ACTIONS = ['app.create', 'app.update', 'app.delete', 'app.restore', 'app.import', 'app.open-data', 'user.create', 'user.update'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntryInput {
  actor: Actor;
  action: AuditAction;
  appId?: number | null;
  appSlug?: string | null;
  subjectUserId?: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: Actor;
  action: AuditAction;
  appId: number | null;
  appSlug: string | null;
  subjectUserId: string | null;
  before: unknown;
  after: unknown;
}

/** Appends one entry; call inside the transaction that makes the change. */
export async function recordAudit(tx: Queryable, entry: AuditEntryInput, at = new Date()): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    actorEmail: entry.actor.email,
    action: entry.action,
    appId: entry.appId ?? null,
    appSlug: entry.appSlug ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export interface AuditFilter {
  appSlug?: string;
  actorId?: string;
  /** Inclusive start, YYYY-MM-DD (UTC). */
  from?: string;
  /** Inclusive end day, YYYY-MM-DD (UTC). */
  to?: string;
  /** Only catalog changes (no account changes). */
  catalogOnly?: boolean;
  limit?: number;
}

const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
const nextDayStart = (isoDate: string) => new Date(dayStart(isoDate).getTime() + 86_400_000);

/** Newest first. */
export async function listAuditEntries(db: Queryable, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const conditions: SQL[] = [];
  if (filter.appSlug) conditions.push(eq(auditLog.appSlug, filter.appSlug));
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.from) conditions.push(gte(auditLog.at, dayStart(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.at, nextDayStart(filter.to)));
  if (filter.catalogOnly) conditions.push(isNotNull(auditLog.appSlug));
  const rows = await db
    .select()
    .from(auditLog)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(Math.min(Math.max(filter.limit ?? 100, 1), 500));
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: { id: row.actorId, name: row.actorName, email: row.actorEmail },
    action: row.action as AuditAction,
    appId: row.appId,
    appSlug: row.appSlug,
    subjectUserId: row.subjectUserId,
    before: row.before ?? null,
    after: row.after ?? null,
  }));
}

/** People who appear in the history, for the history page's filter. */
export async function listAuditActors(db: Queryable): Promise<{ id: string; name: string; email: string | null }[]> {
  const rows = await db
    .select({ id: auditLog.actorId, name: sql<string>`max(${auditLog.actorName})`, email: sql<string | null>`max(${auditLog.actorEmail})` })
    .from(auditLog)
    .where(isNotNull(auditLog.actorId))
    .groupBy(auditLog.actorId)
    .orderBy(sql`lower(max(${auditLog.actorName}))`);
  return rows.flatMap((row) => (row.id ? [{ id: row.id, name: row.name, email: row.email }] : []));
}

export interface ChangelogEntry {
  /** ISO date-time of the change. */
  at: string;
  changes: string[];
}

const CHANGELOG_ACTIONS: AuditAction[] = ['app.update', 'app.import'];

/**
 * The public changelog of one app: dates and what changed in its plans, prices, SSO, SCIM and IdP
 * support, newest first. No personal data: who made a change stays in the admin history.
 */
export async function listPublicChangelog(db: Queryable, slug: string, limit = 50): Promise<ChangelogEntry[]> {
  const rows = await db
    .select({ at: auditLog.at, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.appSlug, slug), inArray(auditLog.action, CHANGELOG_ACTIONS), isNotNull(auditLog.before), isNotNull(auditLog.after)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(500);
  const entries: ChangelogEntry[] = [];
  for (const row of rows) {
    const changes = publicChangeLines(row.before, row.after);
    if (changes.length > 0) entries.push({ at: row.at.toISOString(), changes });
    if (entries.length >= limit) break;
  }
  return entries;
}
