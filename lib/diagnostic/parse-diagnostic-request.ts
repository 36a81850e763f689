import { diagnosticRequestSchema } from './schemas';
import type { CatalogBySlug, DiagnosticRequest, RequestProblem } from './types';
import { validateAgainstCatalog } from './validate-against-catalog';

export type ParsedDiagnosticRequest = { success: true; data: DiagnosticRequest } | { success: false; problems: RequestProblem[] };

/** Zod shape check, then catalog checks: what the route needs to answer 400 with field paths. */
export function parseDiagnosticRequest(body: unknown, catalogBySlug: CatalogBySlug): ParsedDiagnosticRequest {
  const parsed = diagnosticRequestSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: issue.message,
    }));
    return { success: false, problems };
  }
  const problems = validateAgainstCatalog(parsed.data, catalogBySlug);
  return problems.length > 0 ? { success: false, problems } : { success: true, data: parsed.data };
}
