import { Badge, type BadgeTone } from '@/components/ui/badge';
import { SCIM_POSITION_LABELS, type ScimPosition } from '@/lib/catalog/summary';

const TONE: Record<ScimPosition, BadgeTone> = {
  entry: 'free',
  mid: 'gated',
  enterprise: 'gated',
  not_offered: 'none',
  not_stated: 'unknown',
};

export function ScimPositionBadge({ position }: { position: ScimPosition }) {
  return <Badge tone={TONE[position]}>{`SCIM: ${SCIM_POSITION_LABELS[position]}`}</Badge>;
}
