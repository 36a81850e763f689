import 'server-only';
import { drizzle } from 'drizzle-orm/libsql';
import { firstAdminFromEnv, readEnv } from '@/lib/server/env';
import { createDatabase, type Database } from './create-db';
import { describeFirstAdmin, prepareDatabase } from './prepare';
import * as schema from './schema';
import { serialisedClient } from './write-lock';

const env = readEnv();
const connection = createDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
let ready: Promise<unknown> | null = null;

/** The app's only connection, migrated and seeded (and its first admin created) before the first query. */
export async function getDb(): Promise<Database> {
  ready ??= prepareDatabase(connection, { firstAdmin: firstAdminFromEnv(env) })
    .then((result) => {
      const message = describeFirstAdmin(result.firstAdmin);
      if (message) console.info(message);
    })
    .catch((error: unknown) => {
      ready = null; // let the next request try again instead of failing forever
      throw error;
    });
  await ready;
  return connection.db;
}

let authDb: Database | null = null;

/**
 * The same database for Better Auth's adapter, whose statements wait for the write lock (see
 * db/write-lock.ts). Await getDb() first so that the tables exist.
 */
export function getAuthDatabase(): Database {
  authDb ??= drizzle(serialisedClient(connection.client), { schema });
  return authDb;
}
