import { IdpSupportBadge } from '@/components/catalog/idp-support-badge';
import { TriState } from '@/components/ui/tri-state';
import { DISPLAYED_IDPS, IDP_SHORT_NAMES, idpSupportLevel } from '@/lib/catalog/idps';
import type { IdpCapability, IdpId } from '@/lib/catalog/types';

const PROVISIONING_WORDS: Record<string, string> = { scim: 'SCIM', jit: 'JIT only', none: 'None' };

function ProvisioningCell({ capability }: { capability: IdpCapability | undefined }) {
  const mode = capability?.provisioning ?? null;
  if (mode === null) return <TriState value={null} />;
  return <span className={mode === 'scim' ? 'text-status-free' : 'text-status-partial'}>{PROVISIONING_WORDS[mode]}</span>;
}

const FEATURES = [
  ['createUsers', 'Create users'],
  ['updateUsers', 'Update users'],
  ['deactivateUsers', 'Deactivate users'],
  ['pushGroups', 'Push groups'],
] as const;

/** Warnings worth a line of their own: an IdP that provisions users but not groups, or only creates accounts at sign-in. */
export function idpWarnings(idps: readonly IdpCapability[]): string[] {
  const warnings: string[] = [];
  for (const idp of DISPLAYED_IDPS) {
    const capability = idps.find((candidate) => candidate.idp === idp);
    const level = idpSupportLevel(capability);
    const name = IDP_SHORT_NAMES[idp];
    if (level === 'users') warnings.push(`${name}: users only — groups and group memberships are not pushed.`);
    if (level === 'jit') warnings.push(`${name}: JIT only — accounts are created at first sign-in; nothing updates or deactivates them.`);
    if (capability?.provisioning === 'scim' && capability.features.deactivateUsers === false) {
      warnings.push(`${name}: does not deactivate users — offboarding stays manual.`);
    }
  }
  return warnings;
}

/** Every displayed IdP × SSO, provisioning and lifecycle features; unknown reads "Not stated". */
export function IdpMatrix({ idps, idpIds = DISPLAYED_IDPS }: { idps: readonly IdpCapability[]; idpIds?: readonly IdpId[] }) {
  const rows = idpIds.map((idp) => ({ idp, capability: idps.find((candidate) => candidate.idp === idp) }));
  const warnings = idpWarnings(idps);
  return (
    <>
      {warnings.length > 0 ? (
        <div role="note" aria-label="Partial IdP support" className="mb-3 rounded border border-status-partial/40 bg-status-partial-bg p-3 text-sm text-ink">
          <ul className="space-y-1">
          {warnings.map((warning) => (
            <li key={warning}>
              <span aria-hidden="true" className="text-status-partial">⚠ </span>
              {warning}
            </li>
          ))}
          </ul>
        </div>
      ) : null}
      {/* A table from md up, a card per IdP below (.stacked-table in globals.css). */}
      <table className="stacked-table">
        <thead className="border-b border-line">
          <tr>
            <th scope="col">Identity provider</th>
            <th scope="col">Support</th>
            <th scope="col">SSO</th>
            <th scope="col">Provisioning</th>
            {FEATURES.map(([, label]) => (
              <th key={label} scope="col">{label}</th>
            ))}
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ idp, capability }) => (
            <tr key={idp} data-testid={`idp-row-${idp}`}>
              <th scope="row">{IDP_SHORT_NAMES[idp]}</th>
              <td data-corner><IdpSupportBadge level={idpSupportLevel(capability)} /></td>
              <td data-label="SSO"><TriState value={capability?.sso} /></td>
              <td data-label="Provisioning"><ProvisioningCell capability={capability} /></td>
              {FEATURES.map(([key, label]) => (
                <td key={label} data-label={label}><TriState value={capability?.features[key]} /></td>
              ))}
              <td className="text-ink-muted">{capability?.notes ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
