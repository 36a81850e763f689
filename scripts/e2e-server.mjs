// Serves the production build for end-to-end tests: its own database file, build directory and port,
// so tests never touch the data of `npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const port = process.env.E2E_PORT ?? '3100';
const dbFile = join(root, 'data', 'e2e.db');
const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  NEXT_DIST_DIR: '.next-e2e',
  NEXT_TELEMETRY_DISABLED: '1',
};
const bin = (name) => join(root, 'node_modules', '.bin', name);

for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin('tsx'), ['scripts/db-migrate.ts']);
if (!process.env.E2E_SKIP_BUILD) run(bin('next'), ['build']);

const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
