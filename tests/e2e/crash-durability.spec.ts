import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';

// Kills the production server with SIGKILL in the middle of a burst of admin saves, three times, and
// checks after each crash that the database file is intact and holds every save the server had
// acknowledged (with its audit entry), and at most the one save per writer that was in flight.
// A second server runs from a copy of the e2e build on its own port and database file, so the
// suite's server and data are untouched. SIGKILL is a process crash, not a power cut: the OS
// still holds what SQLite wrote, which is what WAL mode promises to survive.
const ROOT = process.cwd();
const BUILD = '.next-e2e'; // built by scripts/e2e-server.mjs before any test runs
const COPY = '.next-crash';
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const BASE = `http://127.0.0.1:${PORT}`;
const CRASHES = 3;
const WRITERS = 6;
const ACKS_BEFORE_KILL = 12;
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

test.describe.configure({ timeout: 300_000 });

interface Save {
  version: number;
  marker: string;
}

interface WriterLog {
  slug: string;
  acknowledged: Save[];
  /** The save that was sent when the server died (it may or may not have committed). */
  inFlight: string | null;
}

test('admin saves acknowledged before a SIGKILL are all there after restart, and the database is intact', async () => {
  expect(existsSync(join(ROOT, BUILD, 'BUILD_ID')), `${BUILD} is built by the e2e web server`).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'scimgap-crash-'));
  const dbFile = join(dir, 'crash.db');
  rmSync(join(ROOT, COPY), { recursive: true, force: true });
  // A copy, because a running server writes regenerated pages into its build directory.
  cpSync(join(ROOT, BUILD), join(ROOT, COPY), { recursive: true, verbatimSymlinks: true, filter: (source) => !source.startsWith(join(ROOT, BUILD, 'cache')) });
  const env = {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    NEXT_DIST_DIR: COPY,
    NEXT_TELEMETRY_DISABLED: '1',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ADMIN_NAME: ADMIN.name,
    BETTER_AUTH_SECRET: randomBytes(32).toString('base64url'),
  };
  const migrated = spawnSync(bin('tsx'), ['scripts/db-migrate.ts'], { env, encoding: 'utf8' });
  expect(migrated.status, migrated.stderr).toBe(0);

  let server: ChildProcess | null = null;
  let serverLog = '';
  const start = async () => {
    // Its own process group, so the kill reaches every process `next start` runs.
    server = spawn(bin('next'), ['start', '-p', String(PORT)], { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ready = await fetch(`${BASE}/api/v1/apps?limit=1`).then((response) => response.ok, () => false);
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`the crash-test server did not start:\n${serverLog}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const kill = async (signal: NodeJS.Signals) => {
    const child = server;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, signal);
    await exited;
  };

  try {
    await start();
    const signIn = await fetch(`${BASE}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, 'x-forwarded-for': '10.252.0.1' },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const headers = { cookie, origin: BASE, 'content-type': 'application/json' };
    const listed = (await (await fetch(`${BASE}/api/v1/admin/apps`, { headers })).json()) as { apps: { slug: string }[] };
    const slugs = listed.apps.slice(0, WRITERS).map((app) => app.slug);
    expect(slugs).toHaveLength(WRITERS);

    let cutOff = 0;
    let acknowledgedTotal = 0;
    for (let crash = 1; crash <= CRASHES; crash += 1) {
      let acks = 0;
      let killIssuedAt = Number.POSITIVE_INFINITY;
      let killed: Promise<void> | null = null;
      const currents: { version: number; limitations: string[] }[] = [];
      for (const slug of slugs) currents.push(await (await fetch(`${BASE}/api/v1/admin/apps/${slug}`, { headers })).json());
      // One writer per app, saving it again and again on top of the version it was given back.
      const writer = async (slug: string, index: number): Promise<WriterLog> => {
        const log: WriterLog = { slug, acknowledged: [], inFlight: null };
        const current = currents[index] ?? { version: 0, limitations: [] };
        let version = current.version;
        const kept = current.limitations.filter((line) => !line.startsWith('crash '));
        for (let save = 1; ; save += 1) {
          const marker = `crash ${crash} writer ${index} save ${save}`;
          const sentAt = Date.now(); // only ordered against the kill, never compared with a limit
          log.inFlight = marker;
          try {
            const response = await fetch(`${BASE}/api/v1/admin/apps/${slug}`, { method: 'PUT', headers, body: JSON.stringify({ ...current, version, limitations: [...kept, marker] }) });
            const body = (await response.json()) as { version: number };
            expect(response.status, JSON.stringify(body)).toBe(200); // one writer per app: never a conflict
            version = body.version;
            log.acknowledged.push({ version, marker });
            log.inFlight = null;
            acks += 1;
            if (acks >= ACKS_BEFORE_KILL && !killed) {
              killIssuedAt = Date.now();
              killed = kill('SIGKILL');
            }
          } catch (error) {
            if (!(error instanceof TypeError)) throw error; // fetch failed: the server is gone
            if (sentAt < killIssuedAt) cutOff += 1; // sent before the kill, never answered
            return log;
          }
        }
      };
      const logs = await Promise.all(slugs.map((slug, index) => writer(slug, index)));
      await killed;
      acknowledgedTotal += acks;

      // The file as the crash left it, opened by a fresh client (which recovers the WAL).
      const client = createClient({ url: `file:${dbFile}` });
      try {
        expect((await client.execute('PRAGMA integrity_check')).rows.map((row) => row[0])).toEqual(['ok']);
        expect((await client.execute('PRAGMA foreign_key_check')).rows).toHaveLength(0);
        for (const log of logs) {
          const last = log.acknowledged.at(-1);
          const row = (await client.execute({ sql: 'select version, limitations from apps where slug = ?', args: [log.slug] })).rows[0];
          const audits = (await client.execute({ sql: "select count(*) from audit_log where app_slug = ? and action = 'app.update'", args: [log.slug] })).rows[0];
          const version = Number(row?.version);
          const limitations = JSON.parse(String(row?.limitations)) as string[];
          expect(Number(audits?.[0]), `${log.slug}: one audit entry per saved version`).toBe(version - 1);
          if (!last) continue; // killed before this writer's first save came back
          if (version === last.version) expect(limitations, `${log.slug} after crash ${crash}`).toContain(last.marker);
          else {
            expect(version, `${log.slug}: at most the in-flight save beyond the last acknowledged one`).toBe(last.version + 1);
            expect(limitations).toContain(log.inFlight);
          }
        }
      } finally {
        client.close();
      }
      await start();
    }
    expect(acknowledgedTotal).toBeGreaterThanOrEqual(CRASHES * ACKS_BEFORE_KILL);
    expect(cutOff, 'the kills landed while saves were in flight').toBeGreaterThan(0);
    // The restarted server serves what the file holds, and the session survived the crashes.
    for (const slug of slugs) {
      const response = await fetch(`${BASE}/api/v1/admin/apps/${slug}`, { headers });
      expect(response.status).toBe(200);
      const app = (await response.json()) as { version: number; limitations: string[] };
      expect(app.limitations.filter((line) => line.startsWith(`crash ${CRASHES} `)).length).toBeLessThanOrEqual(1);
    }
    console.log(`Crash test: ${CRASHES} SIGKILLs survived, ${acknowledgedTotal} acknowledged saves all present, ${cutOff} saves cut off in flight, 0 lost.`);
  } finally {
    await kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(ROOT, COPY), { recursive: true, force: true });
  }
});
