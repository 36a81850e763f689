import { getOpenData, getProfile } from '@/lib/server/catalog';
import { corsPreflight, publicError, publicJson } from '@/lib/server/http';

/** GET /api/v1/apps/{slug} — the whole profile: app fields, plans with prices, IdP capabilities, sources. */
export async function GET(_request: Request, { params }: RouteContext<'/api/v1/apps/[slug]'>) {
  const { slug } = await params;
  const profile = await getProfile(slug);
  if (!profile) return publicError(404, 'not_found', `No app with slug "${slug}"`);
  const openData = await getOpenData(slug);
  const { id: _id, createdAt: _createdAt, updatedBy: _updatedBy, ...publicFields } = profile; // no account data in public responses
  const provenance = openData?.origin === 'index' ? openData.provenance : null;
  return publicJson({
    ...publicFields,
    imported: provenance
      ? { dataset: provenance.dataset, release: provenance.release, license: provenance.license, licenseUrl: provenance.licenseUrl, attribution: provenance.attribution, importedAt: openData?.importedAt ?? null }
      : null,
    conflicts: (openData?.conflicts ?? []).map(({ slug: _slug, ...conflict }) => conflict),
  });
}

export const OPTIONS = corsPreflight;
