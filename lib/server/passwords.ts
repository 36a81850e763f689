import 'server-only';
import { getAuth } from './auth';

/** Hashes a new password the way Better Auth verifies it at sign-in. */
export async function hashNewPassword(password: string): Promise<string> {
  const context = await getAuth().$context;
  return context.password.hash(password);
}
