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
      {idpName ? <b className="font-semibold">{idpName}</b> : null}
      {idpName ? `· ${label}` : label}
    </Badge>
  );
}
