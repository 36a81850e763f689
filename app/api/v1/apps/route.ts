import { listAppsQuerySchema } from '@/lib/api/contract';
import { findApps } from '@/lib/server/catalog';
import { badRequest, corsPreflight, publicJson, queryObject } from '@/lib/server/http';

/** GET /api/v1/apps — search, filter and page the catalog, with the SCIM increase at `seats` users. */
export async function GET(request: Request) {
  const parsed = listAppsQuerySchema.safeParse(queryObject(request));
  if (!parsed.success) return badRequest(parsed.error);
  const { limit, offset, ...query } = parsed.data;
  const page = await findApps(query, limit, offset);
  return publicJson({
    apps: page.rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      vendor: row.vendor,
      category: row.category,
      firstSsoPlan: row.firstSsoPlan,
      firstScimPlan: row.firstScimPlan,
      scimPosition: row.scimPosition,
      status: row.status,
      origin: row.isImported ? 'index' : 'curated',
      scimIncreaseAnnual: row.scimIncreaseAnnual,
      scimPlanAnnualCost: row.scimPlan?.annualCost ?? null,
    })),
    total: page.total,
    limit,
    offset,
    seats: query.seats,
    billing: query.billing,
  });
}

export const OPTIONS = corsPreflight;
