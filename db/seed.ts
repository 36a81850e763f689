import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { appRecordSchema, identityProviderSchema } from '@/lib/catalog/schemas';
import type { AppRecord, IdentityProvider } from '@/lib/catalog/types';
import { describeIssues } from '@/lib/catalog/issues';
import type { Database } from './create-db';
import { existingSlugs, insertAppRecord } from './queries/apps';
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

export interface SeedResult {
  inserted: number;
  skipped: number;
}

/** Loads the seed idempotently: apps already present (by slug) are left as they are, so edits survive. */
export async function seedCatalog(db: Database, seed = loadSeed()): Promise<SeedResult> {
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
      return { inserted, skipped: seed.apps.length - inserted };
    }),
  );
}
