// npm run bench — measures the production build against the physical limit on the same machine, in one run:
// pages against static files of the same size, a 10,000-app catalog, the diagnostic engine, Lighthouse, and
// admin saves under read load. Writes bench/results/<time>.json and prints a summary. Not part of npm test.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureDiagnostic } from './diagnostic';
import { build, hasBuild, load, median, percentile, ROOT, round, run, startServer, type LoadResult, type Target } from './lib';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { measureWritesUnderReads, randomAdmin, type WritesUnderReads } from './writes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WRITE_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 30);
const SMALL: Target = { distDir: '.next-bench', dbFile: 'data/bench-small.db', port: 3300 };
const LARGE: Target = { distDir: '.next-bench-10k', dbFile: 'data/bench-10k.db', port: 3301 };
const STATIC_DIR = join(ROOT, 'public', '__bench');

interface PagePair {
  name: string;
  page: LoadResult;
  staticFile: LoadResult;
  ratio: number;
  target: number | null;
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

async function comparePages(baseUrl: string, pages: { name: string; paths: string[]; target: number | null; expectStatus?: number }[]): Promise<PagePair[]> {
  const pairs: PagePair[] = [];
  for (const { name, paths, target, expectStatus } of pages) {
    const page = await load(paths.map((path) => baseUrl + path), { seconds: SECONDS, expectStatus });
    const staticFile = await load(`${baseUrl}/__bench/${name}.html`, { seconds: SECONDS });
    pairs.push({ name, page, staticFile, ratio: round(page.requestsPerSecond / staticFile.requestsPerSecond, 3), target });
  }
  return pairs;
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

async function main() {
  const startedAt = new Date();
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  console.log(`Benchmark on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${SECONDS} s per load run.`);

  // 1. Builds: a small (bundled) catalog and a generated 10,000-app catalog, each with its own database and build.
  const admin = randomAdmin();
  const buildSeconds = build(SMALL, { fresh: true, extraEnv: admin.env });
  if (!hasBuild(LARGE.distDir) || process.env.BENCH_REBUILD_10K !== '0') {
    run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/seed-10k.ts'], process.env);
    build(LARGE, { fresh: false });
  }

  // 2. Pages against static files of the same size, on the small catalog.
  rmSync(STATIC_DIR, { recursive: true, force: true });
  mkdirSync(STATIC_DIR, { recursive: true });
  let server = await startServer(SMALL, admin.env);
  const slugs = ((await (await fetch(`${server.baseUrl}/api/v1/apps?limit=500`)).json()) as { apps: { slug: string }[] }).apps.map((app) => app.slug);
  const profilePaths = slugs.map((slug) => `/apps/${slug}`);
  const sizes = {
    home: await fetchSize(`${server.baseUrl}/`),
    apps: await fetchSize(`${server.baseUrl}/apps`),
    metabase: await fetchSize(`${server.baseUrl}/apps/metabase`),
    profiles: Math.round((await Promise.all(profilePaths.slice(0, 40).map((path) => fetchSize(server.baseUrl + path)))).reduce((a, b) => a + b, 0) / Math.min(40, profilePaths.length)),
    notFound: await fetchSize(`${server.baseUrl}/this-page-does-not-exist`),
  };
  await server.stop();
  for (const [name, bytes] of Object.entries(sizes)) writeStaticTwin(name, bytes);
  server = await startServer(SMALL, admin.env); // public/ is read at start-up
  for (const path of profilePaths) await fetch(server.baseUrl + path); // first visits fill the cache, as after a deploy
  const pages = await comparePages(server.baseUrl, [
    { name: 'home', paths: ['/'], target: 0.4 },
    { name: 'apps', paths: ['/apps'], target: 0.4 },
    { name: 'metabase', paths: ['/apps/metabase'], target: 0.4 },
    { name: 'profiles', paths: profilePaths, target: 0.4 },
    { name: 'notFound', paths: ['/this-page-does-not-exist'], target: null, expectStatus: 404 },
  ]);
  const smallProfile = pages.find((pair) => pair.name === 'metabase');

  // 3. Lighthouse (mobile defaults) on the small catalog.
  const lighthouse: LighthouseResult[] = [];
  for (const path of ['/', '/apps', '/apps/metabase', '/diagnostic']) lighthouse.push(await runLighthouse(server.baseUrl + path));

  // 4. Admin saves under read load.
  let writes: WritesUnderReads | { skipped: string };
  try {
    writes = await measureWritesUnderReads(server.baseUrl, admin, profilePaths, { seconds: WRITE_SECONDS });
  } catch (error) {
    writes = { skipped: (error as Error).message };
  }
  await server.stop();

  // 5. Scale: the 10,000-app catalog.
  const large = await startServer(LARGE);
  const largeSlugs = ((await (await fetch(`${large.baseUrl}/api/v1/apps?limit=500&offset=5000`)).json()) as { apps: { slug: string }[] }).apps.map((app) => app.slug);
  const search = await searchLatencies(large.baseUrl, 300);
  await timeToFirstByte(`${large.baseUrl}/apps`, 5);
  const appsTtfb = await timeToFirstByte(`${large.baseUrl}/apps`, 50);
  await fetch(`${large.baseUrl}/apps/metabase`);
  const largeProfile = await load(`${large.baseUrl}/apps/metabase`, { seconds: SECONDS });
  for (const slug of largeSlugs.slice(0, 50)) await fetch(`${large.baseUrl}/apps/${slug}`);
  const largeProfiles = await load(largeSlugs.slice(0, 50).map((slug) => `${large.baseUrl}/apps/${slug}`), { seconds: SECONDS });
  await large.stop();
  rmSync(STATIC_DIR, { recursive: true, force: true });

  const profileRatio = smallProfile ? round(largeProfile.requestsPerSecond / smallProfile.page.requestsPerSecond, 3) : null;
  const diagnostic = measureDiagnostic();

  const report = {
    startedAt: startedAt.toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    secondsPerRun: SECONDS,
    smallCatalogBuildSeconds: round(buildSeconds, 1),
    pages: pages.map((pair) => ({ ...pair, meetsTarget: pair.target === null ? null : pair.ratio >= pair.target })),
    scale: {
      apps: 10_000,
      searchApiMs: { ...search, target: 50, meetsTarget: search.p95 < 50 },
      appsTtfbMs: { p50: round(median(appsTtfb)), p95: round(percentile(appsTtfb, 95)), target: 200, meetsTarget: percentile(appsTtfb, 95) < 200 },
      profileMetabase: { requestsPerSecond: round(largeProfile.requestsPerSecond), ratioToSmallCatalog: profileRatio, target: 0.9, meetsTarget: profileRatio !== null && profileRatio >= 0.9 },
      profilesSample: { requestsPerSecond: round(largeProfiles.requestsPerSecond), errors: largeProfiles.errors },
    },
    diagnostic: { ...diagnostic, target: 20, meetsTarget: diagnostic.medianMs < 20 },
    lighthouse,
    writesUnderReads: writes,
  };
  const file = join(ROOT, 'bench', 'results', `${startedAt.toISOString().replaceAll(':', '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  const tick = (ok: boolean | null) => (ok === null ? '   ' : ok ? ' ✓ ' : ' ✗ ');
  console.log('\nPages vs a static file of the same size (10 connections):');
  for (const pair of report.pages) {
    console.log(
      `${tick(pair.meetsTarget)} ${pair.name.padEnd(10)} ${round(pair.page.requestsPerSecond).toString().padStart(8)} req/s vs ${round(pair.staticFile.requestsPerSecond).toString().padStart(8)} req/s static = ${pair.ratio.toFixed(3)}×${pair.target ? ` (target ≥ ${pair.target}×)` : ''}; p99 ${pair.page.latencyP99Ms} ms; errors ${pair.page.errors}`,
    );
  }
  console.log('\nScale (10,000 apps):');
  console.log(`${tick(report.scale.searchApiMs.meetsTarget)} search API p95 ${report.scale.searchApiMs.p95} ms (p50 ${report.scale.searchApiMs.p50} ms; target < 50 ms)`);
  console.log(`${tick(report.scale.appsTtfbMs.meetsTarget)} /apps first byte p95 ${report.scale.appsTtfbMs.p95} ms (p50 ${report.scale.appsTtfbMs.p50} ms; target < 200 ms)`);
  console.log(`${tick(report.scale.profileMetabase.meetsTarget)} profile page ${report.scale.profileMetabase.requestsPerSecond} req/s = ${profileRatio}× the small catalog (target ≥ 0.9×)`);
  console.log(`\nDiagnostic engine, 500 apps: median ${diagnostic.medianMs} ms over ${diagnostic.runs} runs ${tick(report.diagnostic.meetsTarget)}(target < 20 ms)`);
  console.log('\nLighthouse (mobile): performance / accessibility / best practices / SEO, JS transferred');
  for (const result of lighthouse) {
    console.log(`${tick(result.meetsTarget)} ${result.path.padEnd(16)} ${result.scores.performance} / ${result.scores.accessibility} / ${result.scores.bestPractices} / ${result.scores.seo}, ${Math.round(result.scriptTransferBytes / 1024)} KB JS`);
  }
  console.log('\nWrites under reads:');
  if ('skipped' in writes) console.log(`    skipped: ${writes.skipped}`);
  else {
    console.log(
      `${tick(writes.errors === 0)} ${writes.saves} saves at ${writes.savesPerSecondTarget}/s for ${writes.seconds} s: p50 ${writes.saveLatencyMs.p50} ms, p99 ${writes.saveLatencyMs.p99} ms, errors ${writes.errors}, conflicts retried ${writes.conflictsRetried}`,
    );
    console.log(`    reads ${writes.reads.requestsPerSecond} req/s under writes vs ${writes.readsWithoutWrites.requestsPerSecond} without (${writes.readRatioUnderWrites}×), errors ${writes.reads.errors}`);
    console.log(`${tick(writes.acknowledgedSavesPresent.ok)} acknowledged saves present: ${writes.acknowledgedSavesPresent.found} of ${writes.acknowledgedSavesPresent.expected}`);
    console.log(`${tick(writes.freshAfterSave.ok)} profile shows the save on the next request: ${writes.freshAfterSave.fresh} of ${writes.freshAfterSave.checked}`);
  }
  console.log(`\nReport: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  rmSync(STATIC_DIR, { recursive: true, force: true });
  process.exit(1);
});
