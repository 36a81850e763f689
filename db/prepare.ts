import { resolve } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { bootstrapFirstAdmin, type AdminCredentials, type BootstrapResult } from './bootstrap-admin';
import type { createDatabase } from './create-db';
import { countApps } from './queries/apps';
import { hasImported } from './queries/open-data';
import { BUNDLED_OPEN_DATA, seedCatalog } from './seed';

export const MIGRATIONS_DIR = resolve(process.cwd(), 'db/migrations');

type Connection = ReturnType<typeof createDatabase>;

/** WAL for local files, then every committed migration. */
export async function migrateDatabase({ client, db, isLocalFile }: Connection): Promise<void> {
  if (isLocalFile) await client.execute('PRAGMA journal_mode = WAL'); // readers never block the writer
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}

export interface PrepareOptions {
  /** ADMIN_EMAIL / ADMIN_PASSWORD: an admin created only while the database has none. */
  firstAdmin?: AdminCredentials;
}

export interface PrepareResult {
  seeded: number;
  firstAdmin: BootstrapResult | null;
}

/**
 * Brings a database to the current schema, seeds the catalog when it holds no app (or, after an upgrade, imports
 * the bundled open data it never had), and bootstraps the first admin.
 */
export async function prepareDatabase(connection: Connection, { firstAdmin }: PrepareOptions = {}): Promise<PrepareResult> {
  await migrateDatabase(connection);
  let seeded = 0;
  const isEmpty = (await countApps(connection.db)) === 0;
  // Asks the database first: the bundled files are read and parsed only when one of them is still to import.
  let lacksOpenData = false;
  for (const { dataset } of BUNDLED_OPEN_DATA) if (!(await hasImported(connection.db, dataset))) lacksOpenData = true;
  if (isEmpty || lacksOpenData) seeded = (await seedCatalog(connection.db)).inserted;
  const admin = firstAdmin ? await bootstrapFirstAdmin(connection.db, firstAdmin) : null;
  return { seeded, firstAdmin: admin };
}

/** One line for the log about what ADMIN_EMAIL did, or null when there is nothing to say. */
export function describeFirstAdmin(result: BootstrapResult | null): string | null {
  if (!result) return null;
  if (result.created) return `Created the first admin account ${result.email} from ADMIN_EMAIL / ADMIN_PASSWORD.`;
  if (result.reason === 'email_taken') return 'ADMIN_EMAIL names an existing account: it was left as it is, and no admin was created.';
  return null; // an admin exists: ADMIN_EMAIL / ADMIN_PASSWORD are ignored, as documented
}
