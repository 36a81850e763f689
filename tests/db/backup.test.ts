import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, BackupError, restoreDatabase, verifyBackup } from '@/db/backup';
import { createDatabase } from '@/db/create-db';
import { prepareDatabase } from '@/db/prepare';
import { countApps, getAppProfile } from '@/db/queries/apps';
import { createTestDatabase } from '../support/test-db';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

describe('backup and restore', () => {
  it('copies a live database consistently while it is being written, and puts it back', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.cleanup);
    await prepareDatabase(database);
    const before = await countApps(database.db);

    // Writes keep landing while the backup runs; the copy holds a single snapshot either way.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        await database.client.execute({ sql: "update apps set verified_at = ? where slug = 'metabase'", args: [`2026-01-${String((n % 28) + 1).padStart(2, '0')}`] });
        n += 1;
      }
      return n;
    })();
    const backupPath = join(database.dir, 'backup.db');
    await backupDatabase(database.client, backupPath);
    writing = false;
    expect(await writer).toBeGreaterThan(0);
    expect(await verifyBackup(backupPath)).toMatchObject({ apps: before });

    // Damage the live data, then restore onto a closed file.
    await database.client.execute("delete from apps where slug <> 'metabase'");
    expect(await countApps(database.db)).toBe(1);
    database.client.close();
    const dbPath = database.url.slice('file:'.length);
    await restoreDatabase(backupPath, dbPath);
    const reopened = createDatabase({ url: database.url });
    try {
      expect(await countApps(reopened.db)).toBe(before);
      expect((await getAppProfile(reopened.db, 'metabase'))?.plans).toHaveLength(4);
      const integrity = await reopened.client.execute('PRAGMA integrity_check');
      expect(integrity.rows[0]?.[0]).toBe('ok');
    } finally {
      reopened.client.close();
    }
  });

  it('refuses to overwrite an existing backup or restore a file that is not a database', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.cleanup);
    const path = join(database.dir, 'copy.db');
    await backupDatabase(database.client, path);
    await expect(backupDatabase(database.client, path)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(join(database.dir, 'missing.db'), join(database.dir, 'x.db'))).rejects.toThrow(/does not exist/);
    const junk = join(database.dir, 'junk.db');
    (await import('node:fs')).writeFileSync(junk, 'not a database');
    await expect(restoreDatabase(junk, join(database.dir, 'x.db'))).rejects.toThrow(BackupError);
  });

  it('runs as npm scripts: db:backup then db:restore', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.cleanup);
    await prepareDatabase(database);
    database.client.close();
    const env = { ...process.env, DATABASE_URL: database.url };
    const out = join(database.dir, 'cli-backup.db');
    const backup = spawnSync('npx', ['tsx', 'scripts/db-backup.ts', '--out', out], { env, encoding: 'utf8' });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('integrity ok');
    const restore = spawnSync('npx', ['tsx', 'scripts/db-restore.ts', '--from', out], { env, encoding: 'utf8' });
    expect(restore.status, restore.stderr).toBe(0);
    const missing = spawnSync('npx', ['tsx', 'scripts/db-restore.ts'], { env, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Name the backup to restore');
  }, 60_000); // three tsx processes; slow on a busy 2-core machine
});
