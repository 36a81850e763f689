import { hashPassword } from 'better-auth/crypto';
import { emailSchema, passwordSchema } from '@/lib/admin/schemas';
import { describeIssues } from '@/lib/catalog/issues';
import type { Database } from './create-db';
import type { Actor } from './queries/audit-log';
import { createUserWithPassword, findUserByEmail, hasAdmin } from './queries/users';

export interface AdminCredentials {
  email: string;
  password: string;
  name?: string;
}

export type BootstrapResult = { created: true; email: string } | { created: false; reason: 'admin_exists' | 'email_taken' };

export class AdminCredentialsError extends Error {}

/** Validates credentials for a new admin; throws with every problem, one per line. */
export function parseAdminCredentials(input: AdminCredentials): Required<AdminCredentials> {
  const email = emailSchema.safeParse(input.email);
  const password = passwordSchema.safeParse(input.password);
  const problems = [
    ...(email.success ? [] : describeIssues(email.error, 'email')),
    ...(password.success ? [] : describeIssues(password.error, 'password')),
  ].map((line) => line.replace('(root)', ''));
  if (!email.success || !password.success) throw new AdminCredentialsError(problems.join('\n'));
  const name = input.name?.trim() || email.data.split('@')[0] || email.data;
  return { email: email.data, password: password.data, name };
}

/** Creates an admin account. Never touches an existing account: an email in use is refused. */
export async function createAdmin(db: Database, input: AdminCredentials, actor: Actor): Promise<{ ok: true; email: string } | { ok: false; reason: 'email_taken' }> {
  const credentials = parseAdminCredentials(input);
  const result = await createUserWithPassword(db, { name: credentials.name, email: credentials.email, role: 'admin', passwordHash: await hashPassword(credentials.password) }, actor);
  return result.ok ? { ok: true, email: credentials.email } : { ok: false, reason: 'email_taken' };
}

/**
 * The first admin from ADMIN_EMAIL / ADMIN_PASSWORD: created only while no admin exists yet,
 * and never over an existing account with that email.
 */
export async function bootstrapFirstAdmin(db: Database, input: AdminCredentials): Promise<BootstrapResult> {
  if (await hasAdmin(db)) return { created: false, reason: 'admin_exists' };
  const credentials = parseAdminCredentials(input);
  if (await findUserByEmail(db, credentials.email)) return { created: false, reason: 'email_taken' };
  const result = await createAdmin(db, credentials, { id: null, name: 'First start (ADMIN_EMAIL)', email: null });
  return result.ok ? { created: true, email: result.email } : { created: false, reason: 'email_taken' };
}
