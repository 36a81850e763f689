import { getDb } from '@/db/client';
import { listAuditEntries } from '@/db/queries/audit-log';
import { historyQuerySchema } from '@/lib/admin/schemas';
import { describeAuditEntry } from '@/lib/admin/audit-description';
import { adminRoute, jsonResponse, validationError } from '@/lib/server/api';

/** GET /api/v1/admin/history?app=&user=&from=&to=&limit= — newest first, with before, after and readable changes. */
export const GET = adminRoute({ role: 'editor', isMutation: false }, async ({ request, user }) => {
  const query = historyQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error, 'The query is invalid');
  const entries = await listAuditEntries(await getDb(), {
    appSlug: query.data.app,
    actorId: query.data.user,
    from: query.data.from,
    to: query.data.to,
    limit: query.data.limit ?? 100,
    catalogOnly: user.role !== 'admin', // account changes are for admins
  });
  return jsonResponse({ entries: entries.map((entry) => ({ ...entry, changes: describeAuditEntry(entry).changes })) });
});
