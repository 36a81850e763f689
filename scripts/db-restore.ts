// npm run db:restore -- --from FILE — replaces the embedded database with a backup. Stop the server first.
import { parseArgs } from 'node:util';
import { BackupError, restoreDatabase } from '@/db/backup';
import { localDatabasePath } from '@/db/create-db';
import { readEnv } from '@/lib/server/env';

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  if (!values.from) throw new BackupError('Name the backup to restore: npm run db:restore -- --from data/backups/FILE.db');
  const env = readEnv();
  const target = localDatabasePath(env.DATABASE_URL);
  if (!target) throw new BackupError(`${env.DATABASE_URL} is not a local file; restore a libSQL server with its own tools.`);
  const { apps } = await restoreDatabase(values.from, target);
  console.log(`Restored ${values.from} to ${target} (${apps} apps). Start the server again to serve it.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
