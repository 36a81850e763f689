export type BadgeTone = 'free' | 'gated' | 'partial' | 'none' | 'unknown' | 'neutral';

const TONES: Record<BadgeTone, string> = {
  free: 'bg-status-free-bg text-status-free border-status-free/40',
  gated: 'bg-status-gated-bg text-status-gated border-status-gated/40',
  partial: 'bg-status-partial-bg text-status-partial border-status-partial/40',
  none: 'bg-status-none-bg text-status-none border-status-none/40',
  unknown: 'bg-status-unknown-bg text-status-unknown border-status-unknown/60 border-dashed',
  neutral: 'bg-surface-sunken text-ink-muted border-line',
};

/** A word in a coloured pill; colour is never the only signal, so the word is required. */
export function Badge({ tone, children, title }: { tone: BadgeTone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
