import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isLocalUrl } from './origin';

export const GENERATED_SECRET_FILE = resolve(process.cwd(), 'data', 'auth-secret');

function readSecretFile(file: string): string | null {
  try {
    const secret = readFileSync(file, 'utf8').trim();
    return secret.length >= 32 ? secret : null;
  } catch {
    return null;
  }
}

/**
 * BETTER_AUTH_SECRET when set. A deployment that names a public URL must set it (a secret in a
 * file next to the database is not how real deployments keep secrets). For the zero-config
 * `npm start`, a random secret is generated once and kept in ./data/auth-secret (git-ignored).
 */
export function resolveAuthSecret(env: { BETTER_AUTH_SECRET?: string; BETTER_AUTH_URL?: string }, file = GENERATED_SECRET_FILE): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.BETTER_AUTH_URL && !isLocalUrl(env.BETTER_AUTH_URL)) {
    throw new Error(`BETTER_AUTH_SECRET is required when BETTER_AUTH_URL names a public host (${env.BETTER_AUTH_URL}). Generate one with: openssl rand -base64 32`);
  }
  const existing = readSecretFile(file);
  if (existing) return existing;
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    const raced = readSecretFile(file); // another process wrote it first
    if (raced) return raced;
    throw new Error(`${file} holds no usable secret (at least 32 characters) and cannot be replaced: delete it, or set BETTER_AUTH_SECRET.`);
  }
}
