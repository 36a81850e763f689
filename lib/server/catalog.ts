import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { catalogRevision, getAppProfile, listAppProfiles, listAppSlugs, type AppProfile } from '@/db/queries/apps';
import { listPublicChangelog, type ChangelogEntry } from '@/db/queries/audit-log';
import { listIdentityProviders } from '@/db/queries/identity-providers';
import { getOpenDataTotals, getProfileOpenData, type OpenDataTotals, type ProfileOpenData } from '@/db/queries/open-data';
import { buildCatalogEntries, categoryCounts, searchCatalog, statusCounts, type CatalogEntry, type CatalogQuery, type CatalogRow } from '@/lib/catalog/search';
import { catalogToCsv, toCatalogExport } from '@/lib/catalog/export';
import type { StatusClass } from '@/lib/catalog/status';
import { catalogStats, type CatalogStats } from '@/lib/catalog/stats';
import { slugSchema } from '@/lib/catalog/schemas';
import type { IdentityProvider } from '@/lib/catalog/types';
import { OPEN_DATA_NOTICES } from '@/lib/open-data/labels';
import { TAGS } from './cache-tags';

// Catalog reads are cached until an edit revalidates their tag; nothing expires on a timer.

async function getRevision(): Promise<string> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return catalogRevision(await getDb());
}

interface CatalogIndex {
  revision: string;
  profiles: AppProfile[];
  entries: CatalogEntry[];
  bySlug: Map<string, AppProfile>;
}

let index: CatalogIndex | null = null;
let loading: Promise<CatalogIndex> | null = null;

/** The whole catalog in memory, rebuilt only when its revision changes (any edit bumps it). */
async function getCatalogIndex(): Promise<CatalogIndex> {
  const revision = await getRevision();
  if (index?.revision === revision) return index;
  loading ??= (async () => {
    const profiles = await listAppProfiles(await getDb());
    return { revision, profiles, entries: buildCatalogEntries(profiles), bySlug: new Map(profiles.map((profile) => [profile.slug, profile])) };
  })().finally(() => {
    loading = null;
  });
  index = await loading;
  return index;
}

/** Every live app by slug, for request handlers that look several up at once (the diagnostic). */
export async function getCatalogBySlug(): Promise<ReadonlyMap<string, AppProfile>> {
  return (await getCatalogIndex()).bySlug;
}

export interface CatalogPage {
  rows: CatalogRow[];
  total: number;
}

/** Filters and prices the catalog; cached per query so popular views cost nothing. */
export async function findApps(query: CatalogQuery, limit: number, offset: number): Promise<CatalogPage> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return searchCatalog((await getCatalogIndex()).entries, query, { limit, offset });
}

export async function getStatusCounts(): Promise<Record<StatusClass, number>> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return statusCounts((await getCatalogIndex()).entries);
}

export async function getCategoryCounts(): Promise<{ category: string; count: number }[]> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return categoryCounts((await getCatalogIndex()).entries);
}

/** Name and slug of every app, for pickers and "did you mean" suggestions. */
export async function getAppNames(): Promise<{ slug: string; name: string; vendor: string }[]> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return (await getCatalogIndex()).profiles.map(({ slug, name, vendor }) => ({ slug, name, vendor }));
}

/** One live app by slug; anything that is not a well-formed slug is simply not found (and never becomes a cache tag). */
export async function getProfile(slug: string): Promise<AppProfile | null> {
  if (!slugSchema.safeParse(slug).success) return null;
  return getCachedProfile(slug);
}

async function getCachedProfile(slug: string): Promise<AppProfile | null> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.app(slug)); // not `catalog`: another app's save must not expire this profile (see cache-tags.ts)
  return getAppProfile(await getDb(), slug);
}

export async function getSlugs(): Promise<string[]> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return listAppSlugs(await getDb());
}

export async function getIdentityProviders(): Promise<IdentityProvider[]> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.identityProviders);
  return listIdentityProviders(await getDb());
}

/** The export file, rebuilt after every catalog edit. */
export async function getCatalogExport() {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return { ...toCatalogExport((await getCatalogIndex()).profiles, new Date()), notices: [...OPEN_DATA_NOTICES] };
}

export async function getCatalogCsv(): Promise<string> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return catalogToCsv((await getCatalogIndex()).profiles);
}

export async function getCatalogStats(): Promise<CatalogStats> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return catalogStats((await getCatalogIndex()).profiles);
}

/** The public changelog of one app (prices and capabilities, no personal data), refreshed with the app. */
export async function getChangelog(slug: string): Promise<ChangelogEntry[]> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.app(slug));
  return listPublicChangelog(await getDb(), slug);
}

/** Where a profile came from, the open-data rows attached to it and where they disagree with it now. */
export async function getOpenData(slug: string): Promise<ProfileOpenData | null> {
  if (!slugSchema.safeParse(slug).success) return null;
  return getCachedOpenData(slug);
}

async function getCachedOpenData(slug: string): Promise<ProfileOpenData | null> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.app(slug)); // conflicts depend on this app's record alone; imports expire the apps they touch
  return getProfileOpenData(await getDb(), slug);
}

/** Profiles by origin, attached rows, conflicts and the import log, for the about page. */
export async function getOpenDataSummary(): Promise<OpenDataTotals> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return getOpenDataTotals(await getDb());
}
