// npm run bench — measures the production build against the physical limit on the same machine, in one run:
// pages against static files of the same size, a 10,000-app catalog, the diagnostic engine, Lighthouse, and
// admin saves under read load. Writes bench/results/<time>.json and prints a summary (and a markdown table
// to paste into the README). Not part of npm test.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureDiagnostic } from './diagnostic';
import { bin, build, isBuildStale, load, median, mergeLoads, percentile, ROOT, round, run, startServer, type LoadOptions, type LoadResult, type RunningServer, type Target } from './lib';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { measureWritesUnderReads, randomAdmin, type WritesUnderReads } from './writes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Each side of a comparison runs in this many alternating slices, so a burst of other load hits both sides alike. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const WRITE_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 30);
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5));
const SMALL: Target = { distDir: '.next-bench', dbFile: 'data/bench-small.db', port: 3300 };
const LARGE: Target = { distDir: '.next-bench-10k', dbFile: 'data/bench-10k.db', port: 3301 };
const PUBLIC_DIR = join(ROOT, 'public');
const STATIC_DIR = join(PUBLIC_DIR, '__bench');
const NOT_FOUND_PATH = '/this-page-does-not-exist';

interface Comparison {
  name: string;
  a: LoadResult;
  b: LoadResult;
  ratio: number;
}

interface PagePair {
  name: string;
  label: string;
  page: LoadResult;
  staticFile: LoadResult;
  ratio: number;
  target: number | null;
  meetsTarget: boolean | null;
}

async function fetchSize(url: string): Promise<number> {
  const response = await fetch(url);
  return (await response.arrayBuffer()).byteLength;
}

/** A static HTML file of exactly `bytes` bytes: the physical limit for a page of that size. */
function writeStaticTwin(name: string, bytes: number) {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title></head><body><p>';
  const tail = '</p></body></html>';
  const filler = 'x'.repeat(Math.max(0, bytes - head.length - tail.length));
  writeFileSync(join(STATIC_DIR, `${name}.html`), head + filler + tail);
}

function removeStaticTwins(createdPublicDir: boolean) {
  rmSync(STATIC_DIR, { recursive: true, force: true });
  if (createdPublicDir && existsSync(PUBLIC_DIR) && readdirSync(PUBLIC_DIR).length === 0) rmdirSync(PUBLIC_DIR);
}

/** Two loads in alternating slices (a, b, a, b…), each side `SECONDS` in total; ratio = a / b in requests per second. */
async function compare(name: string, a: string | string[], b: string | string[], options: { a?: LoadOptions; b?: LoadOptions } = {}): Promise<Comparison> {
  const slice = SECONDS / ROUNDS;
  const aRuns: LoadResult[] = [];
  const bRuns: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const warmupSeconds = round === 0 ? 2 : 0;
    aRuns.push(await load(a, { ...options.a, seconds: slice, warmupSeconds }));
    bRuns.push(await load(b, { ...options.b, seconds: slice, warmupSeconds }));
  }
  const merged = { a: mergeLoads(aRuns), b: mergeLoads(bRuns) };
  return { name, ...merged, ratio: round(merged.a.requestsPerSecond / merged.b.requestsPerSecond, 3) };
}

async function timeToFirstByte(url: string, samples: number): Promise<number[]> {
  const timings: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    const response = await fetch(url); // resolves when the headers arrive
    timings.push(performance.now() - started);
    await response.arrayBuffer();
  }
  return timings;
}

async function searchLatencies(baseUrl: string, samples: number): Promise<{ p50: number; p95: number; statuses: Record<number, number> }> {
  const words = ['metabase', 'slack', 'nimbus', 'quartz', 'analytics', 'cloud', 'atlas 12', 'vector', 'harbor', 'zoom', 'git', 'pro', 'lumen 4', 'orbit', 'a', 'e'];
  const timings: number[] = [];
  const statuses: Record<number, number> = {};
  for (let index = 0; index < samples; index += 1) {
    // Varied queries, team sizes and sorts, so the per-query cache cannot answer them all.
    const word = words[index % words.length] ?? 'a';
    const url = `${baseUrl}/api/v1/apps?q=${encodeURIComponent(word)}&seats=${1 + ((index * 7) % 500)}&sort=${index % 2 ? 'increase-desc' : 'name'}&limit=50`;
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    timings.push(performance.now() - started);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  }
  return { p50: round(median(timings)), p95: round(percentile(timings, 95)), statuses };
}

