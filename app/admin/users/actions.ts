'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { createUserWithPassword, updateUser } from '@/db/queries/users';
import { formFields, type ActionResult } from '@/lib/admin/form-results';
import { userCreateSchema, userUpdateSchema } from '@/lib/admin/schemas';
import { userUpdateRefusal } from '@/lib/admin/user-rules';
import { issuesByPath } from '@/lib/catalog/issues';
import { hashNewPassword } from '@/lib/server/passwords';
import { actorOf, authorize } from '@/lib/server/session';

/** Creates an account (editor or admin) with a first password the admin hands over. */
export async function createUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorize('admin');
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = userCreateSchema.safeParse(formFields(formData, ['name', 'email', 'password', 'role']));
  if (!parsed.success) return { ok: false, message: 'Check the fields marked below.', fieldErrors: issuesByPath(parsed.error) };
  const { password, ...rest } = parsed.data;
  const result = await createUserWithPassword(await getDb(), { ...rest, passwordHash: await hashNewPassword(password) }, actorOf(auth.user));
  if (!result.ok) return { ok: false, message: 'Check the fields marked below.', fieldErrors: { email: ['An account with this email exists'] } };
  revalidatePath('/admin/users');
  return { ok: true, message: `Account created for ${result.user.email} (${result.user.role}). Give them the password through a channel you trust.` };
}

/** Changes an account's role or disables / enables it (disabling signs it out everywhere). */
export async function updateUserAction(id: unknown, update: unknown): Promise<ActionResult> {
  const auth = await authorize('admin');
  if (!auth.ok) return { ok: false, message: auth.message };
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) return { ok: false, message: 'Unknown account.' };
  const parsed = userUpdateSchema.safeParse(update);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid change.' };
  const refusal = userUpdateRefusal(auth.user.id, id, parsed.data);
  if (refusal) return { ok: false, message: `${refusal.message}.` };
  const result = await updateUser(await getDb(), id, parsed.data, actorOf(auth.user));
  if (!result.ok) {
    return { ok: false, message: result.reason === 'not_found' ? 'Unknown account.' : 'This is the last active admin: make someone else an admin first.' };
  }
  revalidatePath('/admin/users');
  const { user } = result;
  return { ok: true, message: `${user.name}: ${user.role ?? 'no role'}, ${user.disabled ? 'disabled (signed out everywhere)' : 'active'}.` };
}
