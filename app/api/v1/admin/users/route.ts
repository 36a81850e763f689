import { getDb } from '@/db/client';
import { createUserWithPassword, listUsers } from '@/db/queries/users';
import { userCreateSchema } from '@/lib/admin/schemas';
import { adminRoute, ApiError, jsonResponse, readJsonBody } from '@/lib/server/api';
import { hashNewPassword } from '@/lib/server/passwords';
import { actorOf } from '@/lib/server/session';

/** GET /api/v1/admin/users — every account (admin role only). */
export const GET = adminRoute({ role: 'admin', isMutation: false }, async () => {
  return jsonResponse({ users: await listUsers(await getDb()) });
});

/** POST /api/v1/admin/users — a new account with name, email, password and role. */
export const POST = adminRoute({ role: 'admin', isMutation: true }, async ({ request, user }) => {
  const input = await readJsonBody(request, userCreateSchema);
  const result = await createUserWithPassword(
    await getDb(),
    { name: input.name, email: input.email, role: input.role, passwordHash: await hashNewPassword(input.password) },
    actorOf(user),
  );
  if (!result.ok) throw new ApiError(409, 'email_taken', 'An account with this email exists', { fields: { email: ['An account with this email exists'] } });
  return jsonResponse({ user: result.user }, { status: 201 });
});
