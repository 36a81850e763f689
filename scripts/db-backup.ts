// npm run db:backup [-- --out FILE] — a consistent copy of the (possibly running) embedded database.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, BackupError, verifyBackup } from '@/db/backup';
import { createDatabase, localDatabasePath } from '@/db/create-db';
import { readEnv } from '@/lib/server/env';

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const env = readEnv();
  if (!localDatabasePath(env.DATABASE_URL)) {
    throw new BackupError(`${env.DATABASE_URL} is not a local file; back up a libSQL server with its own tools (for Turso: turso db shell … .dump).`);
  }
  const out = values.out ?? join('data', 'backups', `scimgap-${new Date().toISOString().replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}.db`);
  const { client } = createDatabase({ url: env.DATABASE_URL, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
  await backupDatabase(client, out);
  client.close();
  const { apps } = await verifyBackup(out);
  console.log(`Backed up ${env.DATABASE_URL} to ${out} (${apps} apps, integrity ok).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
