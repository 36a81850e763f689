import { getDb } from '@/db/client';
import { FailureThrottle } from '@/lib/admin/failure-throttle';
import { getAuth } from '@/lib/server/auth';

// 10 wrong passwords for one account in 15 minutes lock that account's sign-in until the window
// ends, whatever IP address the attempts claim to come from (Better Auth limits per IP).
const failedSignIns = new FailureThrottle(10, 15 * 60 * 1000);

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body: unknown = await request.clone().json();
    const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : null;
    return typeof email === 'string' ? email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

async function signIn(request: Request): Promise<Response> {
  const email = await emailOf(request);
  const wait = email ? failedSignIns.retryAfterSeconds(email) : 0;
  if (email && wait > 0) {
    return Response.json(
      { code: 'TOO_MANY_FAILED_ATTEMPTS', message: `Too many failed attempts for this account. Try again in ${Math.ceil(wait / 60)} minutes.` },
      { status: 429, headers: { 'Retry-After': String(wait), 'X-Retry-After': String(wait) } },
    );
  }
  const response = await getAuth().handler(request);
  if (email && response.status === 401) failedSignIns.recordFailure(email);
  if (email && response.ok) failedSignIns.recordSuccess(email);
  return response;
}

// Better Auth's endpoints (sign-in, sign-out, session, password change), rate limited by Better Auth.
async function handle(request: Request): Promise<Response> {
  await getDb(); // the auth tables exist once migrations ran
  if (request.method === 'POST' && new URL(request.url).pathname === '/api/auth/sign-in/email') return signIn(request);
  return getAuth().handler(request);
}

export { handle as GET, handle as POST };
