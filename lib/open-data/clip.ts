/** Shortens text to `max` characters, ending with "…" when cut, so a long published value never fails our limits. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
