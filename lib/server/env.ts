import { z } from 'zod';

const optionalString = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:|:memory:)/, 'DATABASE_URL must start with file:, libsql:, http(s): or ws(s):')
    .default('file:./data/scimgap.db'),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  /** Public address of this deployment, for absolute links such as badge snippets. */
  SITE_URL: z.url({ protocol: /^https?$/, message: 'SITE_URL must be an http(s) URL' }).default('http://localhost:3000'),
  /** Milliseconds a write waits for SQLite's lock before failing. */
  DATABASE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /** Signs session cookies. Required when BETTER_AUTH_URL names a public host; generated under ./data otherwise. */
  BETTER_AUTH_SECRET: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters').optional()),
  /** The public URL of the site, e.g. https://scimgap.example.org. Unset: the host each request names. */
  BETTER_AUTH_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^https?$/, message: 'BETTER_AUTH_URL must be an http(s) URL' }).optional(),
  ),
  /** More origins allowed to send admin mutations, comma-separated. */
  TRUSTED_ORIGINS: optionalString,
  /** Client IPs come from X-Forwarded-For only through these proxies (comma-separated IPs or CIDRs). */
  TRUSTED_PROXIES: optionalString,
  /** First admin, created at start while no admin exists yet. */
  ADMIN_EMAIL: optionalString,
  ADMIN_PASSWORD: optionalString,
  ADMIN_NAME: optionalString,
  /** Set by npm start for this process only: lets it expire cached pages once the server is up (see app/api/internal). */
  CATALOG_REFRESH_TOKEN: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(32).optional()),
});

export type Env = z.infer<typeof envSchema>;

/** Reads and validates the server's configuration; a bad value stops the process with a clear message. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The first admin's credentials from the environment, when both are set. */
export function firstAdminFromEnv(env: Env): { email: string; password: string; name?: string } | undefined {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return undefined;
  return { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, name: env.ADMIN_NAME };
}

export function listFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
