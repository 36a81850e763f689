import { statusBadgeSvg } from '@/lib/catalog/badge-svg';
import { classifyStatus } from '@/lib/catalog/status';
import { getProfile } from '@/lib/server/catalog';

// Its Content-Security-Policy (nothing may load or run) is set in next.config.ts: the site-wide
// header rules would overwrite one set here.
const HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
  'X-Content-Type-Options': 'nosniff',
  'Access-Control-Allow-Origin': '*',
};

/** GET /api/v1/apps/{slug}/badge.svg — the app's status class and first SCIM plan as an embeddable badge. */
export async function GET(_request: Request, { params }: RouteContext<'/api/v1/apps/[slug]/badge.svg'>) {
  const { slug } = await params;
  const profile = await getProfile(slug);
  if (!profile) return new Response(statusBadgeSvg({ status: null, firstScimPlan: null }), { status: 404, headers: HEADERS });
  const verdict = classifyStatus(profile);
  return new Response(statusBadgeSvg({ status: verdict.status, firstScimPlan: verdict.firstScimPlan }), { headers: HEADERS });
}
