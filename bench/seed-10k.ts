// npm run bench:seed — a generated catalog of 10,000 apps in its own database file, for the scale benchmark.
// Records are the bundled curated ones under new names and slugs, with prices scaled, so every record is valid.
import { rmSync } from 'node:fs';
import { createDatabase } from '@/db/create-db';
import { migrateDatabase } from '@/db/prepare';
import { insertAppRecord } from '@/db/queries/apps';
import { upsertIdentityProviders } from '@/db/queries/identity-providers';
import { loadSeed } from '@/db/seed';
import { appRecordSchema } from '@/lib/catalog/schemas';
import type { AppRecord, Price } from '@/lib/catalog/types';

export const BENCH_10K_DB = 'data/bench-10k.db';
const COUNT = Number(process.env.BENCH_APPS ?? 10_000);
const WORDS = ['Nimbus', 'Quartz', 'Vector', 'Harbor', 'Lumen', 'Atlas', 'Cobalt', 'Pioneer', 'Summit', 'Orbit', 'Beacon', 'Ember', 'Falcon', 'Grove', 'Helix', 'Ion'];

function scalePrice(price: Price | null, factor: number): Price | null {
  if (!price) return null;
  const scale = (value: number | null | undefined) => (typeof value === 'number' ? Math.round(value * factor * 100) / 100 : value);
  const scaled: Record<string, unknown> = { ...price };
  for (const key of ['monthlyPerSeat', 'annualPerSeat', 'monthlyBase', 'monthlyPerExtraSeat', 'annualBase', 'annualPerExtraSeat', 'monthlyFlat', 'annualFlat', 'annualMinimum']) {
    if (key in scaled) scaled[key] = scale(scaled[key] as number | null);
  }
  return scaled as Price;
}

export function generatedRecord(base: AppRecord, index: number): AppRecord {
  const word = WORDS[index % WORDS.length] ?? 'App';
  const factor = 0.5 + ((index * 37) % 100) / 100;
  return appRecordSchema.parse({
    ...base,
    slug: `${base.slug}-${word.toLowerCase()}-${index}`.slice(0, 80).replace(/-+$/, ''),
    name: `${base.name} ${word} ${index}`.slice(0, 120),
    plans: base.plans.map((plan) => ({ ...plan, price: scalePrice(plan.price, factor) })),
  });
}

async function main() {
  const url = `file:${BENCH_10K_DB}`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(BENCH_10K_DB + suffix, { force: true });
  const seed = loadSeed();
  const connection = createDatabase({ url });
  await migrateDatabase(connection);
  await upsertIdentityProviders(connection.db, seed.identityProviders);
  const started = performance.now();
  const batch = 500;
  for (let start = 0; start < COUNT; start += batch) {
    await connection.db.transaction(async (tx) => {
      for (let index = start; index < Math.min(COUNT, start + batch); index += 1) {
        const base = seed.apps[index % seed.apps.length];
        if (base) await insertAppRecord(tx, generatedRecord(base, index), 'bench');
      }
    });
  }
  await connection.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  connection.client.close();
  console.log(`Generated ${COUNT} apps in ${url} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1]?.endsWith('seed-10k.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
