import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@/db/create-db';
import { migrateDatabase } from '@/db/prepare';

/** A throwaway SQLite file with every migration applied. */
export async function createTestDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'scimgap-test-'));
  const url = `file:${join(dir, 'test.db')}`;
  const connection = createDatabase({ url });
  await migrateDatabase(connection);
  return {
    ...connection,
    url,
    dir,
    cleanup() {
      connection.client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
