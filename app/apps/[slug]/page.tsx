import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Changelog } from '@/components/profile/changelog';
import { ProfileView } from '@/components/profile/profile-view';
import { profileVerdict } from '@/lib/catalog/verdict';
import { getIdentityProviders, getOpenData, getProfile, getSlugs } from '@/lib/server/catalog';
import { readEnv } from '@/lib/server/env';

/** Profiles prerendered at build; the rest render on their first visit and are cached from then on. */
const PRERENDERED_PROFILES = 600;

export async function generateStaticParams() {
  const slugs = await getSlugs();
  // Cache Components needs at least one param to validate the route; an empty catalog renders on demand.
  return slugs.length > 0 ? slugs.slice(0, PRERENDERED_PROFILES).map((slug) => ({ slug })) : [{ slug: 'metabase' }];
}

export async function generateMetadata({ params }: PageProps<'/apps/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const profile = await getProfile(slug);
  if (!profile) return { title: 'App not found' };
  const verdict = profileVerdict(profile);
  return {
    title: `${profile.name} SCIM: ${verdict.short}`,
    description: verdict.text.slice(0, 300),
  };
}

const siteUrl = readEnv().SITE_URL.replace(/\/$/, '');

export default async function ProfilePage({ params }: PageProps<'/apps/[slug]'>) {
  const { slug } = await params;
  const profile = await getProfile(slug);
  if (!profile) notFound();

  const [providers, openData] = await Promise.all([getIdentityProviders(), getOpenData(slug)]);
  return (
    <ProfileView profile={profile} providers={providers} siteUrl={siteUrl} openData={openData}>
      <div className="mt-10">
        <Changelog slug={profile.slug} />
      </div>
    </ProfileView>
  );
}
