import { getDb } from '@/db/client';
import { importCatalog, previewImport } from '@/db/queries/apps';
import { importQuerySchema } from '@/lib/admin/schemas';
import { catalogImportSchema } from '@/lib/catalog/export-format';
import { adminRoute, jsonResponse, readJsonBody, validationError } from '@/lib/server/api';
import { refreshCatalogFromRoute } from '@/lib/server/catalog-freshness';
import { actorOf } from '@/lib/server/session';

/** A whole catalog may be larger than other bodies. */
const MAX_IMPORT_BYTES = 10_000_000;

/**
 * POST /api/v1/admin/import?dryRun=true|false&removeMissing=true|false with a catalog file.
 * Dry run (the default) reports what would be added, restored, changed and removed; apply does it
 * in one transaction. A bad file is refused with the path of every bad field, and nothing is written.
 */
export const POST = adminRoute({ role: 'editor', isMutation: true }, async ({ request, user }) => {
  const query = importQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error, 'The query is invalid');
  const file = await readJsonBody(request, catalogImportSchema, { maxBytes: MAX_IMPORT_BYTES, invalidMessage: 'The file does not match the catalog format' });
  const db = await getDb();
  const options = { removeMissing: query.data.removeMissing };
  if (query.data.dryRun) return jsonResponse({ dryRun: true, ...(await previewImport(db, file, options)) });
  const report = await importCatalog(db, file, options, actorOf(user));
  const touched = [...report.added, ...report.restored, ...report.changed.map((change) => change.slug), ...report.removed];
  if (touched.length > 0) refreshCatalogFromRoute(touched);
  return jsonResponse({ dryRun: false, ...report });
});
