import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Questionnaire } from '@/components/diagnostic/questionnaire';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { IDP_SHORT_NAMES } from '@/lib/catalog/idps';
import { getIdentityProviders } from '@/lib/server/catalog';
import { Providers } from '../providers';

export const metadata: Metadata = {
  title: 'SCIM gap diagnostic',
  description: 'Answer five questions about your apps, plans and identity provider: get a neutral recommendation per app — upgrade, automate outside the app or stay manual — with the arithmetic and the cost.',
};

const IDP_NOTES: Record<string, string> = {
  okta: 'Pushes each change as it happens',
  entra: 'Scheduled cycles about every 40 minutes',
  google: 'Automated provisioning only for listed connectors',
  onelogin: 'Generic SCIM 2.0 connector',
  jumpcloud: 'Generic SCIM 2.0 connector',
  ping: 'PingOne / PingFederate provisioning',
};

export default async function DiagnosticPage() {
  const providers = await getIdentityProviders();
  const identityProviders = providers
    .map((provider) => ({ id: provider.id, name: IDP_SHORT_NAMES[provider.id], note: IDP_NOTES[provider.id] ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Gap diagnostic' }]} />
      <h1 className="mt-2 text-2xl font-semibold">SCIM gap diagnostic</h1>
      <p className="mt-1 max-w-3xl text-sm text-ink-muted">
        For each app: stay as you are, upgrade to a plan with SCIM, automate outside the app, or keep provisioning by hand — with what each costs per year.
        Neutral: no option is favoured, and the arithmetic is shown. Your answers stay in the address bar, so a result can be bookmarked and shared.
      </p>
      <div className="mt-6">
        <Providers>
          <Suspense fallback={<div aria-busy="true" aria-label="Loading the questionnaire" className="h-64 animate-pulse rounded bg-surface-sunken" />}>
            <Questionnaire identityProviders={identityProviders} />
          </Suspense>
        </Providers>
      </div>
    </>
  );
}
