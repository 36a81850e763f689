export type BadgeTone = 'free' | 'gated' | 'partial' | 'none' | 'unknown' | 'neutral';

/**
 * A word in a coloured pill; colour is never the only signal, so the word is required.
 * Styled by the `badge` component classes in app/globals.css: a listing shows hundreds of badges, and one short class
 * name instead of their utility list keeps the prerendered HTML (and so every response) smaller.
 */
export function Badge({ tone, children, title }: { tone: BadgeTone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`badge badge-${tone}`}>
      {children}
    </span>
  );
}
