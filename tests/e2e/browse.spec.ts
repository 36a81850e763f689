import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hasHorizontalScroll, screenshotBothWidths } from './support/screenshots';

// Next keeps the previous route's tree hidden for Back/Forward, so every lookup asks for visible elements.
const visible = <T extends { filter: (options: { visible: boolean }) => T }>(locator: T) => locator.filter({ visible: true });

test('search, open a profile, change team size and billing: table and chart follow', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Search apps').fill('metabase');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/apps\?q=metabase/);
  await visible(page.getByRole('link', { name: 'Metabase', exact: true })).first().click();
  await expect(page).toHaveURL(/\/apps\/metabase/);
  await expect(page).toHaveTitle('Metabase SCIM: Pro plan required · ScimGap');
  await expect(visible(page.getByTestId('status-reason'))).toHaveText('The cheapest paid team plan does not include SCIM; it takes a higher plan.');
  await expect(visible(page.getByRole('img', { name: 'Metabase SCIM status: Gated' }))).toBeVisible();
  await expect(visible(page.getByLabel('Markdown'))).toHaveValue(/\[!\[Metabase SCIM status\]\(http.*\/api\/v1\/apps\/metabase\/badge\.svg\)\]/);

  // The reference figures, monthly billing.
  await expect(page.getByTestId('cost-row-10')).toContainText('Starter: $600/yr');
  await expect(page.getByTestId('cost-row-10')).toContainText('Pro: $6,000/yr');
  await expect(page.getByTestId('cost-row-10')).toContainText('+$5,400/yr');
  await expect(page.getByTestId('cost-row-15')).toContainText('$900/yr');
  await expect(page.getByTestId('cost-row-15')).toContainText('$6,600/yr');
  await expect(page.getByTestId('cost-row-15')).toContainText('+$5,700/yr');
  await expect(page.getByTestId('cost-row-25')).toContainText('$1,500/yr');
  await expect(page.getByTestId('cost-row-25')).toContainText('$7,800/yr');
  await expect(page.getByTestId('cost-row-25')).toContainText('+$6,300/yr');

  // Entra ID: users only, no group push.
  const entra = page.getByTestId('idp-row-entra');
  await expect(entra).toContainText('Users only');
  await expect(entra.getByRole('cell').nth(6)).toContainText('No');
  await expect(page.getByRole('note', { name: 'Partial IdP support' })).toContainText('Microsoft Entra ID: users only');

  // Team size 40 on annual billing: Pro = $5,400 + 30 × $108 = $8,640; Starter falls back to 12 × $5 × 40 = $2,400.
  await visible(page.getByLabel('Team size')).fill('40');
  await visible(page.getByText('Annual', { exact: true })).click();
  const chosen = page.getByTestId('cost-row-40');
  await expect(chosen).toContainText('40 users (chosen)');
  await expect(chosen).toContainText('Pro: $8,640/yr');
  await expect(chosen).toContainText('Starter: $2,400/yr*');
  await expect(chosen).toContainText('+$6,240/yr');
  await expect(page).toHaveURL(/seats=40&billing=annual/);

  await page.locator('#costs figure').scrollIntoViewIfNeeded();
  await expect(page.locator('#costs .recharts-wrapper > .recharts-surface')).toBeVisible();
  await expect(page.locator('#costs .recharts-legend-item-text').filter({ hasText: 'Pro (SCIM)' })).toBeVisible();
  await expect(page.locator('#costs figcaption')).toContainText('annual billing');

  // An impossible team size is explained, and the last good figures stay.
  await visible(page.getByLabel('Team size')).fill('0');
  await expect(page.getByText('Enter a whole number of users from 1 to 100,000.')).toBeVisible();
  await expect(page.getByTestId('cost-row-40')).toContainText('+$6,240/yr');

  // Reloading the shared address restores the view.
  await page.reload();
  await expect(page.getByTestId('cost-row-40')).toContainText('Pro: $8,640/yr');
  await expect(page.getByLabel('Team size')).toHaveValue('40');
});

test('the cost of staying manual follows its inputs', async ({ page }) => {
  await page.goto('/apps/metabase');
  await expect(page.getByTestId('manual-cost')).toContainText('$180/yr');
  await page.getByLabel('Changes per month').fill('3');
  await expect(page.getByTestId('manual-cost')).toContainText('$540/yr');
  await expect(page.getByTestId('manual-cost')).toContainText('+$5,400/yr to reach SCIM at 10 users');
  await page.getByLabel('Admin hourly cost').fill('abc');
  await expect(page.getByText('Enter an amount up to 10,000 with at most two decimals.')).toBeVisible();
});

