import { getDb } from '@/db/client';
import { exportCatalog } from '@/db/queries/apps';
import { adminRoute, jsonResponse } from '@/lib/server/api';

/** GET /api/v1/admin/export — the live catalog as a download, in the format the import accepts. */
export const GET = adminRoute({ role: 'editor', isMutation: false }, async () => {
  const catalog = await exportCatalog(await getDb());
  const day = catalog.exportedAt.slice(0, 10);
  return jsonResponse(catalog, { headers: { 'Content-Disposition': `attachment; filename="scimgap-catalog-${day}.json"` } });
});
