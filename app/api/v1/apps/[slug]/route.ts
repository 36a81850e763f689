import { getProfile } from '@/lib/server/catalog';
import { corsPreflight, publicError, publicJson } from '@/lib/server/http';

/** GET /api/v1/apps/{slug} — the whole profile: app fields, plans with prices, IdP capabilities, sources. */
export async function GET(_request: Request, { params }: RouteContext<'/api/v1/apps/[slug]'>) {
  const { slug } = await params;
  const profile = await getProfile(slug);
  if (!profile) return publicError(404, 'not_found', `No app with slug "${slug}"`);
  const { id: _id, createdAt: _createdAt, updatedBy: _updatedBy, ...publicFields } = profile; // no account data in public responses
  return publicJson(publicFields);
}

export const OPTIONS = corsPreflight;
