/**
 * A titled page section with an anchor, so long profiles can be linked into.
 * Styled by `.page-section` in app/globals.css (a profile has a dozen of these; one class each keeps the page small).
 */
export function Section({ id, title, children, description, isLandmark = true }: { id: string; title: string; children: React.ReactNode; description?: React.ReactNode; isLandmark?: boolean }) {
  // A section named by its heading becomes a region landmark; a preview embedded in another page must not add more.
  return (
    <section id={id} aria-labelledby={isLandmark ? `${id}-title` : undefined} className="page-section">
      <h2 id={`${id}-title`}>{title}</h2>
      {description ? <div data-description>{description}</div> : null}
      <div data-body>{children}</div>
    </section>
  );
}
