import { z } from 'zod';
import { closestApps } from '@/lib/catalog/suggest';
import { getAppNames } from '@/lib/server/catalog';
import { badRequest, corsPreflight, publicJson, queryObject } from '@/lib/server/http';

const suggestQuerySchema = z.object({ q: z.string().trim().min(1, 'q is required').max(100, 'q is at most 100 characters') });

/** GET /api/v1/suggest?q= — apps with a name or slug close to q, for "did you mean". */
export async function GET(request: Request) {
  const parsed = suggestQuerySchema.safeParse(queryObject(request));
  if (!parsed.success) return badRequest(parsed.error);
  const apps = closestApps(parsed.data.q, await getAppNames()).map(({ slug, name }) => ({ slug, name }));
  return publicJson({ apps });
}

export const OPTIONS = corsPreflight;
