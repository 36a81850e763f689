// Admin writers for npm run load: each writer saves the apps in turn, keeping one line of its own in
// each app's limitations ("load writer 3: 41", its count of saves of that app). Saves name the version
// they read; a 409 means another writer got in first, so the writer reads again and retries. Every
// acknowledged save is logged, so the final database can be checked for lost writes.
import { createClient } from '@libsql/client';
import { percentile, round } from './lib';

const LINE_PREFIX = 'load writer ';
const MAX_RETRIES = 20;

interface AppBody {
  version: number;
  limitations: string[];
  [field: string]: unknown;
}

export interface WriterReport {
  acknowledged: number;
  conflicts: number;
  status5xx: number;
  otherFailures: number;
  failureSamples: string[];
  saveLatencyMs: { p50: number; p99: number };
  /** Last acknowledged counter per writer per app, and acknowledged saves per app. */
  lastAcknowledged: Record<string, Record<number, number>>;
  savesPerApp: Record<string, number>;
}

const lineOf = (writer: number, count: number) => `${LINE_PREFIX}${writer}: ${count}`;

/** Runs `writers` writers over `slugs` for `seconds`; returns what the server acknowledged. */
export async function runWriters(baseUrl: string, cookie: string, slugs: string[], { writers, seconds }: { writers: number; seconds: number }): Promise<WriterReport> {
  const headers = { cookie, origin: baseUrl, 'content-type': 'application/json' };
  const report: WriterReport = { acknowledged: 0, conflicts: 0, status5xx: 0, otherFailures: 0, failureSamples: [], saveLatencyMs: { p50: 0, p99: 0 }, lastAcknowledged: {}, savesPerApp: {} };
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const fail = (message: string) => {
    report.otherFailures += 1;
    if (report.failureSamples.length < 5) report.failureSamples.push(message);
  };

  const writer = async (index: number) => {
    const counts = new Map<string, number>();
    for (let turn = 0; Date.now() < deadline; turn += 1) {
      const slug = slugs[(index + turn) % slugs.length] ?? '';
      const count = (counts.get(slug) ?? 0) + 1;
      const started = performance.now();
      for (let attempt = 0; attempt <= MAX_RETRIES; attempt += 1) {
        const read = await fetch(`${baseUrl}/api/v1/admin/apps/${slug}`, { headers });
        if (read.status >= 500) report.status5xx += 1;
        if (!read.ok) {
          fail(`GET ${slug}: ${read.status}`);
          break;
        }
        const app = (await read.json()) as AppBody;
        const limitations = [...app.limitations.filter((line) => !line.startsWith(`${LINE_PREFIX}${index}:`)), lineOf(index, count)];
        const saved = await fetch(`${baseUrl}/api/v1/admin/apps/${slug}`, { method: 'PUT', headers, body: JSON.stringify({ ...app, limitations }) });
        if (saved.status === 409) {
          report.conflicts += 1;
          await saved.arrayBuffer();
          continue; // someone saved since we read: read again and reapply our line
        }
        if (saved.status >= 500) report.status5xx += 1;
        if (!saved.ok) {
          fail(`PUT ${slug}: ${saved.status} ${(await saved.text()).slice(0, 200)}`);
          break;
        }
        await saved.arrayBuffer();
        latencies.push(performance.now() - started);
        counts.set(slug, count);
        report.acknowledged += 1;
        report.savesPerApp[slug] = (report.savesPerApp[slug] ?? 0) + 1;
        (report.lastAcknowledged[slug] ??= {})[index] = count;
        break;
      }
    }
  };

  await Promise.all(Array.from({ length: writers }, (_, index) => writer(index)));
  report.saveLatencyMs = { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) };
  return report;
}

export interface LostWrites {
  /** Acknowledged saves whose line is not in the final record. */
  missingLines: string[];
  /** Apps whose version did not rise by exactly the number of acknowledged saves. */
  versionMismatches: string[];
  /** Apps whose history does not hold one update per acknowledged save. */
  auditMismatches: string[];
  total: number;
}

/** Reads the stopped server's database file and checks every acknowledged save against it. */
export async function findLostWrites(databaseFile: string, initialVersions: Record<string, number>, report: WriterReport): Promise<LostWrites> {
  const client = createClient({ url: `file:${databaseFile}` });
  const lost: LostWrites = { missingLines: [], versionMismatches: [], auditMismatches: [], total: 0 };
  try {
    for (const [slug, initial] of Object.entries(initialVersions)) {
      const row = (await client.execute({ sql: 'select version, limitations from apps where slug = ?', args: [slug] })).rows[0];
      const audits = (await client.execute({ sql: "select count(*) as n from audit_log where app_slug = ? and action = 'app.update'", args: [slug] })).rows[0];
      const limitations = JSON.parse(String(row?.limitations ?? '[]')) as string[];
      const saves = report.savesPerApp[slug] ?? 0;
      if (Number(row?.version) - initial !== saves) lost.versionMismatches.push(`${slug}: version ${initial} → ${String(row?.version)} for ${saves} acknowledged saves`);
      if (Number(audits?.n) !== saves) lost.auditMismatches.push(`${slug}: ${String(audits?.n)} audit entries for ${saves} acknowledged saves`);
      for (const [writer, count] of Object.entries(report.lastAcknowledged[slug] ?? {})) {
        if (!limitations.includes(lineOf(Number(writer), count))) lost.missingLines.push(`${slug}: "${lineOf(Number(writer), count)}"`);
      }
    }
  } finally {
    client.close();
  }
  lost.total = lost.missingLines.length + lost.versionMismatches.length + lost.auditMismatches.length;
  return lost;
}