test('filter the catalog by an IdP capability, and the URL holds the view', async ({ page }) => {
  const row = (name: string) => visible(page.getByTestId('catalog-row')).filter({ hasText: name });
  await page.goto('/apps');
  await visible(page.getByLabel('Category')).selectOption('BI & analytics');
  await expect(page).toHaveURL(/\/apps\/search\?category=BI/);
  await expect(row('Metabase')).toHaveCount(1);
  await visible(page.getByLabel('IdP capability')).selectOption('groups:entra');
  await expect(page).toHaveURL(/idp=groups%3Aentra/);
  await expect(row('Metabase')).toHaveCount(0);
  await expect(visible(page.getByTestId('catalog-count'))).toContainText('Showing');

  await visible(page.getByLabel('IdP capability')).selectOption('scim:entra');
  await expect(row('Metabase')).toHaveCount(1);

  await visible(page.getByLabel('Sort by')).selectOption('increase-desc');
  await visible(page.getByLabel('Team size')).fill('25');
  await expect(page).toHaveURL(/seats=25/);
  await expect(row('Metabase')).toContainText('+$6,300/yr');
  await expect(visible(page.getByRole('columnheader', { name: /Annual increase/ }))).toHaveAttribute('aria-sort', 'descending');

  await page.goBack();
  await expect(page).not.toHaveURL(/seats=25/);
  await expect(visible(page.getByLabel('Team size'))).toHaveValue('10');
});

test('a filtered view renders on the server before any JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/apps?idp=groups:entra&q=meta');
  await expect(page.getByTestId('catalog-count')).toContainText('No apps match');
  await page.goto('/apps?idp=scim:entra&q=meta');
  await expect(visible(page.getByTestId('catalog-row')).filter({ hasText: 'Metabase' })).toHaveCount(1);
  await page.goto('/apps?seats=abc');
  await expect(page.getByText('Seats must be a whole number from 1 to 100,000')).toBeVisible();
  await context.close();
});

test('compare two apps from the catalog', async ({ page }) => {
  await page.goto('/apps?q=s&idp=scim%3Aentra'); // both on the first page of results
  await visible(page.getByRole('checkbox', { name: 'Compare Metabase' })).check();
  await visible(page.getByRole('checkbox', { name: 'Compare Slack' })).check();
  await visible(page.getByRole('button', { name: /Compare selected \(2\/4\)/ })).click();
  await expect(page).toHaveURL(/\/compare\?apps=metabase&apps=slack/);
  const table = visible(page.getByTestId('compare-table'));
  await expect(table.getByRole('columnheader', { name: 'Metabase' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Slack' })).toBeVisible();
  await expect(table.getByRole('row', { name: /SCIM plan at 10 users/ })).toContainText('Pro: $6,000/yr');
  await expect(table.getByRole('row', { name: /Microsoft Entra ID/ })).toContainText('Users only');
  await visible(page.getByLabel('Team size')).fill('25');
  await visible(page.getByRole('button', { name: 'Compare', exact: true })).click();
  await expect(table.getByRole('row', { name: /Annual increase/ })).toContainText('+$6,300/yr from Starter');
});

test('on a phone the catalog and profile tables read as one card per row, from the same markup', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/apps?q=metabase');
  const row = visible(page.getByTestId('catalog-row')).filter({ hasText: 'Metabase' });
  await expect(row).toHaveCount(1);
  // The column headers are hidden; each cell names its column instead, and the row is boxed as a card.
  await expect(page.getByRole('columnheader', { name: 'Category' })).toBeHidden();
  const label = (cell: string) => row.locator(`td[data-label="${cell}"]`).evaluate((element) => getComputedStyle(element, '::before').content);
  expect(await label('First SCIM plan')).toBe('"First SCIM plan"');
  expect(await label('SCIM at 10 users')).toBe('"SCIM at 10 users"');
  expect(await row.evaluate((element) => [getComputedStyle(element).display, getComputedStyle(element).borderTopStyle])).toEqual(['block', 'solid']);
  await expect(row.getByText('Compare', { exact: true })).toBeVisible();
  await row.getByRole('checkbox', { name: 'Compare Metabase' }).check();
  await expect(page.getByRole('button', { name: /Compare selected \(1\/4\)/ })).toBeVisible();
  // Wide again: a real table with its headers, the cell labels gone.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('columnheader', { name: 'Category' })).toBeVisible();
  expect(await label('First SCIM plan')).toBe('none');
  await expect(row.getByText('Compare', { exact: true })).toBeHidden();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/apps/metabase');
  const entra = page.getByTestId('idp-row-entra');
  await expect(entra).toContainText('Microsoft Entra ID');
  expect(await entra.locator('td[data-label="Push groups"]').evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"Push groups"');
  await expect(entra.locator('td[data-label="Push groups"]')).toContainText('No');
});

test('an unknown app answers 404 and suggests close names', async ({ page }) => {
  const response = await page.goto('/apps/metabse');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'App not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Metabase' })).toBeVisible();
});

for (const path of ['/', '/apps', '/apps/metabase', '/compare?apps=metabase,slack', '/apps?idp=groups:okta']) {
  test(`${path} has no accessibility violations and no sideways scroll at 375 px`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshotBothWidths(page, `browse${path.replace(/[^a-z0-9]+/gi, '-')}`);
  });
}
