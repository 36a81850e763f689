import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { expect, test } from '@playwright/test';

// Pages prerendered at build time do not know about edits made since; `npm start` expires them once the server is
// up. This runs scripts/start.mjs on the build the e2e server made, against a database edited after that build.
const PORT = 3151;
const DB_FILE = join(process.cwd(), 'data', 'e2e-restart.db');
const ENV = { ...process.env, DATABASE_URL: `file:${DB_FILE}`, NEXT_DIST_DIR: '.next-e2e', PORT: String(PORT), ADMIN_EMAIL: '', ADMIN_PASSWORD: '' };

let server: ChildProcess | null = null;

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB_FILE + suffix, { force: true });
});

test('after a restart every page shows the database as it is, not as it was at build time', async ({ playwright }) => {
  test.setTimeout(120_000);
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB_FILE + suffix, { force: true });
  const migrate = spawnSync('node_modules/.bin/tsx', ['scripts/db-migrate.ts'], { env: ENV, encoding: 'utf8' });
  expect(migrate.status, migrate.stderr).toBe(0);
  // An edit the build never saw (as if made before a restart, or by `npm run import`).
  const client = createClient({ url: `file:${DB_FILE}` });
  await client.execute("UPDATE apps SET name = 'Metabase Edited Offline', version = version + 1 WHERE slug = 'metabase'");
  client.close();

  server = spawn('node', ['scripts/start.mjs'], { env: ENV, stdio: 'ignore', detached: true });
  const request = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  await expect
    .poll(
      async () => {
        try {
          return await (await request.get('/apps/metabase')).text();
        } catch {
          return '';
        }
      },
      { timeout: 90_000, intervals: [500] },
    )
    .toContain('<title>Metabase Edited Offline SCIM:');
  expect(await (await request.get('/')).text()).toContain('Metabase Edited Offline'); // the landing page lists every app
  // The refresh endpoint answers nobody else.
  expect((await request.post('/api/internal/refresh-catalog')).status()).toBe(404);
  expect((await request.post('/api/internal/refresh-catalog', { headers: { 'x-refresh-token': 'x'.repeat(43) } })).status()).toBe(404);
  await request.dispose();
});
