import { resolve } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { createDatabase } from './create-db';
import { countApps } from './queries/apps';
import { seedCatalog } from './seed';

export const MIGRATIONS_DIR = resolve(process.cwd(), 'db/migrations');

type Connection = ReturnType<typeof createDatabase>;

/** WAL for local files, then every committed migration. */
export async function migrateDatabase({ client, db, isLocalFile }: Connection): Promise<void> {
  if (isLocalFile) await client.execute('PRAGMA journal_mode = WAL'); // readers never block the writer
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}

/** Brings a database to the current schema and seeds the catalog when it holds no app. */
export async function prepareDatabase(connection: Connection): Promise<{ seeded: number }> {
  await migrateDatabase(connection);
  if ((await countApps(connection.db)) > 0) return { seeded: 0 };
  const { inserted } = await seedCatalog(connection.db);
  return { seeded: inserted };
}
