// Shared helpers of the benchmark: servers, builds, load runs. Absolute times drift on a shared machine,
// so every page figure is reported as a ratio to a static file served by the same server in the same run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = process.cwd();
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

export interface Target {
  distDir: string;
  dbFile: string;
  port: number;
}

export function envFor(target: Target): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: `file:${join(ROOT, target.dbFile)}`, NEXT_DIST_DIR: target.distDir, NEXT_TELEMETRY_DISABLED: '1' };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

export function removeDatabase(dbFile: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(ROOT, dbFile + suffix), { force: true });
}

/** Migrates and seeds the target's database, then builds into its own directory. */
export function build(target: Target, { fresh }: { fresh: boolean }) {
  if (fresh) removeDatabase(target.dbFile);
  run(bin('tsx'), ['scripts/db-migrate.ts'], envFor(target));
  const started = performance.now();
  run(bin('next'), ['build'], envFor(target));
  return (performance.now() - started) / 1000;
}

export interface RunningServer {
  process: ChildProcess;
  baseUrl: string;
  stop: () => Promise<void>;
}

export async function startServer(target: Target, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(bin('next'), ['start', '-p', String(target.port)], { env: { ...envFor(target), ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${target.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server on ${target.port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    process: child,
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
  bytesPerRequest: number;
  requests: number;
  status5xx: number;
}

/** autocannon against one URL (or several, cycled), after a short warm-up. */
export async function load(urls: string | string[], { connections = 10, seconds = 10, warmupSeconds = 2 } = {}): Promise<LoadResult> {
  const list = Array.isArray(urls) ? urls : [urls];
  const first = list[0] ?? '';
  const origin = new URL(first).origin;
  const requests = list.map((url) => ({ method: 'GET' as const, path: new URL(url).pathname + new URL(url).search }));
  if (warmupSeconds > 0) await autocannon({ url: origin, connections, duration: warmupSeconds, requests });
  const result = await autocannon({ url: origin, connections, duration: seconds, requests });
  return {
    url: list.length === 1 ? first : `${list.length} URLs`,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerRequest: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    requests: result.requests.total,
    status5xx: result['5xx'],
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

export function hasBuild(distDir: string) {
  return existsSync(join(ROOT, distDir, 'BUILD_ID'));
}
