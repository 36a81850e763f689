import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { appRecordSchema, identityProviderSchema } from '@/lib/catalog/schemas';
import type { AppRecord, IdentityProvider } from '@/lib/catalog/types';
import { describeIssues } from '@/lib/catalog/issues';
import { describeImportProblem } from '@/lib/open-data/import-problems';
import { parseOpenData } from '@/lib/open-data/parse-open-data';
import type { ImportedVendor, OpenDataFormat, OpenDataset } from '@/lib/open-data/types';
import type { Database } from './create-db';
import { existingSlugs, insertAppRecord } from './queries/apps';
import { applyOpenDataImportInTransaction, hasImported, type OpenDataImportReport } from './queries/open-data';
import { upsertIdentityProviders } from './queries/identity-providers';
import { withWriteLock } from './write-lock';

export { describeIssues }; // kept here for callers of the seed loader

export const SEED_DIR = resolve(process.cwd(), 'db/seed');

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed data is invalid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedValidationError([`${file}: not valid JSON (${(error as Error).message})`]);
  }
}

/** Reads and validates every seed file; any bad file fails the whole load with its name and field path. */
export function loadSeed(dir = SEED_DIR): { apps: AppRecord[]; identityProviders: IdentityProvider[] } {
  const problems: string[] = [];
  const idpFile = join(dir, 'idps.json');
  const idpResult = z.array(identityProviderSchema).safeParse(readJson(idpFile));
  if (!idpResult.success) problems.push(...describeIssues(idpResult.error, `${idpFile}: `));

  const appsDir = join(dir, 'apps');
  const records: AppRecord[] = [];
  for (const name of readdirSync(appsDir).filter((file) => file.endsWith('.json')).sort()) {
    const file = join(appsDir, name);
    const result = appRecordSchema.safeParse(readJson(file));
    if (!result.success) {
      problems.push(...describeIssues(result.error, `${file}: `));
      continue;
    }
    if (`${result.data.slug}.json` !== name) problems.push(`${file}: slug "${result.data.slug}" does not match the file name`);
    records.push(result.data);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { apps: records, identityProviders: idpResult.data ?? [] };
}

/** The open datasets bundled with the seed: the SCIM Tax Index April 2026 release and sso.tax's rows. */
export const BUNDLED_OPEN_DATA = [
  { file: 'open-data/data-2026-04.json', dataset: 'scim-tax-index' },
  { file: 'open-data/sso-tax.json', dataset: 'sso-tax' },
] as const satisfies readonly { file: string; dataset: OpenDataset }[];

export interface OpenDataSeed {
  file: string;
  dataset: OpenDataset;
  format: OpenDataFormat;
  vendors: ImportedVendor[];
}

/** Reads the bundled open data through the same importers as an upload; any bad row fails the load. */
export function loadOpenDataSeed(dir = SEED_DIR): OpenDataSeed[] {
  const problems: string[] = [];
  const seeds: OpenDataSeed[] = [];
  for (const { file: name } of BUNDLED_OPEN_DATA) {
    // Read at run time from the seed folder; not a module for the bundler to trace.
    const file = join(/* turbopackIgnore: true */ dir, name);
    const parsed = parseOpenData(readFileSync(/* turbopackIgnore: true */ file, 'utf8'), name);
    problems.push(...parsed.problems.map((problem) => `${file}: ${describeImportProblem(problem)}`));
    const dataset = parsed.vendors[0]?.provenance.dataset;
    if (parsed.format === null || parsed.format === 'scimgap-catalog' || !dataset) problems.push(`${file}: not an open-data file with rows`);
    else seeds.push({ file: name, dataset, format: parsed.format, vendors: parsed.vendors });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return seeds;
}

export interface SeedResult {
  inserted: number;
  skipped: number;
  /** One report per bundled dataset imported by this run (none once they have been imported). */
  openData: OpenDataImportReport[];
}

const SEED_ACTOR = { id: null, name: 'seed', email: null };

/**
 * Loads the seed idempotently: apps already present (by slug) are left as they are, so edits survive. The
 * bundled open data is imported once per dataset, in the same transaction, through the same merge as an upload.
 */
export async function seedCatalog(db: Database, seed = loadSeed(), openData: OpenDataSeed[] = loadOpenDataSeed()): Promise<SeedResult> {
  return withWriteLock(() =>
    db.transaction(async (tx) => {
      await upsertIdentityProviders(tx, seed.identityProviders);
      const present = await existingSlugs(tx, seed.apps.map((app) => app.slug));
      let inserted = 0;
      for (const record of seed.apps) {
        if (present.has(record.slug)) continue;
        await insertAppRecord(tx, record, 'seed');
        inserted += 1;
      }
      // Each dataset once: a later import (an admin's newer release) is never undone by a restart. The index
      // comes first, so an sso.tax vendor joins the index profile made a moment before rather than making its own.
      const reports: OpenDataImportReport[] = [];
      for (const bundle of openData) {
        if (await hasImported(tx, bundle.dataset)) continue;
        reports.push(await applyOpenDataImportInTransaction(tx, { vendors: bundle.vendors, format: bundle.format, origin: `seed: ${bundle.file}` }, SEED_ACTOR, { audit: false }));
      }
      return { inserted, skipped: seed.apps.length - inserted, openData: reports };
    }),
  );
}
