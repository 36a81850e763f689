/** A text cell starting with one of these is read as a formula by spreadsheet programs (CSV injection). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * One CSV cell: quoted only when it holds a comma, quote or line break; null and undefined are empty.
 * Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1…`, `@SUM(…)`) gets a leading apostrophe, as
 * OWASP advises, so opening an export never runs what an editor typed; numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_TRIGGER.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Lines joined with LF, ending with one. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `${[header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n')}\n`;
}
