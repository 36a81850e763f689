import type { Metadata } from 'next';
import { CatalogView } from '@/components/catalog/catalog-view';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { catalogQuerySchema } from '@/lib/catalog/search';

export const metadata: Metadata = {
  title: 'SaaS apps and their SCIM plans',
  description: 'Search SaaS apps by name, category and identity provider: the first plan with SSO and SCIM, and the annual increase to reach SCIM at your team size.',
};

// The unfiltered listing is prerendered; any query is rewritten to /apps/search (see next.config.ts).
export default function AppsPage() {
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Apps' }]} />
      <h1 className="mt-2 text-2xl font-semibold">Apps and their SCIM plans</h1>
      <p className="mt-1 max-w-3xl text-sm text-ink-muted">
        The first plan with SSO and with SCIM, and what reaching SCIM costs per year. “Not stated” means no source consulted settles it.
      </p>
      <div className="mt-6">
        <CatalogView query={catalogQuerySchema.parse({})} page={1} />
      </div>
    </>
  );
}
