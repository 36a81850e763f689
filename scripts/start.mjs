// npm start — prepares the database, builds the production bundle when it is missing or older than
// the sources, then serves it on $PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const port = process.env.PORT ?? '3000';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const SOURCES = ['app', 'components', 'lib', 'db', 'public', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
const SKIP = new Set(['seed', 'node_modules']);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

run(bin('tsx'), ['scripts/db-migrate.ts']);

const buildId = join(root, distDir, 'BUILD_ID');
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? 'No production build yet: building…' : 'Sources changed since the last build: rebuilding…');
  run(bin('next'), ['build']);
}

const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
