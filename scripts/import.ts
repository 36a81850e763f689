// npm run import -- <file-or-url> [--dry-run] — imports a catalog export or open data (SCIM Tax Index JSON/CSV in the
// April 2026 or v3 format, sso.tax JSON) into the configured database, with the same checks, merge and audit as the
// admin import page. A bad file is refused whole, with the row and field of each problem.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '@/db/create-db';
import { importCatalog, previewImport } from '@/db/queries/apps';
import { applyOpenDataImport, previewOpenDataImport, type OpenDataImportReport } from '@/db/queries/open-data';
import { prepareDatabase } from '@/db/prepare';
import { describeIssues } from '@/lib/catalog/issues';
import { catalogImportSchema } from '@/lib/catalog/export-format';
import { DATASET_LABELS, describeConflictField } from '@/lib/open-data/labels';
import { parseOpenData } from '@/lib/open-data/parse-open-data';
import { describeImportProblem } from '@/lib/open-data/import-problems';
import { readEnv } from '@/lib/server/env';

const MAX_BYTES = 10_000_000;
const ACTOR = { id: null, name: 'command line', email: null };

class UsageError extends Error {}

async function readSource(source: string): Promise<{ text: string; name: string }> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new UsageError(`Could not download ${source}: HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_BYTES) throw new UsageError(`${source} is larger than ${MAX_BYTES / 1_000_000} MB`);
    return { text, name: source };
  }
  try {
    return { text: readFileSync(source, 'utf8'), name: basename(source) };
  } catch (error) {
    throw new UsageError(`Cannot read ${source}: ${(error as Error).message}`);
  }
}

function printOpenDataReport(report: OpenDataImportReport, dryRun: boolean) {
  const verb = dryRun ? 'would be' : 'were';
  console.log(`${report.rows} rows: ${report.datasets.map((entry) => `${DATASET_LABELS[entry.dataset]} ${entry.release} (${entry.rows})`).join(', ')}`);
  console.log(`  ${report.added.length} new imported profiles ${verb} added${report.added.length ? `: ${report.added.map((entry) => entry.slug).join(', ')}` : ''}`);
  console.log(`  ${report.updated.length} imported profiles ${verb} refreshed${report.updated.length ? `: ${report.updated.map((entry) => `${entry.slug} (${entry.from ?? '?'} → ${entry.to})`).join(', ')}` : ''}`);
  console.log(`  ${report.attached.length} rows ${verb} attached to existing profiles, with ${report.conflicts} conflicts`);
  for (const entry of report.attached.filter((attached) => attached.conflicts.length > 0)) {
    for (const conflict of entry.conflicts) console.log(`    ${entry.slug}: ${describeConflictField(conflict.field)}: ours ${conflict.ours}; theirs ${conflict.theirs}`);
  }
  console.log(`  ${report.unchanged.length} unchanged, ${report.skipped.length} rows left out`);
  for (const entry of report.skipped) console.log(`    row ${entry.row} “${entry.name}”: ${entry.reason}`);
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, release: { type: 'string' } } });
  const source = positionals[0];
  if (!source || positionals.length > 1) throw new UsageError('Usage: npm run import -- <file-or-url> [--dry-run] [--release YYYY-MM]');
  const dryRun = values['dry-run'] ?? false;
  const { text, name } = await readSource(source);
  const parsed = parseOpenData(text, name, { release: values.release });

  const env = readEnv();
  const connection = createDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
  try {
    await prepareDatabase(connection);
    if (parsed.format === 'scimgap-catalog') {
      const catalog = catalogImportSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
      if (!catalog.success) throw new UsageError(`${name} does not match the catalog format:\n${describeIssues(catalog.error).map((line) => `  ${line}`).join('\n')}`);
      const options = { removeMissing: false };
      const report = dryRun ? await previewImport(connection.db, catalog.data, options) : await importCatalog(connection.db, catalog.data, options, ACTOR);
      console.log(`Catalog file ${name}: ${report.added.length} added, ${report.restored.length} restored, ${report.changed.length} changed, ${report.unchanged} unchanged${dryRun ? ' (dry run: nothing written)' : ''}.`);
      return;
    }
    if (parsed.format === null || parsed.problems.length > 0 || parsed.vendors.length === 0) {
      const problems = parsed.problems.map(describeImportProblem);
      throw new UsageError(`${name} was refused; nothing was written.\n${(problems.length ? problems : ['the file holds no rows']).map((line) => `  ${line}`).join('\n')}`);
    }
    const input = { vendors: parsed.vendors, format: parsed.format, origin: name };
    const report = dryRun ? await previewOpenDataImport(connection.db, input) : await applyOpenDataImport(connection.db, input, ACTOR);
    console.log(`${dryRun ? 'Dry run (nothing written)' : 'Imported'} ${name} into ${env.DATABASE_URL}`);
    printOpenDataReport(report, dryRun);
    // A running server keeps its cached pages until its next edit or restart (npm start refreshes them on start).
    if (!dryRun) console.log('If the app is running, restart it (npm start) so every page shows the import.');
  } finally {
    connection.client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
});
