import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { getAppProfile, listAppProfiles, listAppSlugs, type AppProfile } from '@/db/queries/apps';
import { listPublicChangelog, type ChangelogEntry } from '@/db/queries/audit-log';
import { listIdentityProviders } from '@/db/queries/identity-providers';
import type { IdentityProvider } from '@/lib/catalog/types';
import { TAGS } from './cache-tags';

// Catalog reads are cached until an edit revalidates their tag; nothing expires on a timer.

export async function getCatalog(): Promise<AppProfile[]> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog);
  return listAppProfiles(await getDb());
}

export async function getProfile(slug: string): Promise<AppProfile | null> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog, TAGS.app(slug));
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
  cacheTag(TAGS.catalog);
  return listIdentityProviders(await getDb());
}

/** The public changelog of one app (prices and capabilities, no personal data), refreshed with the app. */
export async function getChangelog(slug: string): Promise<ChangelogEntry[]> {
  'use cache';
  cacheLife('max');
  cacheTag(TAGS.catalog, TAGS.app(slug));
  return listPublicChangelog(await getDb(), slug);
}
