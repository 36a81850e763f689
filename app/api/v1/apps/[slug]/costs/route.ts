import { costsQuerySchema } from '@/lib/api/contract';
import { findPlan, scimIncrease } from '@/lib/pricing/scim-increase';
import { getProfile } from '@/lib/server/catalog';
import { badRequest, corsPreflight, publicError, publicJson, queryObject } from '@/lib/server/http';

/** GET /api/v1/apps/{slug}/costs?seats=10,15,25&billing=monthly&from=Starter — the SCIM increase per team size. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/apps/[slug]/costs'>) {
  const { slug } = await params;
  const parsed = costsQuerySchema.safeParse(queryObject(request));
  if (!parsed.success) return badRequest(parsed.error);
  const profile = await getProfile(slug);
  if (!profile) return publicError(404, 'not_found', `No app with slug "${slug}"`);
  const { seats, billing, from } = parsed.data;
  if (from !== undefined && !findPlan(profile.plans, from)) {
    return publicError(400, 'unknown_plan', `${profile.name} has no plan named "${from}"; plans: ${profile.plans.map((plan) => plan.name).join(', ')}`, {
      from: ['Unknown plan'],
    });
  }
  const rows = seats.map((size) => {
    const result = scimIncrease(profile, size, billing, from !== undefined ? { fromPlan: from } : {});
    return {
      seats: size,
      basePlan: result.base ? { name: result.base.plan.name, annualCost: result.base.cost?.amount ?? null } : null,
      scimPlan: result.scim ? { name: result.scim.plan.name, annualCost: result.scim.cost?.amount ?? null } : null,
      increase: result.increase,
      billingFallback: Boolean(result.base?.cost?.billingFallback || result.scim?.cost?.billingFallback),
    };
  });
  const currency = profile.plans.find((plan) => plan.price && plan.price.model !== 'free')?.price?.currency ?? 'USD';
  return publicJson({ slug: profile.slug, billing, currency, rows });
}

export const OPTIONS = corsPreflight;
