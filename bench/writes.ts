import { load, percentile, round } from './lib';

export interface WritesUnderReads {
  seconds: number;
  savesPerSecondTarget: number;
  saves: number;
  errors: number;
  errorSamples: string[];
  saveLatencyMs: { p50: number; p99: number };
  reads: { requestsPerSecond: number; errors: number; latencyP99Ms: number };
}

/** Signs in through Better Auth and returns the session cookie for the admin API. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Admin sign-in failed (${response.status}); start the server with ADMIN_EMAIL and ADMIN_PASSWORD`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  return cookies.join('; ');
}

/** One admin save: read the app with its version, change a price by a cent, write it back. */
async function saveOnce(baseUrl: string, cookie: string, slug: string): Promise<void> {
  const headers = { Cookie: cookie, Origin: baseUrl, 'Content-Type': 'application/json' };
  const current = await fetch(`${baseUrl}/api/v1/admin/apps/${slug}`, { headers });
  if (!current.ok) throw new Error(`GET ${slug}: ${current.status}`);
  const record = (await current.json()) as { version: number; verifiedAt: string; plans: { price: Record<string, unknown> | null }[] };
  const day = String(1 + (Date.now() % 28)).padStart(2, '0');
  record.verifiedAt = `2026-11-${day}`;
  const response = await fetch(`${baseUrl}/api/v1/admin/apps/${slug}`, { method: 'PUT', headers, body: JSON.stringify(record) });
  if (!response.ok) throw new Error(`PUT ${slug}: ${response.status} ${(await response.text()).slice(0, 200)}`);
}

/** 10 admin saves a second for 30 s while 20 connections read profiles. */
export async function measureWritesUnderReads(baseUrl: string, profilePaths: string[], { seconds = 30, savesPerSecond = 10 } = {}): Promise<WritesUnderReads> {
  const email = process.env.BENCH_ADMIN_EMAIL ?? 'bench-admin@example.com';
  const password = process.env.BENCH_ADMIN_PASSWORD ?? 'bench-admin-password-123';
  const cookie = await signIn(baseUrl, email, password);
  const slugs = profilePaths.map((path) => path.replace('/apps/', ''));
  const reads = load(profilePaths.map((path) => baseUrl + path), { connections: 20, seconds, warmupSeconds: 0 });
  const latencies: number[] = [];
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  const started = Date.now();
  let index = 0;
  while (Date.now() - started < seconds * 1000) {
    // Saves go to different apps in turn, so no two in flight race on one version.
    const slug = slugs[index % slugs.length] ?? 'metabase';
    index += 1;
    const began = performance.now();
    pending.push(
      saveOnce(baseUrl, cookie, slug)
        .then(() => {
          latencies.push(performance.now() - began);
        })
        .catch((error: unknown) => {
          errors.push((error as Error).message);
        }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 / savesPerSecond));
  }
  await Promise.all(pending);
  const readResult = await reads;
  return {
    seconds,
    savesPerSecondTarget: savesPerSecond,
    saves: latencies.length + errors.length,
    errors: errors.length,
    errorSamples: errors.slice(0, 5),
    saveLatencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) },
    reads: { requestsPerSecond: round(readResult.requestsPerSecond), errors: readResult.errors, latencyP99Ms: readResult.latencyP99Ms },
  };
}
