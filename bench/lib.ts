// Shared helpers of the benchmark: servers, builds, load runs. Absolute times drift on a shared machine,
// so every page figure is reported as a ratio to a static file served by the same server in the same run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = process.cwd();
export const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

export interface Target {
  distDir: string;
  dbFile: string;
  port: number;
}

export function envFor(target: Target, extraEnv: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: `file:${join(ROOT, target.dbFile)}`, NEXT_DIST_DIR: target.distDir, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

export function removeDatabase(dbFile: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(ROOT, dbFile + suffix), { force: true });
}

/** Migrates and seeds the target's database (creating the first admin from `extraEnv`), then builds into its own directory with the same `extraEnv`. */
export function build(target: Target, { fresh, extraEnv = {} }: { fresh: boolean; extraEnv?: Record<string, string> }) {
  if (fresh) removeDatabase(target.dbFile);
  run(bin('tsx'), ['scripts/db-migrate.ts'], envFor(target, extraEnv));
  const started = performance.now();
  run(bin('next'), ['build'], envFor(target, extraEnv));
  return (performance.now() - started) / 1000;
}

export function hasBuild(distDir: string) {
  return existsSync(join(ROOT, distDir, 'BUILD_ID'));
}

// The same inputs scripts/start.mjs watches: a build older than any of them is stale.
const BUILD_INPUTS = ['app', 'components', 'lib', 'db', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
const SKIPPED = new Set(['seed', 'node_modules']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((entry) => !SKIPPED.has(entry))
    .reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), 0);
}

/** Whether the target's build is missing, or older than the sources or its database. */
export function isBuildStale(target: Target): boolean {
  if (!hasBuild(target.distDir)) return true;
  const builtAt = statSync(join(ROOT, target.distDir, 'BUILD_ID')).mtimeMs;
  const inputsChangedAt = Math.max(newestMtime(join(ROOT, target.dbFile)), ...BUILD_INPUTS.map((input) => newestMtime(join(ROOT, input))));
  return inputsChangedAt > builtAt;
}

export interface RunningServer {
  process: ChildProcess;
  baseUrl: string;
  stop: () => Promise<void>;
}

async function isListening(baseUrl: string): Promise<boolean> {
  try {
    await fetch(baseUrl, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** `next start` in its own process group, so stopping it ends every process it started and nothing else. */
export async function startServer(target: Target, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${target.port}`;
  // Never measure (or stop) somebody else's server that happens to hold the port.
  if (await isListening(baseUrl)) throw new Error(`Port ${target.port} is already in use; stop what listens there, or change the benchmark ports.`);
  const child = spawn(bin('next'), ['start', '-p', String(target.port)], { env: envFor(target, extraEnv), stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    const timeout = setTimeout(() => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }, 10_000);
    await exited;
    clearTimeout(timeout);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${target.port} exited with ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Server on ${target.port} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { process: child, baseUrl, stop };
}

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Socket errors, timeouts, and responses whose status is not the expected one. */
  errors: number;
  statusCodes: Record<string, number>;
  bytesPerRequest: number;
  requests: number;
  status5xx: number;
  seconds: number;
}

export interface LoadOptions {
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  /** The status every response should have: 404 when measuring the not-found page. */
  expectStatus?: number;
}

function requestsFor(urls: string | string[]) {
  const list = Array.isArray(urls) ? urls : [urls];
  const first = list[0];
  if (!first) throw new Error('load() needs at least one URL');
  const origin = new URL(first).origin;
  return { list, origin, requests: list.map((url) => ({ method: 'GET' as const, path: new URL(url).pathname + new URL(url).search })) };
}

/** autocannon against one URL (or several, cycled), after a short warm-up. */
export async function load(urls: string | string[], { connections = 10, seconds = 10, warmupSeconds = 2, expectStatus = 200 }: LoadOptions = {}): Promise<LoadResult> {
  const { list, origin, requests } = requestsFor(urls);
  if (warmupSeconds > 0) await autocannon({ url: origin, connections, duration: warmupSeconds, requests });
  const result = await autocannon({ url: origin, connections, duration: seconds, requests });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]));
  const unexpected = Object.entries(statusCodes).reduce((sum, [code, count]) => (Number(code) === expectStatus ? sum : sum + count), 0);
  return {
    url: list.length === 1 ? (list[0] ?? origin) : `${list.length} URLs`,
    // Completed requests over the run's real duration (autocannon's average is over whole-second buckets).
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
    statusCodes,
    bytesPerRequest: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    requests: result.requests.total,
    status5xx: result['5xx'],
    seconds: result.duration,
  };
}

/** Several load runs against the same URLs folded into one: summed throughput, median p50, worst p99. */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const first = results[0];
  if (!first) throw new Error('mergeLoads() needs at least one result');
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  const statusCodes: Record<string, number> = {};
  for (const result of results) for (const [code, count] of Object.entries(result.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  return {
    url: first.url,
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    latencyP50Ms: median(results.map((result) => result.latencyP50Ms)),
    latencyP99Ms: Math.max(...results.map((result) => result.latencyP99Ms)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    statusCodes,
    bytesPerRequest: Math.round(results.reduce((sum, result) => sum + result.bytesPerRequest * result.requests, 0) / Math.max(1, requests)),
    requests,
    status5xx: results.reduce((sum, result) => sum + result.status5xx, 0),
    seconds,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: number[]) => percentile(values, 50);

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
