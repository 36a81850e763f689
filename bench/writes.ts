// Admin saves under read load: a fixed rate of saves through the admin API while autocannon reads profiles,
// then checks that every acknowledged save is in the database and that a profile shows an edit at once.
import { randomBytes } from 'node:crypto';
import { load, percentile, round, type LoadResult } from './lib';

export interface BenchAdmin {
  email: string;
  password: string;
}

/** A new admin account for each run: no default password ever exists, and the secret dies with the run. */
export function randomAdmin(): BenchAdmin & { secret: string; env: Record<string, string> } {
  const email = `bench-${randomBytes(6).toString('hex')}@example.com`;
  const password = randomBytes(24).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { email, password, secret, env: { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: 'Benchmark', BETTER_AUTH_SECRET: secret } };
}

export interface WritesUnderReads {
  seconds: number;
  savesPerSecondTarget: number;
  saves: number;
  savesPerSecond: number;
  errors: number;
  errorSamples: string[];
  /** 409 version conflicts, re-read and retried: expected under concurrency, not errors. */
  conflictsRetried: number;
  /** Latency of the PUT alone, and of the whole read-modify-write cycle. */
  saveLatencyMs: { p50: number; p99: number };
  cycleLatencyMs: { p50: number; p99: number };
  reads: { requestsPerSecond: number; errors: number; latencyP99Ms: number };
  readsWithoutWrites: { requestsPerSecond: number; errors: number; latencyP99Ms: number };
  readRatioUnderWrites: number;
  /** Every acknowledged save is in the database: final version = initial version + acknowledged saves, per app. */
  acknowledgedSavesPresent: { apps: number; expected: number; found: number; missing: string[]; ok: boolean };
  /** After a save, GET /apps/<slug> shows the new value on the very next request. */
  freshAfterSave: { checked: number; fresh: number; stale: string[]; ok: boolean };
}

/** Signs in once through Better Auth (sign-in is rate limited) and returns the session cookie. */
export async function signIn(baseUrl: string, { email, password }: Pick<BenchAdmin, 'email' | 'password'>): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Admin sign-in failed (${response.status}): ${(await response.text()).slice(0, 200)}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (cookies.length === 0) throw new Error('Admin sign-in returned no session cookie');
  return cookies.join('; ');
}

interface AdminRecord {
  slug: string;
  version: number;
  limitations: string[];
  [field: string]: unknown;
}

const MARKER_PREFIX = 'Benchmark edit ';

class AdminApi {
  constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  private headers(): Record<string, string> {
    return { Cookie: this.cookie, Origin: this.baseUrl, 'Content-Type': 'application/json' };
  }

