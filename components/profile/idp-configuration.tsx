import { TriState } from '@/components/ui/tri-state';
import { DISPLAYED_IDPS, IDP_SHORT_NAMES } from '@/lib/catalog/idps';
import type { IdentityProvider, IdpCapability } from '@/lib/catalog/types';
import { formatCount } from '@/lib/format';

function syncCycle(capability: IdpCapability, provider: IdentityProvider | undefined): string {
  const minutes = capability.syncIntervalMinutes ?? provider?.syncIntervalMinutes ?? null;
  if (minutes !== null) return `About every ${formatCount(minutes)} minutes`;
  if (capability.idp === 'okta') return 'Pushes each change as it happens';
  return 'Not stated';
}

/** How provisioning is set up with each IdP that provisions this app, where the catalog knows it. */
export function IdpConfiguration({ idps, tokenSource, providers }: { idps: readonly IdpCapability[]; tokenSource: string | null; providers: readonly IdentityProvider[] }) {
  const configured = DISPLAYED_IDPS.map((idp) => idps.find((capability) => capability.idp === idp)).filter(
    (capability): capability is IdpCapability => capability !== undefined && (capability.provisioning === 'scim' || capability.integration !== null),
  );
  if (configured.length === 0) return <p className="text-sm text-ink-muted">The catalog states no provisioning set-up for any identity provider.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {configured.map((capability) => {
        const provider = providers.find((candidate) => candidate.id === capability.idp);
        return (
          <div key={capability.idp} className="rounded border border-line p-3 text-sm">
            <h3 className="font-medium">{IDP_SHORT_NAMES[capability.idp]}</h3>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
              <dt className="text-ink-muted">Integration</dt>
              <dd>{capability.integration ?? <TriState value={null} />}</dd>
              <dt className="text-ink-muted">Provisioning mode</dt>
              <dd>{capability.provisioning === 'scim' ? 'SCIM' : capability.provisioning === 'jit' ? 'Just in time at sign-in' : capability.provisioning === 'none' ? 'None' : <TriState value={null} />}</dd>
              <dt className="text-ink-muted">Sync cycle</dt>
              <dd>{syncCycle(capability, provider)}</dd>
              <dt className="text-ink-muted">Credential</dt>
              <dd>{tokenSource ?? <TriState value={null} />}</dd>
            </dl>
            {provider?.provisioningStyle ? <p className="mt-2 text-xs text-ink-muted">{provider.provisioningStyle}</p> : null}
          </div>
        );
      })}
    </div>
  );
}
