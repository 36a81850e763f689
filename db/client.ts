import 'server-only';
import { readEnv } from '@/lib/server/env';
import { createDatabase, type Database } from './create-db';
import { prepareDatabase } from './prepare';

const env = readEnv();
const connection = createDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
let ready: Promise<unknown> | null = null;

/** The app's only connection, migrated and seeded before the first query. */
export async function getDb(): Promise<Database> {
  ready ??= prepareDatabase(connection).catch((error: unknown) => {
    ready = null; // let the next request try again instead of failing forever
    throw error;
  });
  await ready;
  return connection.db;
}
