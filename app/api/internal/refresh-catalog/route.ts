import { timingSafeEqual } from 'node:crypto';
import { connection } from 'next/server';
import { readEnv } from '@/lib/server/env';
import { getDb } from '@/db/client';
import { listAllSlugs } from '@/db/queries/apps';
import { refreshEverythingFromRoute } from '@/lib/server/catalog-freshness';

/**
 * POST /api/internal/refresh-catalog — called once by `npm start` right after the server is up.
 * Pages prerendered at build time, and the record of which cache tags an edit expired, do not survive a restart;
 * the database does. Expiring the catalog tag at start makes every page show the database as it is now (edits
 * made before the restart, a command-line import). Answers 404 unless the caller holds this process's token.
 */
export async function POST(request: Request): Promise<Response> {
  await connection();
  const expected = readEnv().CATALOG_REFRESH_TOKEN;
  const given = request.headers.get('x-refresh-token') ?? '';
  if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return new Response('Not found', { status: 404 });
  }
  refreshEverythingFromRoute(await listAllSlugs(await getDb()));
  return new Response(null, { status: 204 });
}
