import { expect, test } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { getApp, putApp } from './support/admin';
import { hasHorizontalScroll, screenshotBothWidths } from './support/screenshots';

test.use({ storageState: ADMIN.storageState });

test('a price edit shows on the public profile and the costs API at once, and in the history with before and after', async ({ page }) => {
  const original = await getApp(page.request, 'metabase');
  const metabaseRow = page.getByTestId('cost-row-10');
  const costs = async () => (await (await page.request.get('/api/v1/apps/metabase/costs?seats=10')).json()).rows[0];
  try {
    await page.goto('/apps/metabase');
    await expect(metabaseRow).toContainText('Pro: $6,000/yr');
    expect(await costs()).toMatchObject({ scimPlan: { name: 'Pro', annualCost: 6000 }, increase: 5400 });

    await page.goto('/admin/apps/metabase');
    const pro = page.getByRole('group', { name: '3. Pro' });
    await pro.getByLabel('Base fee per month').fill('575');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(`version ${original.version + 1}`);

    await page.goto('/apps/metabase');
    await expect(metabaseRow).toContainText('Pro: $6,900/yr'); // $575 × 12 for 10 users, all included in the base
    await expect(metabaseRow).toContainText('+$6,300/yr');
    expect(await costs()).toMatchObject({ scimPlan: { name: 'Pro', annualCost: 6900 }, increase: 6300 });
    await page.goto('/');
    await page.getByText('The same figures as a table').click();
    await expect(page.getByRole('row', { name: /Metabase/ })).toContainText('+$6,300/yr');

    await page.goto('/admin/history?app=metabase');
    const entry = page.getByTestId('history-entry').first();
    await expect(entry).toContainText('Edited');
    await expect(entry).toContainText(ADMIN.name);
    const change = entry.getByRole('listitem').filter({ hasText: 'plans[Pro].price.monthlyBase' });
    await expect(change).toContainText('500');
    await expect(change).toContainText('575');
    await screenshotBothWidths(page, 'admin-history-entries');
  } finally {
    const current = await getApp(page.request, 'metabase');
    await putApp(page.request, 'metabase', { ...original, version: current.version });
  }
  await page.goto('/apps/metabase');
  await expect(metabaseRow).toContainText('Pro: $6,000/yr');
  expect(await costs()).toMatchObject({ scimPlan: { annualCost: 6000 } });
});

test('two people edit the same app: the second save is refused, and both edits survive', async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: ADMIN.storageState });
  const editorContext = await browser.newContext({ storageState: EDITOR.storageState });
  const adminPage = await adminContext.newPage();
  const editorPage = await editorContext.newPage();
  const original = await getApp(adminPage.request, 'linear');
  try {
    await adminPage.goto('/admin/apps/linear');
    await editorPage.goto('/admin/apps/linear');
    const adminLimitations = adminPage.getByRole('textbox', { name: 'Limitations' });
    const editorLimitations = editorPage.getByRole('textbox', { name: 'Limitations' });
    await adminLimitations.fill(`${await adminLimitations.inputValue()}\nAdded by the admin in e2e`);
    await editorLimitations.fill(`${await editorLimitations.inputValue()}\nAdded by the editor in e2e`);

    await adminPage.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = editorPage.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect(conflict).toContainText(`changed by ${ADMIN.name} at`);
    await expect(conflict).toContainText('since you opened it');
    await expect(editorLimitations).toHaveValue(/Added by the editor in e2e/); // still on screen to reapply
    await editorPage.setViewportSize({ width: 375, height: 800 });
    expect(await hasHorizontalScroll(editorPage)).toBe(false);
    await screenshotBothWidths(editorPage, 'admin-conflict');

    const saved = await getApp(adminPage.request, 'linear');
    expect(saved.limitations).toContain('Added by the admin in e2e');
    expect(saved.limitations).not.toContain('Added by the editor in e2e');
    expect(saved.version).toBe(original.version + 1);

    // Reapplying on top of the current version is an explicit choice.
    await conflict.getByRole('button', { name: /Save my edits over version/ }).click();
    await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editorPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  } finally {
    const current = await getApp(adminPage.request, 'linear');
    await putApp(adminPage.request, 'linear', { ...original, version: current.version });
    await adminContext.close();
    await editorContext.close();
  }
});

