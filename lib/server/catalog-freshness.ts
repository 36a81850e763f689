import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { TAGS } from './cache-tags';

// After a catalog write the public pages and API must show the new data on the next request.

/** In a server action: the editor's next request waits for fresh data (read-your-own-writes). */
export function refreshCatalogFromAction(slugs: readonly string[]): void {
  updateTag(TAGS.catalog);
  for (const slug of new Set(slugs)) updateTag(TAGS.app(slug));
}

/** In a route handler (updateTag is not allowed there): expire at once, never serve the stale copy. */
export function refreshCatalogFromRoute(slugs: readonly string[]): void {
  revalidateTag(TAGS.catalog, { expire: 0 });
  for (const slug of new Set(slugs)) revalidateTag(TAGS.app(slug), { expire: 0 });
}

/**
 * After a restart: cached pages may predate edits and imports (the record of expired tags does not survive a
 * restart, and prerendered pages come from the build). Expires every catalog tag: listings, identity providers and
 * the profile of every app that exists or existed (`slugs`, deleted ones included, so a deleted app's page 404s).
 */
export function refreshEverythingFromRoute(slugs: readonly string[]): void {
  revalidateTag(TAGS.identityProviders, { expire: 0 });
  refreshCatalogFromRoute(slugs);
}
