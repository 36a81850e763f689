import { getCatalogCsv } from '@/lib/server/catalog';
import { corsPreflight } from '@/lib/server/http';

/** GET /api/v1/export.csv — one line per plan; empty cells are not stated. */
export async function GET() {
  return new Response(await getCatalogCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="scimgap-catalog.csv"',
      'Access-Control-Allow-Origin': '*',
    },
  });
}

export const OPTIONS = corsPreflight;
