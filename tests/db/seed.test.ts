import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countApps, getAppProfile, listAppProfiles } from '@/db/queries/apps';
import { prepareDatabase } from '@/db/prepare';
import { loadSeed, SEED_DIR, SeedValidationError, seedCatalog } from '@/db/seed';
import { createTestDatabase } from '../support/test-db';

const seedFileCount = readdirSync(join(SEED_DIR, 'apps')).filter((file) => file.endsWith('.json')).length;

describe('seeded catalog', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database);
  });
  afterAll(() => database.cleanup());

  it('holds every seed file, plus the vendors of the bundled open data (tests/db/open-data.test.ts)', async () => {
    expect(seedFileCount).toBeGreaterThanOrEqual(90);
    const curated = (await listAppProfiles(database.db)).filter((profile) => profile.origin === 'curated');
    expect(curated).toHaveLength(seedFileCount);
  });

  it('is idempotent', async () => {
    const before = await countApps(database.db);
    const again = await seedCatalog(database.db);
    expect(again).toEqual({ inserted: 0, skipped: seedFileCount, openData: [] });
    expect(await countApps(database.db)).toBe(before);
  });

  it('round-trips every record exactly as the seed file states it', async () => {
    const stored = new Map((await listAppProfiles(database.db)).map((profile) => [profile.slug, profile]));
    for (const record of loadSeed().apps) {
      const profile = stored.get(record.slug);
      expect(profile, record.slug).toBeDefined();
      const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, updatedBy: _by, origin: _origin, ...content } = profile ?? ({} as never);
      expect(content, record.slug).toEqual({ ...record, confidence: record.confidence ?? null });
    }
  });

  it('keeps null (not stated) distinct from false (not available)', async () => {
    const metabase = await getAppProfile(database.db, 'metabase');
    const google = metabase?.idps.find((capability) => capability.idp === 'google');
    const jumpcloud = metabase?.idps.find((capability) => capability.idp === 'jumpcloud');
    expect(google?.features.createUsers).toBe(false);
    expect(google?.provisioning).toBe('jit');
    expect(jumpcloud?.sso).toBeNull();
    expect(jumpcloud?.provisioning).toBeNull();
    expect(jumpcloud?.features.pushGroups).toBeNull();
    expect(metabase?.scim.attributes).toBeNull();
    const raw = await database.client.execute(
      "select c.sso, c.push_groups from idp_capabilities c join apps a on a.id = c.app_id where a.slug = 'metabase' and c.idp_id in ('google', 'jumpcloud') order by c.idp_id",
    );
    expect(raw.rows.map((row) => [row.sso, row.push_groups])).toEqual([
      [1, 0],
      [null, null],
    ]);
  });

  it('stores a plan without a stated price as no price at all', async () => {
    const profiles = await listAppProfiles(database.db);
    const unstated = profiles.flatMap((profile) => profile.plans).filter((plan) => plan.price === null);
    expect(unstated.length).toBeGreaterThan(0);
    const raw = await database.client.execute('select count(*) as n from plans where price is null');
    expect(Number(raw.rows[0]?.n)).toBe(unstated.length);
  });
});

describe('invalid seed data', () => {
  it('fails with the file name and the path to the bad field, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scimgap-seed-'));
    cpSync(SEED_DIR, dir, { recursive: true });
    const file = join(dir, 'apps', 'metabase.json');
    const record = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    record.plans[2].price.monthlyBase = -5;
    writeFileSync(file, JSON.stringify(record));
    expect(() => loadSeed(dir)).toThrow(SeedValidationError);
    try {
      loadSeed(dir);
    } catch (error) {
      expect((error as Error).message).toContain('metabase.json: plans[2].price.monthlyBase: Must not be negative');
    }
    const database = await createTestDatabase();
    try {
      await expect(async () => seedCatalog(database.db, loadSeed(dir))).rejects.toThrow(SeedValidationError);
      expect(await countApps(database.db)).toBe(0);
    } finally {
      database.cleanup();
    }
  });

  it('names a malformed JSON file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scimgap-seed-'));
    cpSync(SEED_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'apps', 'linear.json'), '{ "slug": ');
    expect(() => loadSeed(dir)).toThrow(/linear\.json: not valid JSON/);
  });
});
