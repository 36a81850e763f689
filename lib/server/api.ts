import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { connection } from 'next/server';
import type { z } from 'zod';
import { roleAllows, type Role } from '@/lib/admin/roles';
import { describeIssues, issuesByPath } from '@/lib/catalog/issues';
import { listFromEnv, readEnv } from './env';
import { MAX_JSON_BODY_BYTES, readJsonValue } from './json-body';
import { isAllowedOrigin, originOf } from './origin';
import { getSessionUser, type SessionUser } from './session';


/** An error a client caused or may act on; rendered as `{ "error": { "code", "message", … } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  return Response.json(data, { ...init, headers: { ...NO_STORE, ...init.headers } });
}

export function errorResponse(error: ApiError): Response {
  return jsonResponse({ error: { code: error.code, message: error.message, ...error.details } }, { status: error.status });
}

export function validationError(error: z.ZodError, message = 'The request is invalid'): ApiError {
  // `problems` repeats `fields` as lines a person reads: "apps[3].plans[1].price.monthlyPerSeat: Must be a number".
  return new ApiError(400, 'validation_failed', message, { fields: issuesByPath(error), problems: describeIssues(error).slice(0, 200) });
}

function trustedOrigins(): string[] {
  const env = readEnv();
  return [env.BETTER_AUTH_URL, ...listFromEnv(env.TRUSTED_ORIGINS)].flatMap((url) => (url ? [originOf(url) ?? url] : []));
}

/** Reads a JSON body: 415 unless JSON, 413 when over the limit, 400 when malformed or invalid. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  { maxBytes = MAX_JSON_BODY_BYTES, invalidMessage = 'The request body is invalid' } = {},
): Promise<z.output<S>> {
  const body = await readJsonValue(request, maxBytes);
  if (!body.ok) throw new ApiError(body.status, body.code, body.message);
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) throw validationError(parsed.error, invalidMessage);
  return parsed.data;
}

export interface AdminRouteOptions {
  role: Role;
  /** Mutations refuse a foreign Origin (CSRF). */
  isMutation: boolean;
}

export interface AdminRouteContext<P> {
  request: Request;
  user: SessionUser;
  params: P;
}

/**
 * Wraps an admin route handler: Origin check for mutations (403), session (401), role (403),
 * then the handler; ApiErrors become the error envelope, anything else a logged 500.
 */
export function adminRoute<P = Record<string, never>>(options: AdminRouteOptions, handler: (context: AdminRouteContext<P>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    await connection(); // per request, never prerendered at build time
    try {
      if (options.isMutation && !isAllowedOrigin(request.headers, trustedOrigins())) {
        throw new ApiError(403, 'forbidden_origin', 'This request comes from another site');
      }
      const user = await getSessionUser(request.headers);
      if (!user) throw new ApiError(401, 'unauthenticated', 'Sign in first: send the session cookie of /api/auth/sign-in/email');
      if (!roleAllows(user.role, options.role)) throw new ApiError(403, 'forbidden', `This needs the ${options.role} role`);
      return await handler({ request, user, params: await context.params });
    } catch (error) {
      unstable_rethrow(error); // Next's own control flow (redirects, dynamic bail-outs) is not ours to swallow
      if (error instanceof ApiError) return errorResponse(error);
      console.error('Admin API error', error);
      return errorResponse(new ApiError(500, 'internal_error', 'Something failed on our side; nothing was changed'));
    }
  };
}
