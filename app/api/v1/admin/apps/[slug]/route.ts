import { z } from 'zod';
import { getDb } from '@/db/client';
import { getAdminApp, recordOf, softDeleteApp, updateAppRecord } from '@/db/queries/apps';
import { appUpdateSchema, slugSchema } from '@/lib/catalog/schemas';
import { adminRoute, ApiError, jsonResponse, readJsonBody, validationError } from '@/lib/server/api';
import { apiErrorFor } from '@/lib/server/app-write-errors';
import { refreshCatalogFromRoute } from '@/lib/server/catalog-freshness';
import { actorOf } from '@/lib/server/session';

type Params = { slug: string };

function parseSlug(slug: string): string {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) throw new ApiError(404, 'not_found', `No app with the slug "${slug}"`);
  return parsed.data;
}

/** GET — the app in the export format plus the `version` a PUT must name. */
export const GET = adminRoute<Params>({ role: 'editor', isMutation: false }, async ({ params }) => {
  const slug = parseSlug(params.slug);
  const app = await getAdminApp(await getDb(), slug);
  if (!app) throw new ApiError(404, 'not_found', `No app with the slug "${slug}"`);
  if (app.deletedAt) throw new ApiError(404, 'app_deleted', `The app "${slug}" is deleted; restore it first (POST /api/v1/admin/apps/${slug}/restore)`);
  return jsonResponse({ ...recordOf(app), version: app.version });
});

/** PUT — the whole app with the version it was based on. 409 version_conflict when someone saved since. */
export const PUT = adminRoute<Params>({ role: 'editor', isMutation: true }, async ({ request, params, user }) => {
  const slug = parseSlug(params.slug);
  const { version, ...record } = await readJsonBody(request, appUpdateSchema);
  if (record.slug !== slug) {
    throw new ApiError(400, 'validation_failed', 'The slug cannot change', { fields: { slug: [`The slug cannot change (this app is "${slug}")`] } });
  }
  const result = await updateAppRecord(await getDb(), { slug, expectedVersion: version, record }, actorOf(user));
  if (!result.ok) throw apiErrorFor(result, slug);
  if (result.changed) refreshCatalogFromRoute([slug]);
  return jsonResponse({ slug, version: result.version, changed: result.changed });
});

const deleteQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

/** DELETE — soft delete (restorable); `?version=` refuses it when someone saved since. */
export const DELETE = adminRoute<Params>({ role: 'editor', isMutation: true }, async ({ request, params, user }) => {
  const slug = parseSlug(params.slug);
  const query = deleteQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error, 'The query is invalid');
  const result = await softDeleteApp(await getDb(), slug, actorOf(user), query.data.version);
  if (!result.ok) throw apiErrorFor(result, slug);
  refreshCatalogFromRoute([slug]);
  return jsonResponse({ slug, version: result.version, deleted: true });
});
