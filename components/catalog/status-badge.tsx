import { Badge, type BadgeTone } from '@/components/ui/badge';
import { STATUS_LABELS, type StatusClass } from '@/lib/catalog/status';

const TONE: Record<StatusClass, BadgeTone> = { no_tax: 'free', gated: 'gated', partial: 'partial', none: 'none', unknown: 'unknown' };
const ICON: Record<StatusClass, string> = { no_tax: '✓', gated: '$', partial: '◐', none: '✗', unknown: '?' };

/** The status class in its word and colour (UX.md status vocabulary), with an icon so colour is never the only signal. */
export function StatusBadge({ status }: { status: StatusClass }) {
  return (
    <Badge tone={TONE[status]}>
      <span aria-hidden="true">{ICON[status]}</span>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
