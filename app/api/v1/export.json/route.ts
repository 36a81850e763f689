import { getCatalogExport } from '@/lib/server/catalog';
import { corsPreflight, publicJson } from '@/lib/server/http';

/** GET /api/v1/export.json — the whole catalog in the import format. */
export async function GET() {
  return publicJson(await getCatalogExport(), { headers: { 'Content-Disposition': 'inline; filename="scimgap-catalog.json"' } });
}

export const OPTIONS = corsPreflight;
