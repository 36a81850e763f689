// npm run db:migrate — applies committed migrations to the configured database (embedded or libSQL server).
import { createDatabase } from '@/db/create-db';
import { prepareDatabase } from '@/db/prepare';
import { readEnv } from '@/lib/server/env';

async function main() {
  const env = readEnv();
  const connection = createDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
  const { seeded } = await prepareDatabase(connection);
  console.log(`Database ready at ${env.DATABASE_URL}${seeded ? ` (seeded ${seeded} apps)` : ''}.`);
  connection.client.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
