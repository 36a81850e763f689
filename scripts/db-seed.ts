// npm run db:seed — migrates the configured database and loads the bundled catalog (idempotent).
import { createDatabase } from '@/db/create-db';
import { migrateDatabase } from '@/db/prepare';
import { loadSeed, SeedValidationError, seedCatalog } from '@/db/seed';
import { readEnv } from '@/lib/server/env';

async function main() {
  const env = readEnv();
  const seed = loadSeed();
  const connection = createDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
  await migrateDatabase(connection);
  const result = await seedCatalog(connection.db, seed);
  console.log(`Seeded ${env.DATABASE_URL}: ${result.inserted} apps added, ${result.skipped} already present.`);
  connection.client.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
