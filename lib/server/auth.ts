import 'server-only';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { adminAc, userAc } from 'better-auth/plugins/admin/access';
import { getAuthDatabase } from '@/db/client';
import { authSchema } from '@/db/schema';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/admin/schemas';
import { resolveAuthSecret } from './auth-secret';
import { listFromEnv, readEnv } from './env';
import { originOf, ownOrigins } from './origin';

/** A session lasts 12 hours from its last use, refreshed at most once an hour. */
export const SESSION_EXPIRES_IN_SECONDS = 12 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60;
/** Sign-in attempts per client IP: 5 a minute, then 429 until the minute is over. */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 5 } as const;

// Everything the admin plugin would serve over HTTP is done by our own audited queries
// (db/queries/users.ts), so its routes stay closed; nobody signs themselves up either.
const DISABLED_PATHS = [
  '/sign-up/email',
  '/update-user',
  '/delete-user',
  '/change-email',
  '/admin/create-user',
  '/admin/list-users',
  '/admin/get-user',
  '/admin/update-user',
  '/admin/set-role',
  '/admin/ban-user',
  '/admin/unban-user',
  '/admin/impersonate-user',
  '/admin/stop-impersonating',
  '/admin/list-user-sessions',
  '/admin/revoke-user-session',
  '/admin/revoke-user-sessions',
  '/admin/remove-user',
  '/admin/set-user-password',
  '/admin/has-permission',
];

function createAuth() {
  const env = readEnv();
  const publicUrl = env.BETTER_AUTH_URL;
  const configuredOrigins = [publicUrl, ...listFromEnv(env.TRUSTED_ORIGINS)].flatMap((url) => (url ? [originOf(url) ?? url] : []));
  const trustedProxies = listFromEnv(env.TRUSTED_PROXIES);
  return betterAuth({
    appName: 'ScimGap',
    secret: resolveAuthSecret(env),
    // Without a configured public URL, the site answers on whatever host it is reached by.
    baseURL: publicUrl ?? `http://localhost:${process.env.PORT ?? '3000'}`,
    trustedOrigins: (request) => [...configuredOrigins, ...(request ? ownOrigins(request.headers) : [])],
    database: drizzleAdapter(getAuthDatabase(), { provider: 'sqlite', schema: authSchema }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: SESSION_EXPIRES_IN_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    rateLimit: {
      enabled: true,
      storage: 'memory', // one server process; counters reset on restart
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': SIGN_IN_RATE_LIMIT, '/change-password': SIGN_IN_RATE_LIMIT },
    },
    advanced: {
      cookiePrefix: 'scimgap',
      // Secure cookies exactly when the site is served over HTTPS, which BETTER_AUTH_URL declares.
      useSecureCookies: publicUrl?.startsWith('https://') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ipAddress: trustedProxies.length > 0 ? { ipAddressHeaders: ['x-forwarded-for'], trustedProxies } : { ipAddressHeaders: ['x-forwarded-for'] },
    },
    disabledPaths: DISABLED_PATHS,
    telemetry: { enabled: false },
    plugins: [
      admin({ defaultRole: 'editor', adminRoles: ['admin'], roles: { admin: adminAc, editor: userAc } }),
      nextCookies(), // must stay last: it writes the cookies of server-side auth calls
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
let instance: Auth | null = null;

/** Better Auth, created on first use (never at build time, which must not need a secret). */
export function getAuth(): Auth {
  instance ??= createAuth();
  return instance;
}
