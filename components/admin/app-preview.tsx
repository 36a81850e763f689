import { ProfileView } from '@/components/profile/profile-view';
import type { AppRecord, IdentityProvider } from '@/lib/catalog/types';

/** The public profile exactly as it will read, rendered from the record being edited, before anything is saved. */
export function AppPreview({ record, providers = [] }: { record: AppRecord; providers?: readonly IdentityProvider[] }) {
  return (
    <div aria-label={`Preview of ${record.name || 'the app'}`} role="region" className="rounded border border-dashed border-line p-3">
      <ProfileView profile={record} providers={providers} siteUrl="" isPreview />
    </div>
  );
}
