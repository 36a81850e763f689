import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { getApp, putApp } from './support/admin';
import { screenshotBothWidths } from './support/screenshots';

test.use({ storageState: ADMIN.storageState });

interface Catalog {
  apps: (Record<string, unknown> & { slug: string; name: string; limitations: string[]; plans: Record<string, unknown>[] })[];
}

test('an import dry run shows what would change and writes nothing; apply writes it', async ({ page }, testInfo) => {
  const exported = await page.request.get('/api/v1/admin/export');
  expect(exported.headers()['content-disposition']).toMatch(/attachment; filename="scimgap-catalog-\d{4}-\d{2}-\d{2}\.json"/);
  const catalog = (await exported.json()) as Catalog;
  const originalZoom = await getApp(page.request, 'zoom');
  const zoom = catalog.apps.find((app) => app.slug === 'zoom');
  if (!zoom) throw new Error('zoom is seeded');
  zoom.limitations = [...zoom.limitations, 'Limitation added by an e2e import'];
  catalog.apps.push({ ...zoom, slug: 'e2e-imported-app', name: 'E2E Imported App', limitations: [] });
  const file = testInfo.outputPath('catalog.json');
  writeFileSync(file, JSON.stringify(catalog, null, 2));

  try {
    await page.goto('/admin/import');
    await page.getByLabel('File to import (JSON or CSV)').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const report = page.getByTestId('import-report');
    await expect(report).toContainText('Apps that would be added: 1');
    await expect(report).toContainText('e2e-imported-app');
    await expect(report).toContainText('Apps that would be changed: 1');
    await expect(report).toContainText('zoom (1 change)');
    await expect(report).toContainText('Apps missing from the file (kept): 0');
    expect((await page.request.get('/api/v1/admin/apps/e2e-imported-app')).status()).toBe(404);
    await screenshotBothWidths(page, 'admin-import-dry-run');

    await page.getByRole('button', { name: 'Apply these changes…' }).click();
    await page.getByRole('button', { name: 'Apply the import' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Import applied.' })).toBeVisible();
    await expect(page.getByTestId('import-report')).toContainText('Apps that were added: 1');

    expect((await getApp(page.request, 'e2e-imported-app')).name).toBe('E2E Imported App');
    expect((await getApp(page.request, 'zoom')).limitations).toContain('Limitation added by an e2e import');
    await page.goto('/admin/history?app=zoom');
    const entry = page.getByTestId('history-entry').first();
    await expect(entry).toContainText('Imported');
    await expect(entry).toContainText('limitations: added');
    await expect(entry).toContainText('Limitation added by an e2e import');
  } finally {
    await page.request.delete('/api/v1/admin/apps/e2e-imported-app');
    const current = await getApp(page.request, 'zoom');
    await putApp(page.request, 'zoom', { ...originalZoom, version: current.version });
  }
});

test('a bad import is refused with the path to the bad field, and nothing changes', async ({ page }, testInfo) => {
  const catalog = (await (await page.request.get('/api/v1/admin/export')).json()) as Catalog;
  const at = catalog.apps.findIndex((app) => app.slug === 'metabase');
  const target = catalog.apps[at];
  if (!target || target.plans.length < 2) throw new Error('metabase is seeded with several plans');
  const before = await getApp(page.request, catalog.apps[0]?.slug ?? '');
  const historyBefore = await (await page.request.get('/api/v1/admin/history?limit=500')).json();
  target.plans[1] = { ...target.plans[1], price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 'twelve' } };
  const first = catalog.apps[0];
  if (first) first.name = 'Must not be written';
  const file = testInfo.outputPath('bad-catalog.json');
  writeFileSync(file, JSON.stringify(catalog));

  await page.goto('/admin/import');
  await page.getByLabel('File to import (JSON or CSV)').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'refused' });
  await expect(alert).toContainText('The file was refused; nothing was changed.');
  await expect(page.getByTestId('import-problems')).toContainText(`apps[${at}].plans[1].price.monthlyPerSeat: Must be a number`);
  await screenshotBothWidths(page, 'admin-import-refused');

  const applied = await page.request.post('/api/v1/admin/import?dryRun=false', { data: catalog });
  expect(applied.status()).toBe(400);
  const body = await applied.json();
  expect(body.error.code).toBe('validation_failed');
  expect(body.error.fields[`apps[${at}].plans[1].price.monthlyPerSeat`]).toEqual(['Must be a number']);

  expect((await getApp(page.request, before.slug as string)).name).toBe(before.name);
  const historyAfter = await (await page.request.get('/api/v1/admin/history?limit=500')).json();
  expect(historyAfter.entries.length).toBe(historyBefore.entries.length);
});
