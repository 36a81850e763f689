const TONE = { yes: 'tri tri-yes', no: 'tri tri-no', unknown: 'tri tri-unknown' } as const;

/**
 * Yes ✓ / No ✗ / Not stated — for a value a source may or may not settle.
 * Styled by the `tri` classes in app/globals.css: profile tables show dozens of these on every page.
 */
export function TriState({ value, yes = 'Yes', no = 'No', unknown = 'Not stated' }: { value: boolean | null | undefined; yes?: string; no?: string; unknown?: string }) {
  if (value === true) {
    return (
      <span className={TONE.yes}>
        <span aria-hidden="true">✓ </span>
        {yes}
      </span>
    );
  }
  if (value === false) {
    return (
      <span className={TONE.no}>
        <span aria-hidden="true">✗ </span>
        {no}
      </span>
    );
  }
  return (
    <span className={TONE.unknown}>
      <span aria-hidden="true">— </span>
      {unknown}
    </span>
  );
}
