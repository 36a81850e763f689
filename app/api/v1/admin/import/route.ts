import { getDb } from '@/db/client';
import { importCatalog, previewImport } from '@/db/queries/apps';
import { applyOpenDataImport, previewOpenDataImport, touchedSlugs } from '@/db/queries/open-data';
import { importQuerySchema } from '@/lib/admin/schemas';
import { catalogImportSchema } from '@/lib/catalog/export-format';
import { parseOpenData } from '@/lib/open-data/parse-open-data';
import { describeImportProblem } from '@/lib/open-data/import-problems';
import { adminRoute, ApiError, jsonResponse, validationError } from '@/lib/server/api';
import { refreshCatalogFromRoute } from '@/lib/server/catalog-freshness';
import { fetchText } from '@/lib/server/fetch-text';
import { readTextBody } from '@/lib/server/json-body';
import { actorOf } from '@/lib/server/session';

/** A whole catalog or dataset may be larger than other bodies. */
const MAX_IMPORT_BYTES = 10_000_000;
const ACCEPTED_TYPES = /^(?:application\/(?:[\w.+-]+\+)?json|text\/csv|application\/csv)\b/i;

/** The file to import: the request body (JSON or CSV), or the file at `url`. */
async function readImportText(request: Request, url: string | undefined, fileName: string | undefined): Promise<{ text: string; name: string }> {
  if (url) {
    const downloaded = await fetchText(url, { maxBytes: MAX_IMPORT_BYTES });
    if (!downloaded.ok) throw new ApiError(400, 'download_failed', downloaded.message);
    return { text: downloaded.text, name: url };
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!ACCEPTED_TYPES.test(contentType)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the file as JSON (application/json) or CSV (text/csv)');
  }
  const body = await readTextBody(request, MAX_IMPORT_BYTES);
  // An empty JSON body is malformed JSON, as on every other endpoint.
  if (!body.ok) throw new ApiError(body.status, body.status === 400 && /json/i.test(contentType) ? 'malformed_json' : body.code, body.message);
  return { text: body.text, name: fileName || 'uploaded file' };
}

/**
 * POST /api/v1/admin/import?dryRun=true|false&removeMissing=true|false[&fileName=…][&url=…]
 * Takes a ScimGap catalog export, or open data: a SCIM Tax Index release (JSON or CSV, April 2026 or v3 format)
 * or sso.tax's rows. The dry run (the default) reports what would change; apply does it in one transaction with
 * audit entries. A bad file is refused whole, each problem with its row and field, and nothing is written.
 */
export const POST = adminRoute({ role: 'editor', isMutation: true }, async ({ request, user }) => {
  const query = importQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error, 'The query is invalid');
  const { dryRun, removeMissing, fileName, url } = query.data;
  const file = await readImportText(request, url, fileName);
  const body = file.text.replace(/^\uFEFF/, '').trimStart();
  let json: unknown = undefined; // parsed once here; the catalog check below reuses it
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new ApiError(400, 'malformed_json', `The file is not valid JSON: ${(error as Error).message}`);
    }
  }
  const parsed = parseOpenData(file.text, fileName ?? url);
  const db = await getDb();

  if (parsed.format === 'scimgap-catalog') {
    // Our own export: checked against the catalog schema, paths as the editor knows them (apps[3].plans[1]…).
    const catalog = catalogImportSchema.safeParse(json);
    if (!catalog.success) throw validationError(catalog.error, 'The file does not match the catalog format');
    const options = { removeMissing };
    if (dryRun) return jsonResponse({ kind: 'catalog', dryRun: true, ...(await previewImport(db, catalog.data, options)) });
    const report = await importCatalog(db, catalog.data, options, actorOf(user));
    const touched = [...report.added, ...report.restored, ...report.changed.map((change) => change.slug), ...report.removed];
    if (touched.length > 0) refreshCatalogFromRoute(touched);
    return jsonResponse({ kind: 'catalog', dryRun: false, ...report });
  }

  if (parsed.format === null || parsed.problems.length > 0) {
    const problems = parsed.problems.map(describeImportProblem);
    throw new ApiError(400, 'invalid_file', parsed.format === null ? 'The file is not in a format we import' : `The file has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`, {
      format: parsed.format,
      problems: problems.slice(0, 200),
    });
  }
  if (parsed.vendors.length === 0) throw new ApiError(400, 'invalid_file', 'The file holds no rows');

  const input = { vendors: parsed.vendors, format: parsed.format, origin: file.name };
  if (dryRun) return jsonResponse({ kind: 'open-data', dryRun: true, ...(await previewOpenDataImport(db, input)) });
  const report = await applyOpenDataImport(db, input, actorOf(user));
  const touched = touchedSlugs(report);
  if (touched.length > 0) refreshCatalogFromRoute(touched);
  return jsonResponse({ kind: 'open-data', dryRun: false, ...report });
});
