import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const seededApps = readdirSync('db/seed/apps').filter((file) => file.endsWith('.json')).length;

// The curated seed files plus the vendors of the bundled open data that match none of them (tests/db/open-data.test.ts).
const catalogApps = 311;

test('the home page lists every app from the database, with headline figures', async ({ page }) => {
  expect(seededApps).toBe(99);
  await page.goto('/');
  await expect(page).toHaveTitle(/ScimGap/);
  await expect(page.getByTestId('all-apps').getByRole('link')).toHaveCount(catalogApps);
  await expect(page.getByTestId('figure-apps')).toHaveText(String(catalogApps));
  await expect(page.getByTestId('figure-enterprise')).toHaveText(/^\d+%$/);
  await expect(page.getByTestId('figure-median')).toHaveText(/^\+\$[\d,]+\/yr$/);
  await expect(page.getByTestId('status-counts')).toContainText('Gated');
  await page.getByRole('heading', { name: 'The largest SCIM increases at 10 users' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-wrapper > .recharts-surface')).toBeVisible();
  await page.getByText('The same figures as a table').click();
  await expect(page.getByRole('row', { name: /Metabase/ })).toContainText('Starter → Pro');
  await expect(page.getByRole('row', { name: /Metabase/ })).toContainText('+$5,400/yr');
});

test('a status count on the landing page opens the catalog filtered by it', async ({ page }) => {
  await page.goto('/');
  const gated = page.getByTestId('status-counts').getByRole('link', { name: /Gated/ });
  const count = Number((await gated.textContent())?.match(/(\d+) apps/)?.[1]);
  await gated.click();
  await expect(page).toHaveURL(/status=gated/);
  await expect(page.getByTestId('catalog-count').filter({ visible: true })).toContainText(`of ${count} apps`);
});

test('the ways in lead to the catalog and the diagnostic', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Look up an app' }).click();
  await expect(page).toHaveURL(/\/apps$/);
  await expect(page.getByTestId('catalog-count')).toContainText(`of ${catalogApps} apps`);
});
