// npm start — prepares the database, builds the production bundle when it is missing or older than
// the sources, then serves it on $PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const port = process.env.PORT ?? '3000';
// For this process only: lets the server be told, once it is up, to expire pages cached before the restart.
const refreshToken = randomBytes(32).toString('base64url');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CATALOG_REFRESH_TOKEN: refreshToken };
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

/**
 * Pages prerendered at build time and the cache's record of expired tags are not kept across restarts, while
 * edits and imports are in the database: once the server answers, expire the catalog's cached pages.
 */
async function refreshCachedPages() {
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      const response = await fetch(`${base}/api/internal/refresh-catalog`, { method: 'POST', headers: { 'x-refresh-token': refreshToken } });
      if (response.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error('Could not refresh cached pages after start: pages may show the catalog as it was at build time until the next edit.');
}
void refreshCachedPages();
