import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { screenshotBothWidths } from './support/screenshots';

const seededApps = readdirSync('db/seed/apps').filter((file) => file.endsWith('.json')).length;

test('the home page lists every seeded app from the database', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/ScimGap/);
  await expect(page.getByTestId('app-row')).toHaveCount(seededApps);
  const metabase = page.getByTestId('app-row').filter({ hasText: 'Metabase' });
  await expect(metabase).toContainText('Pro');
  await expect(metabase).toContainText('$6,000/yr');
  await expect(metabase).toContainText('+$5,400/yr');
  await screenshotBothWidths(page, 'home');
});

test('the home page has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
