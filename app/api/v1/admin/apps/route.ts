import { getDb } from '@/db/client';
import { createApp, listAdminApps } from '@/db/queries/apps';
import { adminAppsQuerySchema } from '@/lib/admin/schemas';
import { appCreateSchema } from '@/lib/catalog/schemas';
import { adminRoute, jsonResponse, readJsonBody, validationError } from '@/lib/server/api';
import { apiErrorFor } from '@/lib/server/app-write-errors';
import { refreshCatalogFromRoute } from '@/lib/server/catalog-freshness';
import { actorOf } from '@/lib/server/session';

/** GET /api/v1/admin/apps?q=&status=live|deleted|all — the admin list with versions and last editors. */
export const GET = adminRoute({ role: 'editor', isMutation: false }, async ({ request }) => {
  const query = adminAppsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error, 'The query is invalid');
  const apps = await listAdminApps(await getDb(), { search: query.data.q, status: query.data.status });
  return jsonResponse({ apps });
});

/** POST /api/v1/admin/apps — a new app in the export format. 201 with its version. */
export const POST = adminRoute({ role: 'editor', isMutation: true }, async ({ request, user }) => {
  const record = await readJsonBody(request, appCreateSchema);
  const result = await createApp(await getDb(), record, actorOf(user));
  if (!result.ok) throw apiErrorFor(result, record.slug);
  refreshCatalogFromRoute([record.slug]);
  return jsonResponse({ slug: result.slug, version: result.version }, { status: 201, headers: { Location: `/api/v1/admin/apps/${result.slug}` } });
});