async function slugsOf(baseUrl: string, query: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/v1/apps?${query}`);
  if (!response.ok) throw new Error(`GET /api/v1/apps?${query}: ${response.status}`);
  return ((await response.json()) as { apps: { slug: string }[] }).apps.map((app) => app.slug);
}

async function main() {
  const startedAt = new Date();
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown CPU', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  // The 1-minute load average before anything starts: above the core count, other work shares the CPUs.
  const loadAverageAtStart = round(loadavg()[0] ?? 0, 1);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  console.log(`Benchmark on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}; ${SECONDS} s per side of each comparison in ${ROUNDS} alternating slices.`);

  // 1. Builds: the bundled catalog on a fresh database with this run's admin, and the generated 10,000-app catalog.
  const admin = randomAdmin();
  // Everything the bench builds or starts gets this run's secret, so none of it writes ./data/auth-secret.
  const secretEnv = { BETTER_AUTH_SECRET: admin.secret };
  const buildSeconds = build(SMALL, { fresh: true, extraEnv: admin.env });
  if (!existsSync(join(ROOT, LARGE.dbFile)) || process.env.BENCH_RESEED_10K === '1') run(bin('tsx'), ['bench/seed-10k.ts'], process.env);
  if (isBuildStale(LARGE)) build(LARGE, { fresh: false, extraEnv: secretEnv });

  const createdPublicDir = !existsSync(PUBLIC_DIR);
  const servers: RunningServer[] = [];
  const start = async (target: Target, extraEnv: Record<string, string> = {}) => {
    const server = await startServer(target, extraEnv);
    servers.push(server);
    return server;
  };
  const stop = async (server: RunningServer) => {
    await server.stop();
    servers.splice(servers.indexOf(server), 1);
  };
  // The servers run in their own process groups, so Ctrl-C does not reach them: stop them here.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.all(servers.map((server) => server.stop())).finally(() => {
        removeStaticTwins(createdPublicDir);
        process.exit(130);
      });
    });
  }

  try {
    // 2. Pages against static files of the same size, on the small catalog.
    removeStaticTwins(false);
    mkdirSync(STATIC_DIR, { recursive: true });
    let small = await start(SMALL, admin.env);
    const slugs = await slugsOf(small.baseUrl, 'limit=500');
    const profilePaths = slugs.map((slug) => `/apps/${slug}`);
    const profileSizes = await Promise.all(profilePaths.map((path) => fetchSize(small.baseUrl + path)));
    const sizes = {
      home: await fetchSize(`${small.baseUrl}/`),
      apps: await fetchSize(`${small.baseUrl}/apps`),
      metabase: await fetchSize(`${small.baseUrl}/apps/metabase`),
      profiles: Math.round(profileSizes.reduce((a, b) => a + b, 0) / Math.max(1, profileSizes.length)),
      notFound: await fetchSize(small.baseUrl + NOT_FOUND_PATH),
    };
    await stop(small);
    for (const [name, bytes] of Object.entries(sizes)) writeStaticTwin(name, bytes);
    small = await start(SMALL, admin.env); // public/ is read at start-up
    for (const path of profilePaths) await (await fetch(small.baseUrl + path)).arrayBuffer(); // first visits fill the cache, as after a deploy

    const pageSpecs: { name: keyof typeof sizes; label: string; paths: string[]; target: number | null; expectStatus?: number }[] = [
      { name: 'home', label: '`/`', paths: ['/'], target: 0.4 },
      { name: 'apps', label: '`/apps`', paths: ['/apps'], target: 0.4 },
      { name: 'metabase', label: '`/apps/metabase`', paths: ['/apps/metabase'], target: 0.4 },
      { name: 'profiles', label: `all ${profilePaths.length} profiles, cycled`, paths: profilePaths, target: 0.4 },
      { name: 'notFound', label: "Next's prerendered not-found page (the framework's ceiling)", paths: [NOT_FOUND_PATH], target: null, expectStatus: 404 },
    ];
    const pages: PagePair[] = [];
    for (const spec of pageSpecs) {
      const result = await compare(spec.name, spec.paths.map((path) => small.baseUrl + path), `${small.baseUrl}/__bench/${spec.name}.html`, { a: { expectStatus: spec.expectStatus ?? 200 } });
      pages.push({ name: spec.name, label: spec.label, page: result.a, staticFile: result.b, ratio: result.ratio, target: spec.target, meetsTarget: spec.target === null ? null : result.ratio >= spec.target });
      console.log(`  ${spec.name}: ${round(result.a.requestsPerSecond)} vs ${round(result.b.requestsPerSecond)} req/s static = ${result.ratio}×`);
    }

    // 3. Lighthouse (mobile defaults) on the small catalog.
    const lighthouse: (LighthouseResult | { path: string; failed: string })[] = [];
    for (const path of ['/', '/apps', '/apps/metabase', '/diagnostic']) {
      try {
        lighthouse.push(await runLighthouse(small.baseUrl + path, LIGHTHOUSE_RUNS));
      } catch (error) {
        // Most likely no Chromium (set CHROME_PATH): report it, and let the other measures finish.
        lighthouse.push({ path, failed: (error as Error).message.split('\n')[0] ?? 'unknown error' });
      }
      console.log(`  Lighthouse ${path} done`);
    }

    // 4. Admin saves under read load, signed in as this run's admin.
    let writes: WritesUnderReads | { failed: string };
    try {
      writes = await measureWritesUnderReads(small.baseUrl, admin, profilePaths, { seconds: WRITE_SECONDS });
    } catch (error) {
      writes = { failed: (error as Error).message };
    }
    console.log('  writes under reads done');

    // 5. Scale: the 10,000-app catalog, its profiles alternating with the small catalog's on the same machine.
    const large = await start(LARGE, secretEnv);
    const largeSlugs = (await slugsOf(large.baseUrl, 'limit=50&offset=5000')).map((slug) => `/apps/${slug}`); // not prerendered at build
    // The generated catalog renames every app; its Metabase is one of the copies of the same record.
    const largeMetabase = (await slugsOf(large.baseUrl, 'q=metabase&limit=1'))[0];
    if (!largeMetabase) throw new Error('The 10,000-app catalog has no copy of Metabase');
    const search = await searchLatencies(large.baseUrl, 300);
    await timeToFirstByte(`${large.baseUrl}/apps`, 5);
    const appsTtfb = await timeToFirstByte(`${large.baseUrl}/apps`, 50);
    // First visits render the large catalog's pages, and the small one's again after the saves expired them.
    for (const path of [...largeSlugs, `/apps/${largeMetabase}`]) await (await fetch(large.baseUrl + path)).arrayBuffer();
    for (const path of profilePaths) await (await fetch(small.baseUrl + path)).arrayBuffer();
    const metabaseScale = await compare('metabase', `${large.baseUrl}/apps/${largeMetabase}`, `${small.baseUrl}/apps/metabase`);
    const profilesScale = await compare('profiles', largeSlugs.map((path) => large.baseUrl + path), profilePaths.map((path) => small.baseUrl + path));
    await stop(large);
    await stop(small);

    const diagnostic = measureDiagnostic();

    const report = {
      startedAt: startedAt.toISOString(),
      machine,
      loadAverage: { atStart: loadAverageAtStart, atEnd: round(loadavg()[0] ?? 0, 1) },
      secondsPerSide: SECONDS,
      rounds: ROUNDS,
      smallCatalogBuildSeconds: round(buildSeconds, 1),
      pages,
      scale: {
        apps: 10_000,
        searchApiMs: { ...search, target: 50, meetsTarget: search.p95 < 50 },
        appsTtfbMs: { p50: round(median(appsTtfb)), p95: round(percentile(appsTtfb, 95)), target: 200, meetsTarget: percentile(appsTtfb, 95) < 200 },
        profileMetabase: { largeSlug: largeMetabase, large: metabaseScale.a, small: metabaseScale.b, ratio: metabaseScale.ratio, target: 0.9, meetsTarget: metabaseScale.ratio >= 0.9 },
        profilesSample: { large: profilesScale.a, small: profilesScale.b, largeSlugs: largeSlugs.length, ratio: profilesScale.ratio, target: 0.9, meetsTarget: profilesScale.ratio >= 0.9 },
      },
      diagnostic: { ...diagnostic, target: 20, meetsTarget: diagnostic.medianMs < 20 },
      lighthouse,
      writesUnderReads: writes,
    };
    const file = join(ROOT, 'bench', 'results', `${startedAt.toISOString().replaceAll(':', '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    printSummary(report);
    console.log(`\nReport: ${file}`);
  } finally {
    for (const server of [...servers]) await server.stop();
    removeStaticTwins(createdPublicDir);
  }
}