test('the form validates with the shared schema: a message beside each bad field, the first one focused', async ({ page }) => {
  await page.goto('/admin/apps/new');
  await page.getByRole('button', { name: 'Create app' }).click();
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const nameError = page.locator('#f-name-error');
  await expect(nameError).toHaveText('Name is required');
  await expect(name).toHaveAttribute('aria-describedby', /f-name-error/);
  await expect(page.locator('#f-category-error')).toContainText('Category must be one of the catalog categories');

  await name.fill('E2E Draft');
  await page.getByRole('button', { name: 'Add a plan' }).click();
  await page.getByRole('group', { name: '1. Plan 1' }).getByLabel('Plan name').fill('Team');
  const plan = page.getByRole('group', { name: '1. Team' }); // the legend follows the name
  await plan.getByLabel('Price model').selectOption('per_seat');
  await expect(plan.getByLabel('Per user per month')).toBeVisible();
  await expect(plan.getByLabel('Base fee per month')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create app' }).click();
  await expect(page.locator('#f-plans-0-price-monthlyPerSeat-error')).toHaveText('State a monthly or an annual price per seat');
  await plan.getByLabel('Price model').selectOption('base_plus_seats');
  await expect(plan.getByLabel('Users included in the base fee')).toBeVisible();
  await expect(plan.getByLabel('Per user per month')).toHaveCount(0);
});

test('an app is created, previewed, deleted and restored', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const name = `E2E App ${stamp}`;
  const slug = `e2e-app-${stamp}`;
  await page.goto('/admin/apps/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Slug').fill(slug);
  await page.getByLabel('Vendor').fill('E2E Vendor');
  await page.getByLabel('Category').selectOption('Developer tools');
  await page.getByLabel('Website').fill('https://example.com');
  for (const [index, planName] of ['Business', 'Free'].entries()) {
    await page.getByRole('button', { name: 'Add a plan' }).click();
    const plan = page.getByRole('group', { name: `${index + 1}. Plan ${index + 1}` });
    await plan.getByLabel('Plan name').fill(planName);
  }
  await page.getByRole('button', { name: 'Move Free up' }).click(); // ranks follow the order: Free first
  const free = page.getByRole('group', { name: '1. Free' });
  await free.getByLabel('Price model').selectOption('free');
  const business = page.getByRole('group', { name: '2. Business' });
  await business.getByLabel('SCIM on this plan').selectOption('true');
  await business.getByLabel('Price model').selectOption('per_seat');
  await business.getByLabel('Per user per month').fill('12');
  await page.getByLabel('Identity provider to add').selectOption('okta');
  await page.getByRole('button', { name: 'Add identity provider' }).click();
  await page.getByRole('group', { name: 'Okta' }).getByLabel('Provisioning').selectOption('scim');

  await page.getByRole('button', { name: 'Preview public profile' }).click();
  const preview = page.getByRole('region', { name: `Preview of ${name}` });
  await expect(preview).toContainText(`${name} offers SCIM provisioning from the Business plan`);
  await expect(preview).toContainText('$12/user/mo');
  await expect(preview.getByTestId('cost-row-10')).toContainText('Business: $1,440/yr');
  await expect(preview.getByTestId('idp-row-jumpcloud')).toContainText('Not stated');

  await page.getByRole('button', { name: 'Create app' }).click();
  try {
    await expect(page).toHaveURL(new RegExp(`/admin/apps/${slug}\\?created=1$`));
    await expect(page.getByRole('status').filter({ hasText: 'Created.' })).toBeVisible();
    const listed = async () => (await (await page.request.get(`/api/v1/apps?q=${encodeURIComponent(name)}`)).json()).total;
    await page.goto(`/apps/${slug}`);
    await expect(page.getByTestId('cost-row-10')).toContainText('Business: $1,440/yr');
    expect(await listed()).toBe(1);

    await page.goto(`/admin/apps/${slug}`);
    await page.getByRole('button', { name: `Delete ${name}…` }).click();
    await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await expect(page.getByText(/^Deleted on .*: hidden from the public catalog and the API/)).toBeVisible(); // the page now shows the deleted app
    expect((await page.goto(`/apps/${slug}`))?.status()).toBe(404);
    expect(await listed()).toBe(0);

    await page.goto('/admin?status=deleted');
    await page.getByRole('button', { name: `Restore ${name}` }).first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/apps/${slug}\\?restored=1$`));
    await expect(page.getByRole('status').filter({ hasText: 'Restored.' })).toBeVisible();
    expect((await page.goto(`/apps/${slug}`))?.status()).toBe(200);
    expect(await listed()).toBe(1);

    await page.goto(`/admin/history?app=${slug}`);
    await expect(page.getByTestId('history-entry')).toHaveCount(3); // created, deleted, restored
  } finally {
    await page.request.delete(`/api/v1/admin/apps/${slug}`); // the public list is back to the seeded apps
  }
});
