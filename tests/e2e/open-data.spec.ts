import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { screenshotBothWidths } from './support/screenshots';

const SAMPLE = 'db/seed/open-data/sample-2026-10.json';

test.describe('open data on public pages', () => {
  test('a fresh install lists every vendor of the April 2026 index and sso.tax: 311 apps, 212 of them imported', async ({ request }) => {
    const all = await (await request.get('/api/v1/apps?limit=1')).json();
    expect(all.total).toBe(311);
    const klaviyo = await (await request.get('/api/v1/apps/klaviyo')).json();
    expect(klaviyo.origin).toBe('index');
    expect(klaviyo.imported).toMatchObject({ dataset: 'scim-tax-index', release: '2026-04', license: 'CC-BY 4.0' });
    expect(klaviyo.imported.attribution).toContain('SCIM Tax Index (Iden, 2026). https://scimtax.org/ — CC-BY 4.0');
    const metabase = await (await request.get('/api/v1/apps/metabase')).json();
    expect(metabase.origin).toBe('curated');
    expect(metabase.imported).toBeNull();
    expect(metabase.conflicts.map((conflict: { field: string; dataset: string }) => `${conflict.dataset} ${conflict.field}`)).toEqual([
      'scim-tax-index plans.Starter.price',
      'scim-tax-index plans.Pro.price',
      'sso-tax plans.Starter.price',
    ]);
  });

  test('the about page credits both datasets and gives the totals', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByTestId('open-data-totals')).toContainText('The catalog holds 311 apps: 99 curated profiles and 212 imported ones. 224 open-data rows');
    await expect(page.getByTestId('open-data-totals')).toContainText('103 of their statements disagree with a profile');
    await expect(page.getByTestId('attribution-scim-tax-index')).toContainText('SCIM Tax Index (Iden, 2026). https://scimtax.org/ — CC-BY 4.0');
  });

  test('a curated profile shows where the datasets disagree, and the rows with their licence', async ({ page }) => {
    await page.goto('/apps/metabase');
    const conflicts = page.getByTestId('conflicts');
    await expect(page.getByRole('heading', { name: 'Where open datasets disagree' })).toBeVisible();
    await expect(conflicts.locator('tbody tr')).toHaveCount(3);
    await expect(conflicts).toContainText('Price of Pro');
    await expect(conflicts).toContainText('$575/mo + $12/user');
    await expect(page.getByTestId('open-data-rows')).toContainText('SCIM Tax Index 2026-04: row “Metabase”');
    await expect(page.getByTestId('open-data-rows')).toContainText('sso.tax 2026-06-16');
    await expect(page.getByTestId('imported-marker')).toHaveCount(0);
    await expect(page.getByTestId('sources')).toContainText('Metabase pricing page, as cited by the SCIM Tax Index 2026-04');
    await screenshotBothWidths(page, 'profile-open-data-conflicts');
  });

  test('an imported profile is marked with its dataset, release, date and licence', async ({ page }) => {
    await page.goto('/apps/klaviyo');
    const marker = page.getByTestId('imported-marker');
    await expect(marker).toContainText('Imported profile.');
    await expect(marker).toContainText('SCIM Tax Index release 2026-04');
    await expect(marker).toContainText(/imported \d{1,2} \w{3} \d{4}/);
    await expect(marker).toContainText('Changed: release 2026-04 rows mapped into ScimGap');
    await expect(marker.getByRole('link', { name: 'Licence: CC-BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await screenshotBothWidths(page, 'profile-imported');
  });
});

test.describe('importing open data as an admin', () => {
  test.use({ storageState: ADMIN.storageState });

  test('the October 2026 sample: dry run writes nothing, apply adds, refreshes and attaches; a malformed file is refused whole', async ({ page }, testInfo) => {
    const historyBefore = (await (await page.request.get('/api/v1/admin/history?limit=500')).json()).entries.length;
    await page.goto('/admin/import');
    await page.getByLabel('File to import (JSON or CSV)').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const report = page.getByTestId('import-report');
    await expect(report).toContainText('SCIM Tax Index, v3 JSON: SCIM Tax Index 2026-10 (27 rows).');
    await expect(report).toContainText('New imported profiles that would be added: 19');
    await expect(report).toContainText('Imported profiles that would be refreshed from a newer release: 5');
    await expect(report).toContainText('15five (2026-04 → 2026-10)');
    await expect(report).toContainText('Rows that would be attached to existing profiles: 3');
    await expect(report).toContainText('airtable — SCIM Tax Index 2026-10');
    await screenshotBothWidths(page, 'admin-import-open-data-dry-run');
    expect((await page.request.get('/api/v1/apps/6sense')).status()).toBe(404);
    expect((await (await page.request.get('/api/v1/admin/history?limit=500')).json()).entries.length).toBe(historyBefore);

    await page.getByRole('button', { name: 'Apply these changes…' }).click();
    await expect(page.getByRole('group', { name: 'Confirm the import' })).toContainText('add 19 imported profiles, refresh 5, attach 3 rows');
    await page.getByRole('button', { name: 'Apply the import' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Import applied.' })).toBeVisible();
    await expect(page.getByTestId('import-report')).toContainText('New imported profiles that were added: 19');
    const added = ['6sense', 'abnormal-security', 'absorb-lms', 'magento', 'marketo', 'workfront', 'adp', 'adroll', 'rollworks', 'adyen', 'aftership', 'agiloft', 'aha', 'aikido', 'airbase', 'airbyte', 'aircall', 'airfocus', 'airwallex'];

    try {
      // The log of imports on the same page.
      await page.reload();
      await expect(page.getByTestId('open-data-imports')).toContainText('SCIM Tax Index 2026-10');
      await expect(page.getByTestId('open-data-imports')).toContainText('sample-2026-10.json');

      await page.goto('/apps/6sense');
      await expect(page.getByTestId('imported-marker')).toContainText('SCIM Tax Index release 2026-10');
      await page.goto('/apps/15five');
      await expect(page.getByTestId('imported-marker')).toContainText('SCIM Tax Index release 2026-10');
      // A curated profile keeps its fields and gains the row as a source, beside the disagreements.
      await page.goto('/apps/airtable');
      await expect(page.getByTestId('open-data-rows')).toContainText('SCIM Tax Index 2026-10: row “Airtable”');
      await expect(page.getByTestId('sources')).toContainText('SCIM Tax Index 2026-10');
      await expect(page.getByTestId('conflicts')).toBeVisible();
      await page.goto('/admin/history?app=airtable');
      await expect(page.getByTestId('history-entry').first()).toContainText('Open-data row attached');
      await expect(page.getByTestId('history-entry').first()).toContainText('scim-tax-index 2026-10');

      // A malformed file: refused with row and field, nothing written.
      const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
      sample.vendors[2].status = 'maybe';
      sample.vendors[5].idp.okta = 7;
      sample.vendors[0].vendor = 'Must not be written';
      const bad = testInfo.outputPath('bad-index.json');
      writeFileSync(bad, JSON.stringify(sample));
      const appsBefore = (await (await page.request.get('/api/v1/apps?limit=1')).json()).total;
      const historyAfterApply = (await (await page.request.get('/api/v1/admin/history?limit=500')).json()).entries.length;
      await page.goto('/admin/import');
      await page.getByLabel('File to import (JSON or CSV)').setInputFiles(bad);
      await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'refused' })).toContainText('The file has 2 problems');
      const problems = page.getByTestId('import-problems');
      await expect(problems).toContainText('row 3, status: Must be one of free, gated, partial, none, unknown');
      await expect(problems).toContainText('row 6, idp.okta:');
      await screenshotBothWidths(page, 'admin-import-open-data-refused');
      const forced = await page.request.post('/api/v1/admin/import?dryRun=false&fileName=bad-index.json', { headers: { 'content-type': 'application/json' }, data: JSON.stringify(sample) });
      expect(forced.status()).toBe(400);
      expect((await forced.json()).error.problems).toContain('row 3, status: Must be one of free, gated, partial, none, unknown');
      expect((await (await page.request.get('/api/v1/apps?limit=1')).json()).total).toBe(appsBefore);
      expect((await (await page.request.get('/api/v1/admin/history?limit=500')).json()).entries.length).toBe(historyAfterApply);
    } finally {
      // Later specs expect the seeded catalog: remove the added profiles again (soft delete, audited).
      for (const slug of added) await page.request.delete(`/api/v1/admin/apps/${slug}`);
    }
  });

  test('a CSV release and a URL go through the same checks', async ({ page, baseURL }) => {
    const csv = await page.request.post('/api/v1/admin/import?dryRun=true&fileName=sample-2026-10.csv', {
      headers: { 'content-type': 'text/csv' },
      data: readFileSync('db/seed/open-data/sample-2026-10.csv', 'utf8'),
    });
    expect(csv.status(), await csv.text()).toBe(200);
    const report = await csv.json();
    expect(report).toMatchObject({ kind: 'open-data', dryRun: true, format: 'scim-tax-index-v3-csv', rows: 34 });
    const unreachable = await page.request.post(`/api/v1/admin/import?dryRun=true&url=${encodeURIComponent('http://127.0.0.1:9/data.json')}`);
    expect(unreachable.status()).toBe(400);
    expect((await unreachable.json()).error.code).toBe('download_failed');
    const notHttp = await page.request.post(`/api/v1/admin/import?dryRun=true&url=${encodeURIComponent('file:///etc/passwd')}`);
    expect(notHttp.status()).toBe(400);
    expect((await notHttp.json()).error.message).toBe('Only http and https addresses can be imported');
    // Our own public export is a file on the web too.
    const fromUrl = await page.request.post(`/api/v1/admin/import?dryRun=true&url=${encodeURIComponent(`${baseURL}/api/v1/export.json`)}`);
    expect(fromUrl.status(), await fromUrl.text()).toBe(200);
    expect((await fromUrl.json()).kind).toBe('catalog');
  });
});
