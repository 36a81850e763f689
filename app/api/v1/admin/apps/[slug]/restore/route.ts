import { getDb } from '@/db/client';
import { restoreApp } from '@/db/queries/apps';
import { slugSchema } from '@/lib/catalog/schemas';
import { adminRoute, ApiError, jsonResponse } from '@/lib/server/api';
import { apiErrorFor } from '@/lib/server/app-write-errors';
import { refreshCatalogFromRoute } from '@/lib/server/catalog-freshness';
import { actorOf } from '@/lib/server/session';

/** POST — brings a soft-deleted app back, as it was. */
export const POST = adminRoute<{ slug: string }>({ role: 'editor', isMutation: true }, async ({ params, user }) => {
  const slug = slugSchema.safeParse(params.slug);
  if (!slug.success) throw new ApiError(404, 'not_found', `No app with the slug "${params.slug}"`);
  const result = await restoreApp(await getDb(), slug.data, actorOf(user));
  if (!result.ok) throw apiErrorFor(result, slug.data);
  if (result.changed) refreshCatalogFromRoute([slug.data]);
  return jsonResponse({ slug: slug.data, version: result.version, restored: result.changed });
});
