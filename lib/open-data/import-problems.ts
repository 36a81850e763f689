import type { z } from 'zod';
import { appRecordSchema } from '../catalog/schemas';
import type { ImportedVendor, ImportProblem, ImportResult } from './types';

/** One problem per Zod issue, named by row and dotted field path ("idp.okta"), so the admin can find it. */
export function problemsFromZod(error: z.ZodError, row: number, fieldPrefix = ''): ImportProblem[] {
  return error.issues.map((issue) => ({ row, field: fieldPrefix + (issue.path.map(String).join('.') || '(row)'), message: issue.message }));
}

/** The problem of a file that is not JSON at all. */
export function jsonProblem(error: unknown): ImportProblem {
  return { row: 0, field: '(file)', message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * Validates each raw row, maps the valid ones and checks the mapped record against our schema: a bad row becomes
 * a problem named by its row number, never a partial vendor.
 */
export function importRows<T>(rawRows: readonly unknown[], rowSchema: z.ZodType<T>, mapRow: (row: T, rowNumber: number) => ImportedVendor): ImportResult {
  const vendors: ImportedVendor[] = [];
  const problems: ImportProblem[] = [];
  rawRows.forEach((raw, index) => {
    const rowNumber = index + 1;
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...problemsFromZod(parsed.error, rowNumber));
      return;
    }
    const vendor = mapRow(parsed.data, rowNumber);
    const checked = appRecordSchema.safeParse(vendor.record);
    if (!checked.success) {
      problems.push(...problemsFromZod(checked.error, rowNumber, 'record.'));
      return;
    }
    vendors.push({ ...vendor, record: checked.data });
  });
  return { vendors, problems };
}

/** "row 3, status: Must be one of …", or "field: message" for the file as a whole: how every import reports a problem. */
export function describeImportProblem(problem: ImportProblem): string {
  return problem.row === 0 ? `${problem.field}: ${problem.message}` : `row ${problem.row}, ${problem.field}: ${problem.message}`;
}
