import { describe, expect, it } from 'vitest';
import { describeImportProblem } from '@/lib/open-data/import-problems';
import { detectOpenDataFormat, parseOpenData } from '@/lib/open-data/parse-open-data';
import { curatedApps, openDataText, type OpenDataFile } from '../../support/open-data-fixtures';

describe('detectOpenDataFormat', () => {
  it.each([
    ['data-2026-04.json', 'scim-tax-index-2026-04-json'],
    ['data-2026-04.csv', 'scim-tax-index-2026-04-csv'],
    ['sample-2026-10.json', 'scim-tax-index-v3-json'],
    ['sample-2026-10.csv', 'scim-tax-index-v3-csv'],
    ['sso-tax.json', 'sso-tax-json'],
  ] as [OpenDataFile, string][])('%s → %s', (file, format) => {
    expect(detectOpenDataFormat(openDataText(file), file)).toBe(format);
    // The content decides: a misleading name changes nothing.
    expect(detectOpenDataFormat(openDataText(file), 'upload.txt')).toBe(format);
  });

  it('recognises our own export by its format field', () => {
    expect(detectOpenDataFormat(JSON.stringify({ format: 'scimgap-catalog', formatVersion: 1, exportedAt: '2026-11-29T00:00:00Z', apps: [] }))).toBe('scimgap-catalog');
  });

  it('uses the file name only for JSON without rows', () => {
    expect(detectOpenDataFormat('[]', 'sso-tax.json')).toBe('sso-tax-json');
    expect(detectOpenDataFormat('[]', 'data.json')).toBeNull();
    expect(detectOpenDataFormat('{"last_updated":"2026-04","vendors":[]}')).toBe('scim-tax-index-2026-04-json');
    expect(detectOpenDataFormat('{"last_updated":"2026-10","vendors":[]}')).toBe('scim-tax-index-v3-json');
  });

  it('accepts a byte-order mark and a quoted header', () => {
    expect(detectOpenDataFormat('\uFEFF"vendor","slug","status","plan_required","scim_price","base_plan_price","pricing_page_url"\n')).toBe('scim-tax-index-2026-04-csv');
  });

  it.each([
    ['empty text', ''],
    ['broken JSON', '{"vendors": ['],
    ['JSON of another shape', '{"vendors":[{"foo":1}]}'],
    ['an array of something else', '[{"title":"x"}]'],
    ['a number', '42'],
    ['another CSV', 'name,price\nA,1\n'],
    ['a CSV missing one v3 column and one April column', 'vendor,slug,status,scim_price,base_plan_price,pricing_page_url\n'],
  ])('returns null for %s', (_label, text) => {
    expect(detectOpenDataFormat(text)).toBeNull();
  });
});

describe('parseOpenData', () => {
  it.each([
    ['data-2026-04.json', 286],
    ['data-2026-04.csv', 286],
    ['sample-2026-10.json', 27],
    ['sample-2026-10.csv', 34],
    ['sso-tax.json', 150],
  ] as [OpenDataFile, number][])('imports %s: %i vendors, no problems', (file, count) => {
    const result = parseOpenData(openDataText(file), file);
    expect(result.problems).toEqual([]);
    expect(result.vendors).toHaveLength(count);
  });

  it('refuses a file it does not know, saying what it expects', () => {
    expect(parseOpenData('hello', 'notes.txt')).toEqual({
      format: null,
      vendors: [],
      problems: [{ row: 0, field: '(file)', message: expect.stringContaining('SCIM Tax Index JSON or CSV') }],
    });
  });

  it('passes a release to the importer (an sso.tax snapshot other than ours)', () => {
    expect(parseOpenData(openDataText('sso-tax.json'), 'sso-tax.json', { release: '2026-12-01' }).vendors[0]?.provenance.release).toBe('2026-12-01');
  });

  it('returns our own export as a catalog, not as imported vendors', () => {
    const apps = curatedApps().slice(0, 2);
    const result = parseOpenData(JSON.stringify({ format: 'scimgap-catalog', formatVersion: 1, exportedAt: '2026-11-29T10:00:00Z', apps }));
    expect(result).toMatchObject({ format: 'scimgap-catalog', vendors: [], problems: [] });
    expect(result.catalog?.apps.map((app) => app.slug)).toEqual(apps.map((app) => app.slug));
  });

  it('reports a broken app in our export by its position and field', () => {
    const [first, second] = curatedApps();
    const broken = { ...second, plans: [{ ...second?.plans[0], rank: -1 }] };
    const result = parseOpenData(JSON.stringify({ format: 'scimgap-catalog', formatVersion: 2, exportedAt: '2026-11-29T10:00:00Z', apps: [first, broken] }));
    expect(result.catalog).toBeUndefined();
    expect(result.problems).toEqual([
      { row: 0, field: 'formatVersion', message: 'formatVersion must be 1' },
      { row: 2, field: 'plans.0.rank', message: expect.any(String) },
    ]);
  });
});

describe('describeImportProblem', () => {
  it('names the row and field, or only the field for the file as a whole', () => {
    expect(describeImportProblem({ row: 3, field: 'status', message: 'Must be one of free, gated' })).toBe('row 3, status: Must be one of free, gated');
    expect(describeImportProblem({ row: 0, field: '(file)', message: 'Not a format we import' })).toBe('(file): Not a format we import');
  });
});
