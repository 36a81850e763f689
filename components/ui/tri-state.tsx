/** Yes ✓ / No ✗ / Not stated — for a value a source may or may not settle. */
export function TriState({ value, yes = 'Yes', no = 'No', unknown = 'Not stated' }: { value: boolean | null | undefined; yes?: string; no?: string; unknown?: string }) {
  if (value === true) {
    return (
      <span className="whitespace-nowrap text-status-free">
        <span aria-hidden="true">✓ </span>
        {yes}
      </span>
    );
  }
  if (value === false) {
    return (
      <span className="whitespace-nowrap text-status-none">
        <span aria-hidden="true">✗ </span>
        {no}
      </span>
    );
  }
  return (
    <span className="whitespace-nowrap text-status-unknown">
      <span aria-hidden="true">— </span>
      {unknown}
    </span>
  );
}