  async read(slug: string): Promise<AdminRecord> {
    const response = await fetch(`${this.baseUrl}/api/v1/admin/apps/${slug}`, { headers: this.headers() });
    if (!response.ok) throw new Error(`GET ${slug}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    return (await response.json()) as AdminRecord;
  }

  /** PUT with the version read; `conflict` on 409 so the caller re-reads and retries. */
  async write(record: AdminRecord): Promise<{ status: 'saved'; version: number; changed: boolean; ms: number } | { status: 'conflict' }> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}/api/v1/admin/apps/${record.slug}`, { method: 'PUT', headers: this.headers(), body: JSON.stringify(record) });
    const ms = performance.now() - started;
    if (response.status === 409) {
      await response.arrayBuffer();
      return { status: 'conflict' };
    }
    if (!response.ok) throw new Error(`PUT ${record.slug}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    const body = (await response.json()) as { version: number; changed: boolean };
    return { status: 'saved', version: body.version, changed: body.changed, ms };
  }
}

/** A visible, unique change: one limitation line naming this save, replacing the previous save's line. */
function withMarker(record: AdminRecord, marker: string): AdminRecord {
  return { ...record, limitations: [...record.limitations.filter((line) => !line.startsWith(MARKER_PREFIX)), marker] };
}

interface SaveOutcome {
  putMs: number;
  cycleMs: number;
  version: number;
  conflicts: number;
}

/** Read, change, write; on a version conflict re-read and try again (up to 5 times). */
async function saveWithRetry(api: AdminApi, slug: string, marker: string): Promise<SaveOutcome> {
  const started = performance.now();
  let conflicts = 0;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const result = await api.write(withMarker(await api.read(slug), marker));
    if (result.status === 'conflict') {
      conflicts += 1;
      continue;
    }
    if (!result.changed) throw new Error(`PUT ${slug} acknowledged without a change`);
    return { putMs: result.ms, cycleMs: performance.now() - started, version: result.version, conflicts };
  }
  throw new Error(`PUT ${slug}: still conflicting after ${conflicts} retries`);
}

async function profileShows(baseUrl: string, slug: string, marker: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/apps/${slug}`);
  return response.ok && (await response.text()).includes(marker);
}

const readFigures = (result: LoadResult) => ({ requestsPerSecond: round(result.requestsPerSecond), errors: result.errors, latencyP99Ms: result.latencyP99Ms });

/**
 * `savesPerSecond` admin saves a second for `seconds` while 20 connections read profiles, after the same read load
 * alone as the baseline. Saves are spread over the apps, never two at once on one app.
 */
export async function measureWritesUnderReads(
  baseUrl: string,
  admin: BenchAdmin,
  profilePaths: string[],
  { seconds = 30, savesPerSecond = 10, readConnections = 20 } = {},
): Promise<WritesUnderReads> {
  const api = new AdminApi(baseUrl, await signIn(baseUrl, admin));
  const slugs = profilePaths.map((path) => path.replace('/apps/', ''));
  const readUrls = profilePaths.map((path) => baseUrl + path);
  const run = randomBytes(3).toString('hex');

  const readsWithoutWrites = await load(readUrls, { connections: readConnections, seconds, warmupSeconds: 2 });

  const initialVersions = new Map<string, number>();
  for (const slug of slugs) initialVersions.set(slug, (await api.read(slug)).version);
  const acknowledged = new Map<string, number>();
  const putLatencies: number[] = [];
  const cycleLatencies: number[] = [];
  const errors: string[] = [];
  const stale: string[] = [];
  const inFlight = new Set<string>();
  const pending: Promise<void>[] = [];
  let conflicts = 0;
  let freshnessChecks = 0;
  let next = 0;

  const reads = load(readUrls, { connections: readConnections, seconds, warmupSeconds: 0 });
  const started = performance.now();
  for (let index = 0; performance.now() - started < seconds * 1000; index += 1) {
    let slug = slugs[next % slugs.length];
    for (let tries = 0; slug !== undefined && inFlight.has(slug) && tries < slugs.length; tries += 1) slug = slugs[++next % slugs.length];
    next += 1;
    if (slug !== undefined && !inFlight.has(slug)) {
      const target = slug;
      const marker = `${MARKER_PREFIX}${run}-${index}`;
      const checkFreshness = index % 10 === 0; // every tenth save also checks the public page straight away
      inFlight.add(target);
      pending.push(
        saveWithRetry(api, target, marker)
          .then(async (outcome) => {
            putLatencies.push(outcome.putMs);
            cycleLatencies.push(outcome.cycleMs);
            conflicts += outcome.conflicts;
            acknowledged.set(target, (acknowledged.get(target) ?? 0) + 1);
            if (checkFreshness) {
              freshnessChecks += 1;
              if (!(await profileShows(baseUrl, target, marker))) stale.push(target);
            }
          })
          .catch((error: unknown) => {
            errors.push((error as Error).message);
          })
          .finally(() => inFlight.delete(target)),
      );
    }
    // An open-loop schedule: the next save starts on time, whether or not the last one has finished.
    const due = started + ((index + 1) * 1000) / savesPerSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  await Promise.all(pending);
  const readsUnderWrites = await reads;

  // Without the read load: a prerendered profile (metabase) and others must show an edit on the next request.
  for (const slug of ['metabase', ...slugs.filter((slug) => slug !== 'metabase').slice(0, 4)].filter((slug) => initialVersions.has(slug))) {
    const marker = `${MARKER_PREFIX}${run}-check-${slug}`;
    try {
      await saveWithRetry(api, slug, marker);
      acknowledged.set(slug, (acknowledged.get(slug) ?? 0) + 1);
      freshnessChecks += 1;
      if (!(await profileShows(baseUrl, slug, marker))) stale.push(slug);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }

  let expected = 0;
  let found = 0;
  const missing: string[] = [];
  for (const [slug, count] of acknowledged) {
    const version = (await api.read(slug)).version;
    const initial = initialVersions.get(slug) ?? 0;
    expected += count;
    found += Math.min(count, version - initial);
    if (version - initial !== count) missing.push(`${slug}: ${count} acknowledged, version ${initial} → ${version}`);
  }

  const saves = putLatencies.length;
  return {
    seconds,
    savesPerSecondTarget: savesPerSecond,
    saves,
    savesPerSecond: round(saves / elapsedSeconds),
    errors: errors.length,
    errorSamples: errors.slice(0, 5),
    conflictsRetried: conflicts,
    saveLatencyMs: { p50: round(percentile(putLatencies, 50)), p99: round(percentile(putLatencies, 99)) },
    cycleLatencyMs: { p50: round(percentile(cycleLatencies, 50)), p99: round(percentile(cycleLatencies, 99)) },
    reads: readFigures(readsUnderWrites),
    readsWithoutWrites: readFigures(readsWithoutWrites),
    readRatioUnderWrites: round(readsUnderWrites.requestsPerSecond / readsWithoutWrites.requestsPerSecond, 3),
    acknowledgedSavesPresent: { apps: acknowledged.size, expected, found, missing: missing.slice(0, 5), ok: missing.length === 0 },
    freshAfterSave: { checked: freshnessChecks, fresh: freshnessChecks - stale.length, stale: stale.slice(0, 5), ok: stale.length === 0 },
  };
}
