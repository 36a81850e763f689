// npx tsx bench/diagnostic.ts (also part of npm run bench) — times evaluateDiagnostic on a 500-app stack built from the seed catalog.
// Prints the median, min and max of 50 runs in ms as JSON on the last line (target: median under 20 ms).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appRecordSchema } from '@/lib/catalog/schemas';
import type { AppRecord } from '@/lib/catalog/types';
import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import { parseDiagnosticRequest } from '@/lib/diagnostic/parse-diagnostic-request';
import type { DiagnosticAppInput } from '@/lib/diagnostic/types';

const APP_COUNT = 500;
const RUNS = 50;
const WARMUP_RUNS = 10; // let the JIT settle so the median measures steady state, not compilation

const seedDir = fileURLToPath(new URL('../db/seed/apps/', import.meta.url));

function loadSeedRecords(): AppRecord[] {
  return readdirSync(seedDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => appRecordSchema.parse(JSON.parse(readFileSync(join(seedDir, file), 'utf8'))))
    .filter((record) => record.plans.length > 0);
}

/** 500 apps cycling through the seed records, each under its own slug, on varied plans and team sizes. */
function buildStack(records: readonly AppRecord[]) {
  const catalog = new Map<string, AppRecord>();
  const apps: DiagnosticAppInput[] = [];
  for (let index = 0; index < APP_COUNT; index += 1) {
    const record = records[index % records.length];
    if (!record) throw new Error('The seed catalog is empty');
    const slug = `${record.slug}-${index}`;
    catalog.set(slug, { ...record, slug });
    const plans = record.plans.toSorted((a, b) => a.rank - b.rank);
    const plan = plans[Math.floor(index / records.length) % plans.length] ?? plans[0];
    if (!plan) throw new Error(`${record.slug} has no plans`);
    apps.push({
      slug,
      currentPlan: plan.name,
      users: 1 + ((index * 37) % 400),
      ...(index % 3 === 0 ? { alternativeAnnualCost: 2400 } : {}),
      ...(index % 5 === 0 ? { changesPerMonth: 4 } : {}),
    });
  }
  return { catalog, body: { idp: 'okta', needGroupSync: true, requireAutomatedDeprovisioning: true, apps } };
}

export interface DiagnosticBench {
  apps: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Median, min and max of 50 in-process runs over a 500-app stack. */
export function measureDiagnostic(): DiagnosticBench & { byRecommendation: Record<string, number>; seedRecords: number } {
  const records = loadSeedRecords();
  const { catalog, body } = buildStack(records);
  const parsed = parseDiagnosticRequest(body, catalog);
  if (!parsed.success) throw new Error(`The generated stack is invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  const request = parsed.data;

  for (let run = 0; run < WARMUP_RUNS; run += 1) evaluateDiagnostic(request, catalog);
  const timings: number[] = [];
  let lastResult = evaluateDiagnostic(request, catalog);
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    lastResult = evaluateDiagnostic(request, catalog);
    timings.push(performance.now() - start);
  }

  const sorted = timings.toSorted((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[Math.floor(middle)] ?? 0);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    apps: APP_COUNT,
    runs: RUNS,
    medianMs: round(median),
    minMs: round(sorted[0] ?? 0),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    byRecommendation: lastResult.totals.byRecommendation,
    seedRecords: records.length,
  };
}

if (process.argv[1]?.endsWith('diagnostic.ts')) {
  const result = measureDiagnostic();
  console.log(`evaluateDiagnostic: ${result.apps} apps from ${result.seedRecords} seed records, ${result.runs} runs after ${WARMUP_RUNS} warm-up runs`);
  console.log(`recommendations: ${JSON.stringify(result.byRecommendation)}`);
  console.log(JSON.stringify({ apps: result.apps, runs: result.runs, medianMs: result.medianMs, minMs: result.minMs, maxMs: result.maxMs }));
}
