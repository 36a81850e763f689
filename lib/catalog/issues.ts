import type { z } from 'zod';

/** "plans[2].price.monthlyPerSeat": the path of a Zod issue as a reader writes it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** "plans[2].price.monthlyPerSeat: Must be a number", one line per issue. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => `${prefix}${formatIssuePath(issue.path) || '(root)'}: ${issue.message}`);
}

/** Messages grouped by path, for an API's `fields` object or a form's field errors. */
export function issuesByPath(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = formatIssuePath(issue.path) || '(root)';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
