import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apps, auditLog, openDataRows } from '@/db/schema';
import { countApps, getAppProfile, updateAppRecord } from '@/db/queries/apps';
import { applyOpenDataImport, getOpenDataTotals, getProfileOpenData, previewOpenDataImport } from '@/db/queries/open-data';
import { prepareDatabase } from '@/db/prepare';
import { SEED_DIR, seedCatalog } from '@/db/seed';
import { toAppRecord } from '@/lib/catalog/export';
import { parseOpenData } from '@/lib/open-data/parse-open-data';
import { createTestDatabase } from '../support/test-db';

const EDITOR = { id: null, name: 'Test editor', email: null };
const readSeed = (name: string) => readFileSync(join(SEED_DIR, 'open-data', name), 'utf8');

async function profileOf(db: Parameters<typeof getAppProfile>[0], slug: string) {
  const profile = await getAppProfile(db, slug);
  if (!profile) throw new Error(`${slug} is not in the catalog`);
  return profile;
}

describe('a fresh install with the bundled open data', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database);
  });
  afterAll(() => database.cleanup());

  it('lists 311 apps: 99 curated profiles and 212 imported ones, with 129 rows attached to curated profiles', async () => {
    expect(await countApps(database.db)).toBe(311);
    const totals = await getOpenDataTotals(database.db);
    expect({ curated: totals.curated, index: totals.index, attachedRows: totals.attachedRows }).toEqual({ curated: 99, index: 212, attachedRows: 129 + 95 });
    expect(totals.imports.map(({ dataset, release, rows, added }) => ({ dataset, release, rows, added }))).toEqual([
      { dataset: 'scim-tax-index', release: '2026-04', rows: 286, added: 201 },
      { dataset: 'sso-tax', release: '2026-06-16', rows: 150, added: 11 },
    ]);
  });

  it('shows where the sources disagree, e.g. three conflicts on Metabase', async () => {
    const metabase = await getProfileOpenData(database.db, 'metabase');
    expect(metabase?.origin).toBe('curated');
    expect(metabase?.attached.map((row) => row.dataset)).toContain('scim-tax-index');
    expect(metabase?.conflicts).toHaveLength(3);
    expect(metabase?.conflicts.map((conflict) => [conflict.dataset, conflict.field])).toEqual([
      ['scim-tax-index', 'plans.Starter.price'],
      ['scim-tax-index', 'plans.Pro.price'],
      ['sso-tax', 'plans.Starter.price'],
    ]);
    const totals = await getOpenDataTotals(database.db);
    expect(totals.conflicts).toBe(103);
  });

  it('marks an imported profile with its dataset, release and licence', async () => {
    const [indexApp] = await database.db.select({ slug: apps.slug }).from(apps).where(eqOrigin('index')).limit(1);
    const data = await getProfileOpenData(database.db, indexApp?.slug ?? '');
    expect(data?.origin).toBe('index');
    expect(data?.provenance?.license).toMatch(/CC-BY 4.0|Apache-2.0/);
    expect(data?.provenance?.attribution).toMatch(/Changed/);
    expect(data?.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('does not import the bundled data twice', async () => {
    const before = await database.db.$count(openDataRows);
    const again = await seedCatalog(database.db);
    expect(again.openData).toEqual([]);
    expect(await countApps(database.db)).toBe(311);
    expect(await database.db.$count(openDataRows)).toBe(before);
  });
});

const eqOrigin = (origin: 'curated' | 'index') => eq(apps.origin, origin);

describe('importing the October 2026 sample over the seed', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database);
  });
  afterAll(() => database.cleanup());

  const sample = parseOpenData(readSeed('sample-2026-10.json'), 'sample-2026-10.json');
  const input = { vendors: sample.vendors, format: 'scim-tax-index-v3-json' as const, origin: 'sample-2026-10.json' };

  it('a dry run writes nothing', async () => {
    const auditBefore = await database.db.$count(auditLog);
    const report = await previewOpenDataImport(database.db, input);
    expect(report.rows).toBe(sample.vendors.length);
    expect(report.added.length + report.updated.length + report.attached.length).toBeGreaterThan(0);
    expect(await database.db.$count(auditLog)).toBe(auditBefore);
    expect(await countApps(database.db)).toBe(311);
  });

  it('applying it refreshes index profiles, attaches rows to curated ones, and never changes a curated field', async () => {
    const curatedBefore = toAppRecord(await profileOf(database.db, 'metabase'));
    const preview = await previewOpenDataImport(database.db, input);
    const report = await applyOpenDataImport(database.db, input, EDITOR);
    expect(report).toEqual(preview);
    expect(toAppRecord(await profileOf(database.db, 'metabase'))).toEqual(curatedBefore);
    for (const entry of report.attached) {
      const data = await getProfileOpenData(database.db, entry.slug);
      expect(data?.attached.some((row) => row.release === '2026-10'), entry.slug).toBe(true);
    }
    for (const entry of report.updated) {
      const data = await getProfileOpenData(database.db, entry.slug);
      expect(data?.provenance?.release, entry.slug).toBe('2026-10');
    }
    // The same file again changes nothing.
    const again = await previewOpenDataImport(database.db, input);
    expect(again.added.length + again.updated.length + again.attached.length).toBe(0);
  });

  it('an older release never replaces a newer one', async () => {
    const april = parseOpenData(readSeed('data-2026-04.json'), 'data-2026-04.json');
    const report = await previewOpenDataImport(database.db, { vendors: april.vendors, format: 'scim-tax-index-2026-04-json', origin: 'april' });
    expect(report.updated).toEqual([]);
    expect(report.attached.filter((entry) => entry.dataset === 'scim-tax-index')).toEqual([]);
  });

  it("an editor's save makes an index profile curated; its row stays attached and later releases no longer replace it", async () => {
    const [indexApp] = await database.db.select({ slug: apps.slug }).from(apps).where(eqOrigin('index')).limit(1);
    const slug = indexApp?.slug ?? '';
    const profile = await profileOf(database.db, slug);
    const result = await updateAppRecord(database.db, { slug, expectedVersion: profile.version, record: { ...toAppRecord(profile), limitations: ['Checked by an editor'] } }, EDITOR);
    expect(result.ok).toBe(true);
    const data = await getProfileOpenData(database.db, slug);
    expect(data?.origin).toBe('curated');
    expect(data?.attached.some((row) => row.matchedBy === 'origin')).toBe(true);
  });
});
