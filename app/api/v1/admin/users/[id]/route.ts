import { getDb } from '@/db/client';
import { updateUser } from '@/db/queries/users';
import { userUpdateSchema } from '@/lib/admin/schemas';
import { adminRoute, ApiError, jsonResponse, readJsonBody } from '@/lib/server/api';
import { userUpdateRefusal } from '@/lib/admin/user-rules';
import { actorOf } from '@/lib/server/session';

/** PATCH /api/v1/admin/users/{id} — { role?, disabled? }. Disabling revokes the account's sessions. */
export const PATCH = adminRoute<{ id: string }>({ role: 'admin', isMutation: true }, async ({ request, params, user }) => {
  const update = await readJsonBody(request, userUpdateSchema);
  const refusal = userUpdateRefusal(user.id, params.id, update);
  if (refusal) throw new ApiError(409, refusal.code, refusal.message);
  const result = await updateUser(await getDb(), params.id, update, actorOf(user));
  if (!result.ok) {
    if (result.reason === 'not_found') throw new ApiError(404, 'not_found', 'No such account');
    throw new ApiError(409, 'last_admin', 'This is the last active admin: make someone else an admin first');
  }
  return jsonResponse({ user: result.user });
});
