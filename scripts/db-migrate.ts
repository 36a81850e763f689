// npm run db:migrate — applies committed migrations to the configured database (embedded or libSQL server),
// seeds an empty catalog, and creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD while none exists.
import { createDatabase } from '@/db/create-db';
import { describeFirstAdmin, prepareDatabase } from '@/db/prepare';
import { firstAdminFromEnv, readEnv } from '@/lib/server/env';

async function main() {
  const env = readEnv();
  const connection = createDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
  const { seeded, firstAdmin } = await prepareDatabase(connection, { firstAdmin: firstAdminFromEnv(env) });
  console.log(`Database ready at ${env.DATABASE_URL}${seeded ? ` (seeded ${seeded} apps)` : ''}.`);
  const message = describeFirstAdmin(firstAdmin);
  if (message) console.log(message);
  connection.client.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
