import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { newClientContext } from './support/admin';
import { hasHorizontalScroll, screenshotBothWidths } from './support/screenshots';

async function checkPage(page: Page, name: string) {
  await expect(page.locator('fieldset:disabled')).toHaveCount(0); // hydrated: controls are live
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 375 px`).toBe(false);
  const mobile = await new AxeBuilder({ page }).analyze();
  expect(mobile.violations.map((violation) => violation.id)).toEqual([]);
  await screenshotBothWidths(page, `admin-${name}`);
}

const ADMIN_PAGES = [
  { name: 'apps', path: '/admin', heading: 'Apps' },
  { name: 'edit', path: '/admin/apps/metabase', heading: 'Edit Metabase' },
  { name: 'new', path: '/admin/apps/new', heading: 'New app' },
  { name: 'history', path: '/admin/history', heading: 'History' },
  { name: 'import', path: '/admin/import', heading: 'Import and export' },
  { name: 'users', path: '/admin/users', heading: 'Users' },
  { name: 'account', path: '/admin/account', heading: 'Account' },
];

test.describe('admin pages as the admin', () => {
  test.use({ storageState: ADMIN.storageState });
  for (const { name, path, heading } of ADMIN_PAGES) {
    test(`${path} has no accessibility violations and fits 375 px`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await checkPage(page, name);
    });
  }

  test('the edit form with errors and the preview', async ({ page }) => {
    await page.goto('/admin/apps/metabase');
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('group', { name: '3. Pro' }).getByLabel('Base fee per month').fill('');
    await page.getByRole('group', { name: '3. Pro' }).getByLabel('Base fee per year (annual billing)').fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('#f-plans-2-price-monthlyBase-error')).toHaveText('State a monthly or an annual base price');
    await checkPage(page, 'edit-errors');
    await page.goto('/admin/apps/metabase');
    await page.getByRole('button', { name: 'Preview public profile' }).click();
    await expect(page.getByRole('heading', { name: 'Preview (not saved)' })).toBeFocused();
    await checkPage(page, 'preview');
  });
});

test('the sign-in page has no accessibility violations and fits 375 px', async ({ browser }) => {
  const context = await newClientContext(browser);
  const page = await context.newPage();
  await page.goto('/admin/login');
  await expect(page.getByRole('heading', { name: 'Sign in to edit the catalog' })).toBeVisible();
  await checkPage(page, 'login');
  await context.close();
});

test.describe('as the editor', () => {
  test.use({ storageState: EDITOR.storageState });
  test('the not-allowed page has no accessibility violations', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'You cannot open that page' })).toBeVisible();
    await checkPage(page, 'forbidden');
  });
});