type Report = {
  startedAt: string;
  machine: { cores: number; cpu: string; memoryGiB: number; node: string };
  loadAverage: { atStart: number; atEnd: number };
  secondsPerSide: number;
  rounds: number;
  pages: PagePair[];
  scale: {
    searchApiMs: { p50: number; p95: number; meetsTarget: boolean };
    appsTtfbMs: { p50: number; p95: number; meetsTarget: boolean };
    profileMetabase: { largeSlug: string; large: LoadResult; small: LoadResult; ratio: number; meetsTarget: boolean };
    profilesSample: { large: LoadResult; small: LoadResult; largeSlugs: number; ratio: number; meetsTarget: boolean };
  };
  diagnostic: { medianMs: number; runs: number; apps: number; meetsTarget: boolean };
  lighthouse: (LighthouseResult | { path: string; failed: string })[];
  writesUnderReads: WritesUnderReads | { failed: string };
};

const rps = (result: LoadResult) => Math.round(result.requestsPerSecond).toLocaleString('en-US');
const met = (ok: boolean | null) => (ok === null ? '—' : ok ? 'yes' : '**no**');

/** The summary as a markdown table, ready to paste into the README's Performance section. */
function printSummary(report: Report) {
  const rows: [string, string, string, boolean | null][] = [];
  for (const pair of report.pages) {
    rows.push([
      `${pair.label} vs a static file of the same size`,
      `${pair.ratio.toFixed(2)}× (${rps(pair.page)} vs ${rps(pair.staticFile)} req/s, p99 ${pair.page.latencyP99Ms} ms, ${pair.page.errors} errors)`,
      pair.target === null ? '—' : `≥ ${pair.target}×`,
      pair.target === null ? null : pair.meetsTarget === true && pair.page.errors === 0,
    ]);
  }
  const { scale } = report;
  rows.push(['10,000 apps: search API p95', `${scale.searchApiMs.p95} ms (p50 ${scale.searchApiMs.p50} ms)`, '< 50 ms', scale.searchApiMs.meetsTarget]);
  rows.push(['10,000 apps: `/apps` first byte p95', `${scale.appsTtfbMs.p95} ms (p50 ${scale.appsTtfbMs.p50} ms)`, '< 200 ms', scale.appsTtfbMs.meetsTarget]);
  const errorsOf = (...results: LoadResult[]) => results.reduce((sum, result) => sum + result.errors, 0);
  rows.push([
    `10,000 apps: \`/apps/${scale.profileMetabase.largeSlug}\` vs \`/apps/metabase\` of the small catalog`,
    `${scale.profileMetabase.ratio.toFixed(2)}× (${rps(scale.profileMetabase.large)} vs ${rps(scale.profileMetabase.small)} req/s, ${errorsOf(scale.profileMetabase.large, scale.profileMetabase.small)} errors)`,
    '≥ 0.9×',
    scale.profileMetabase.meetsTarget && errorsOf(scale.profileMetabase.large, scale.profileMetabase.small) === 0,
  ]);
  rows.push([
    `10,000 apps: ${scale.profilesSample.largeSlugs} profiles not prerendered at build vs the small catalog's`,
    `${scale.profilesSample.ratio.toFixed(2)}× (${rps(scale.profilesSample.large)} vs ${rps(scale.profilesSample.small)} req/s, ${errorsOf(scale.profilesSample.large, scale.profilesSample.small)} errors)`,
    '≥ 0.9×',
    scale.profilesSample.meetsTarget && errorsOf(scale.profilesSample.large, scale.profilesSample.small) === 0,
  ]);
  rows.push([`Diagnostic engine, ${report.diagnostic.apps}-app stack, median of ${report.diagnostic.runs}`, `${report.diagnostic.medianMs} ms`, '< 20 ms', report.diagnostic.meetsTarget]);
  for (const result of report.lighthouse) {
    if ('failed' in result) {
      rows.push([`Lighthouse mobile \`${result.path}\``, `failed: ${result.failed}`, '95 / 95 / 95 / 90', false]);
      continue;
    }
    const js = `${Math.round(result.scriptTransferBytes / 1024)} KB JS`;
    rows.push([
      `Lighthouse mobile \`${result.path}\`: perf / a11y / BP / SEO (median of ${result.performanceRuns.length})`,
      `${result.scores.performance} / ${result.scores.accessibility} / ${result.scores.bestPractices} / ${result.scores.seo}, ${js} (perf runs ${result.performanceRuns.join(', ')}${result.failedRuns.length > 0 ? `, ${result.failedRuns.length} failed: ${result.failedRuns.map((failure) => failure.split(':')[0]).join(', ')}` : ''}; TBT ${result.totalBlockingTimeMs} ms)`,
      `95 / 95 / 95 / 90${result.path === '/' || result.path.startsWith('/apps/') ? ', JS ≤ 200 KB' : ''}`,
      result.meetsTarget,
    ]);
  }
  const writes = report.writesUnderReads;
  if ('failed' in writes) {
    rows.push(['Admin saves under reads', `failed: ${writes.failed}`, '0 errors', false]);
  } else {
    rows.push([
      `Admin saves, ${writes.savesPerSecondTarget}/s for ${writes.seconds} s, under 20 reading connections`,
      `${writes.saves} saves (${writes.savesPerSecond}/s), ${writes.errors} errors, ${writes.conflictsRetried} conflicts retried; save p50 ${writes.saveLatencyMs.p50} ms, p99 ${writes.saveLatencyMs.p99} ms`,
      '0 errors',
      writes.errors === 0 && writes.reads.errors === 0,
    ]);
    rows.push([
      'Profile reads during those saves vs without',
      `${writes.readRatioUnderWrites.toFixed(2)}× (${Math.round(writes.reads.requestsPerSecond)} vs ${Math.round(writes.readsWithoutWrites.requestsPerSecond)} req/s, ${writes.reads.errors} errors)`,
      '—',
      null,
    ]);
    rows.push([
      'Every acknowledged save in the database (versions)',
      `${writes.acknowledgedSavesPresent.found} of ${writes.acknowledgedSavesPresent.expected} on ${writes.acknowledgedSavesPresent.apps} apps`,
      'all',
      writes.acknowledgedSavesPresent.ok,
    ]);
    rows.push(['Profile shows a save on the next request', `${writes.freshAfterSave.fresh} of ${writes.freshAfterSave.checked}`, 'all', writes.freshAfterSave.ok]);
  }

  const { machine } = report;
  console.log(`\n## Benchmark ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC`);
  console.log(
    `\n${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}; 1-minute load average ${report.loadAverage.atStart} before the run, ${report.loadAverage.atEnd} after; ${report.secondsPerSide} s per side of each comparison in ${report.rounds} alternating slices, 10 connections.\n`,
  );
  console.log('| Measure | Result | Target | Met |');
  console.log('| --- | --- | --- | --- |');
  for (const [measure, result, target, ok] of rows) console.log(`| ${measure} | ${result} | ${target} | ${met(ok)} |`);
  const missed = rows.filter(([, , , ok]) => ok === false).length;
  console.log(`\n${missed === 0 ? 'Every target met.' : `${missed} of ${rows.filter(([, , , ok]) => ok !== null).length} targets not met.`}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
