'use server';

import { headers } from 'next/headers';
import { APIError } from 'better-auth/api';
import { formFields, type ActionResult } from '@/lib/admin/form-results';
import { passwordChangeSchema } from '@/lib/admin/schemas';
import { issuesByPath } from '@/lib/catalog/issues';
import { getAuth } from '@/lib/server/auth';
import { getSessionUser } from '@/lib/server/session';

/** Ends the current session (its cookie is cleared by Better Auth's nextCookies plugin). */
export async function signOutAction(): Promise<ActionResult> {
  await getAuth().api.signOut({ headers: await headers() });
  return { ok: true, message: 'Signed out.' };
}

/** Changes the signed-in user's password and signs out their other sessions. */
export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again first.' };
  const parsed = passwordChangeSchema.safeParse(formFields(formData, ['currentPassword', 'newPassword', 'confirmPassword']));
  if (!parsed.success) return { ok: false, message: 'Check the fields marked below.', fieldErrors: issuesByPath(parsed.error) };
  try {
    await getAuth().api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError && (error.status === 'BAD_REQUEST' || error.status === 'UNAUTHORIZED')) {
      return { ok: false, message: 'Check the fields marked below.', fieldErrors: { currentPassword: ['This is not your current password'] } };
    }
    throw error;
  }
  return { ok: true, message: 'Password changed. Your other sessions are signed out.' };
}
