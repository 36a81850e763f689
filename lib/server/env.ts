import { z } from 'zod';

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
