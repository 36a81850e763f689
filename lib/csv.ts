/** One CSV cell: quoted only when it holds a comma, quote or line break; null and undefined are empty. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Lines joined with LF, ending with one. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `${[header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n')}\n`;
}
