/** A titled page section with an anchor, so long profiles can be linked into. */
export function Section({ id, title, children, description, isLandmark = true }: { id: string; title: string; children: React.ReactNode; description?: React.ReactNode; isLandmark?: boolean }) {
  // A section named by its heading becomes a region landmark; a preview embedded in another page must not add more.
  return (
    <section id={id} aria-labelledby={isLandmark ? `${id}-title` : undefined} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <div className="mt-1 text-sm text-ink-muted">{description}</div> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
