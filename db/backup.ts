import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';

export class BackupError extends Error {}

/**
 * A consistent copy of a live local database with `VACUUM INTO`: one read transaction sees a single snapshot,
 * so writes by a running server during the copy are either wholly in it or wholly out of it.
 */
export async function backupDatabase(client: Client, targetPath: string): Promise<void> {
  const target = resolve(targetPath);
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose another file`);
  mkdirSync(dirname(target), { recursive: true });
  await client.execute({ sql: 'VACUUM INTO ?', args: [target] });
}

/** Checks that a file is a sound ScimGap database before it replaces anything. */
export async function verifyBackup(path: string): Promise<{ apps: number; migrations: number }> {
  if (!existsSync(path)) throw new BackupError(`${path} does not exist`);
  const client = createClient({ url: `file:${resolve(path)}` });
  try {
    const integrity = await client.execute('PRAGMA integrity_check');
    const verdict = String(integrity.rows[0]?.[0] ?? '');
    if (verdict !== 'ok') throw new BackupError(`${path} fails the integrity check: ${verdict}`);
    const tables = await client.execute("select name from sqlite_master where type = 'table' and name in ('apps', '__drizzle_migrations')");
    if (tables.rows.length < 2) throw new BackupError(`${path} is not a ScimGap database (no apps or migrations table)`);
    const apps = await client.execute('select count(*) as n from apps');
    const migrations = await client.execute('select count(*) as n from __drizzle_migrations');
    return { apps: Number(apps.rows[0]?.n ?? 0), migrations: Number(migrations.rows[0]?.n ?? 0) };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${path} cannot be read as a database: ${(error as Error).message}`);
  } finally {
    client.close();
  }
}

/**
 * Puts a verified backup in place of the database file. The server must be stopped: a running process would keep
 * writing to the file it has open. The copy lands beside the target first and is renamed over it in one step.
 */
export async function restoreDatabase(backupPath: string, databasePath: string): Promise<{ apps: number }> {
  const source = resolve(backupPath);
  const target = resolve(databasePath);
  const { apps } = await verifyBackup(source);
  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.restoring`;
  copyFileSync(source, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true }); // the old log belongs to the old file
  renameSync(staging, target);
  return { apps };
}
