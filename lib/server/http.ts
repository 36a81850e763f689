import 'server-only';
import type { z } from 'zod';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
} as const;

/** JSON for the public read-only API: open to every origin, never carries account data. */
export function publicJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...CORS_HEADERS, ...init.headers } });
}

export function publicError(status: number, code: string, message: string, fields?: Record<string, string[]>): Response {
  return publicJson({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** "seats.2: Seats must be a whole number…" for the message; every path with its messages for `fields`. */
export function describeZodError(error: z.ZodError): { message: string; fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(root)';
    (fields[path] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  const message = first ? `${first.path.length ? `${first.path.map(String).join('.')}: ` : ''}${first.message}` : 'Invalid request';
  return { message, fields };
}

export function badRequest(error: z.ZodError): Response {
  const { message, fields } = describeZodError(error);
  return publicError(400, 'bad_request', message, fields);
}

/** Query parameters as a plain object; a repeated key keeps its last value. */
export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
