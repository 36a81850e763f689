import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import * as schema from './schema';

export interface DatabaseOptions {
  url: string;
  authToken?: string;
  busyTimeoutMs?: number;
}

/** A local `file:` URL's path, or null for a remote libSQL server or memory. */
export function localDatabasePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  return resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
}

export function createDatabase({ url, authToken, busyTimeoutMs = 5_000 }: DatabaseOptions) {
  const path = localDatabasePath(url);
  if (path) mkdirSync(dirname(path), { recursive: true }); // libsql cannot create missing directories
  // `timeout` sets busy_timeout on every pooled connection; a PRAGMA would reach only one of them.
  const client: Client = createClient({ url, authToken, timeout: busyTimeoutMs });
  return { client, db: drizzle(client, { schema }), isLocalFile: path !== null };
}

export type Database = ReturnType<typeof createDatabase>['db'];
/** A transaction handle: queries accept either the database or a transaction. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Transaction;
