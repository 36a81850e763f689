import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import { parseDiagnosticRequest } from '@/lib/diagnostic/parse-diagnostic-request';
import { getCatalogBySlug } from '@/lib/server/catalog';
import { publicError, publicJson } from '@/lib/server/http';
import { readJsonValue } from '@/lib/server/json-body';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

/** POST /api/v1/diagnostic — a neutral recommendation per app (native, upgrade, outside, manual) and stack totals. */
export async function POST(request: Request) {
  const body = await readJsonValue(request);
  if (!body.ok) return publicError(body.status, body.code, body.message);
  const catalog = await getCatalogBySlug();
  const parsed = parseDiagnosticRequest(body.value, catalog);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const problem of parsed.problems) (fields[problem.path.join('.') || '(root)'] ??= []).push(problem.message);
    const first = parsed.problems[0];
    const message = first ? `${first.path.length ? `${first.path.join('.')}: ` : ''}${first.message}` : 'Invalid request';
    return publicError(400, 'bad_request', message, fields);
  }
  return publicJson(evaluateDiagnostic(parsed.data, catalog), { headers: CORS });
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS });
}
