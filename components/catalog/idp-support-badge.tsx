import { Badge, type BadgeTone } from '@/components/ui/badge';
import { IDP_SUPPORT_LABELS, type IdpSupportLevel } from '@/lib/catalog/idps';

const TONE: Record<IdpSupportLevel, BadgeTone> = {
  full: 'free',
  users: 'partial',
  scim: 'free',
  jit: 'partial',
  sso: 'none',
  none: 'none',
  unknown: 'unknown',
};

export function IdpSupportBadge({ level, idpName }: { level: IdpSupportLevel; idpName?: string }) {
  const label = IDP_SUPPORT_LABELS[level];
  return (
    <Badge tone={TONE[level]}>
      {idpName ? <span className="font-semibold">{idpName}</span> : null}
      {idpName ? <span aria-hidden="true">·</span> : null}
      {label}
    </Badge>
  );
}
