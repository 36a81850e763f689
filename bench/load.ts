// npm run load — 50 readers (home, catalog, profiles, search API) and 5 admin writers against the
// production build for LOAD_SECONDS (default 60) seconds, on a fresh seeded database of its own.
// Reports requests, latency percentiles, 5xx answers and lost writes (every acknowledged save is checked
// in the database file afterwards); exits 1 on any 5xx or lost write. Not part of npm test.
// LOAD_PORT (default 3400), LOAD_READERS (50), LOAD_WRITERS (5), LOAD_SKIP_BUILD=1 to reuse .next-load.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { build, hasBuild, load, removeDatabase, ROOT, round, run, startServer, envFor, type Target } from './lib';
import { findLostWrites, runWriters } from './load-writers';
import { signIn } from './writes';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const READERS = Number(process.env.LOAD_READERS ?? 50);
const WRITERS = Number(process.env.LOAD_WRITERS ?? 5);
const TARGET: Target = { distDir: '.next-load', dbFile: 'data/load.db', port: Number(process.env.LOAD_PORT ?? 3400) };
/** Three apps for five writers: they overlap, so version conflicts and retries happen. */
const WRITTEN_APPS = 3;
const ADMIN = { email: process.env.BENCH_ADMIN_EMAIL ?? 'bench-admin@example.com', password: process.env.BENCH_ADMIN_PASSWORD ?? 'bench-admin-password-123' };

async function main() {
  const startedAt = new Date();
  if (process.env.LOAD_SKIP_BUILD === '1' && hasBuild(TARGET.distDir)) {
    removeDatabase(TARGET.dbFile);
    run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/db-migrate.ts'], envFor(TARGET));
  } else {
    build(TARGET, { fresh: true });
  }
  const server = await startServer(TARGET, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'Load Writer' });
  let exitCode = 0;
  try {
    const base = server.baseUrl;
    const cookie = await signIn(base, ADMIN);
    const listed = (await (await fetch(`${base}/api/v1/admin/apps`, { headers: { cookie } })).json()) as { apps: { slug: string; version: number }[] };
    const written = listed.apps.slice(0, WRITTEN_APPS);
    const initialVersions = Object.fromEntries(written.map((app) => [app.slug, app.version]));
    const profiles = listed.apps.filter((_, index) => index % 4 === 0).slice(0, 20).map((app) => `/apps/${app.slug}`);
    const readPaths = [
      '/',
      '/apps',
      ...profiles,
      ...written.map((app) => `/apps/${app.slug}`), // pages whose data changes under the readers
      '/api/v1/apps?q=meta&seats=10',
      '/api/v1/apps?q=slack&seats=250&billing=annual',
      '/api/v1/apps?idp=groups:okta&limit=100',
      '/api/v1/apps?q=a&sort=increase-desc&limit=50',
    ];
    for (const path of readPaths) await fetch(base + path); // first visits fill the cache, as after a deploy

    console.log(`Load: ${READERS} readers over ${readPaths.length} URLs and ${WRITERS} writers over ${written.length} apps for ${SECONDS} s on ${cpus().length} cores…`);
    const [reads, writes] = await Promise.all([
      load(readPaths.map((path) => base + path), { connections: READERS, seconds: SECONDS, warmupSeconds: 0 }),
      runWriters(base, cookie, written.map((app) => app.slug), { writers: WRITERS, seconds: SECONDS }),
    ]);
    await server.stop();
    const lost = await findLostWrites(join(ROOT, TARGET.dbFile), initialVersions, writes);

    const report = {
      startedAt: startedAt.toISOString(),
      seconds: SECONDS,
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
      reads: { connections: READERS, urls: readPaths.length, requests: reads.requests, requestsPerSecond: round(reads.requestsPerSecond), latencyP50Ms: reads.latencyP50Ms, latencyP99Ms: reads.latencyP99Ms, status5xx: reads.status5xx, statusCodes: reads.statusCodes, unexpectedOrErrors: reads.errors },
      writes: { writers: WRITERS, apps: written.length, acknowledged: writes.acknowledged, conflictsRetried: writes.conflicts, status5xx: writes.status5xx, otherFailures: writes.otherFailures, failureSamples: writes.failureSamples, saveLatencyMs: writes.saveLatencyMs, savesPerApp: writes.savesPerApp },
      lostWrites: lost,
    };
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    const file = join(ROOT, 'bench', 'results', `load-${startedAt.toISOString().replaceAll(':', '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

    const total5xx = reads.status5xx + writes.status5xx;
    console.log(`Reads:  ${reads.requests} requests (${round(reads.requestsPerSecond)}/s), p50 ${reads.latencyP50Ms} ms, p99 ${reads.latencyP99Ms} ms, 5xx ${reads.status5xx}, statuses ${JSON.stringify(reads.statusCodes)}, errors or unexpected statuses ${reads.errors}`);
    console.log(`Writes: ${writes.acknowledged} acknowledged saves (${Object.entries(writes.savesPerApp).map(([slug, count]) => `${slug} ${count}`).join(', ')}), ${writes.conflicts} conflicts retried, p50 ${writes.saveLatencyMs.p50} ms, p99 ${writes.saveLatencyMs.p99} ms, 5xx ${writes.status5xx}, other failures ${writes.otherFailures}`);
    console.log(`Lost writes: ${lost.total}${lost.total > 0 ? ` (${[...lost.missingLines, ...lost.versionMismatches, ...lost.auditMismatches].join('; ')})` : ''}`);
    console.log(`Report: ${file}`);
    if (total5xx > 0 || lost.total > 0 || writes.otherFailures > 0 || reads.errors > 0) exitCode = 1;
  } finally {
    await server.stop();
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
