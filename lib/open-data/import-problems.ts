import type { z } from 'zod';
import type { ImportProblem } from './types';

/** One problem per Zod issue, named by row and dotted field path ("idp.okta"), so the admin can find it. */
export function problemsFromZod(error: z.ZodError, row: number, fieldPrefix = ''): ImportProblem[] {
  return error.issues.map((issue) => ({ row, field: fieldPrefix + (issue.path.map(String).join('.') || '(row)'), message: issue.message }));
}

/** The problem of a file that is not JSON at all. */
export function jsonProblem(error: unknown): ImportProblem {
  return { row: 0, field: '(file)', message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
}
