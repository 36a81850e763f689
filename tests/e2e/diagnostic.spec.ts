import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { screenshotBothWidths } from './support/screenshots';

const visible = <T extends { filter: (options: { visible: boolean }) => T }>(locator: T) => locator.filter({ visible: true });

async function addApp(page: Page, name: string) {
  const input = visible(page.getByRole('combobox', { name: 'Apps' }));
  await input.fill(name.slice(0, 5));
  await visible(page.getByRole('option', { name: new RegExp(`^${name}`) })).click();
  await expect(visible(page.getByRole('group', { name }))).toBeVisible();
}

test('fill the questionnaire for two apps, get the result, reload it, go back and change an answer', async ({ page }) => {
  await page.goto('/diagnostic');
  await expect(visible(page.getByTestId('step-indicator'))).toHaveText('Step 1 of 5');

  // Step 1 refuses to move on without an app.
  await visible(page.getByRole('button', { name: 'Next' })).click();
  await expect(visible(page.getByText('Add at least one app.'))).toBeVisible();

  await addApp(page, 'Metabase');
  await addApp(page, 'Slack');
  const metabase = visible(page.getByRole('group', { name: 'Metabase' }));
  await metabase.getByLabel('Current plan').selectOption('Starter');
  await metabase.getByLabel('Users').fill('10');
  await metabase.getByLabel('Hosting').selectOption('cloud');
  const slack = visible(page.getByRole('group', { name: 'Slack' }));
  await slack.getByLabel('Current plan').selectOption('Pro');
  await slack.getByLabel('Users').fill('abc');
  await visible(page.getByRole('button', { name: 'Next' })).click();
  await expect(slack.getByText('Users must be a whole number from 1 to 100,000.')).toBeVisible();
  await expect(slack.getByLabel('Users')).toBeFocused();
  await slack.getByLabel('Users').fill('40');
  await visible(page.getByRole('button', { name: 'Next' })).click();

  await expect(visible(page.getByTestId('step-indicator'))).toHaveText('Step 2 of 5');
  await visible(page.getByRole('group', { name: 'Identity provider' })).getByLabel(/^Okta/).check();
  await visible(page.getByRole('button', { name: 'Next' })).click();

  await expect(visible(page.getByTestId('step-indicator'))).toHaveText('Step 3 of 5');
  await visible(page.getByRole('group', { name: 'Need group sync' })).getByLabel('No').check();
  await visible(page.getByRole('group', { name: 'Automated deprovisioning required' })).getByLabel('Yes').check();
  await visible(page.getByRole('button', { name: 'Next' })).click();

  await expect(visible(page.getByTestId('step-indicator'))).toHaveText('Step 4 of 5');
  await expect(visible(page.getByLabel('Minutes per manual change'))).toHaveValue('15');
  await expect(visible(page.getByLabel('Admin hourly cost'))).toHaveValue('60');
  await visible(page.getByTestId('app-manual-slack')).getByLabel('Alternative tool cost per year').fill('300');
  await visible(page.getByRole('button', { name: 'See the result' })).click();

  await expect(visible(page.getByTestId('step-indicator'))).toHaveText('Step 5 of 5');
  const metabaseResult = visible(page.getByTestId('result-metabase'));
  await expect(metabaseResult.getByTestId('recommendation-title')).toHaveText('Upgrade to Pro: +$5,400/yr');
  const slackResult = visible(page.getByTestId('result-slack'));
  await expect(slackResult.getByTestId('recommendation-title')).toContainText('Automate outside the app');
  await expect(visible(page.getByTestId('stack-table'))).toContainText('Metabase');
  await expect(visible(page.getByTestId('total-extra'))).toHaveText('+$5,700/yr');

  // The URL holds every answer: reloading gives the same result.
  const resultUrl = page.url();
  expect(resultUrl).toContain('step=5');
  await page.reload();
  await expect(visible(page.getByTestId('result-metabase')).getByTestId('recommendation-title')).toHaveText('Upgrade to Pro: +$5,400/yr');
  await expect(visible(page.getByTestId('total-extra'))).toHaveText('+$5,700/yr');

  // Export as CSV.
  const downloadPromise = page.waitForEvent('download');
  await visible(page.getByRole('button', { name: 'Export CSV' })).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('scimgap-diagnostic.csv');

  // Back to step 4 with the browser, then back to step 3 with the button: answers are kept; change one.
  await page.goBack();
  await expect(visible(page.getByTestId('step-indicator'))).toHaveText('Step 4 of 5');
  await expect(visible(page.getByTestId('app-manual-slack')).getByLabel('Alternative tool cost per year')).toHaveValue('300');
  await visible(page.getByRole('button', { name: 'Back' })).click();
  await expect(visible(page.getByTestId('step-indicator'))).toHaveText('Step 3 of 5');
  await visible(page.getByRole('group', { name: 'Automated deprovisioning required' })).getByLabel('No').check();
  await visible(page.getByRole('button', { name: 'Next' })).click();
  await visible(page.getByRole('button', { name: 'See the result' })).click();
  // Without a compliance need, staying manual is cheapest for Metabase: 1 change × 12 × 15 min ÷ 60 × $60 = $180.
  await expect(visible(page.getByTestId('result-metabase')).getByTestId('recommendation-title')).toHaveText('Stay manual: $180/yr of admin time');
  await screenshotBothWidths(page, 'diagnostic-result');
});

test('the profile button pre-fills the app, and the page has no accessibility violations', async ({ page }) => {
  await page.goto('/apps/metabase');
  await visible(page.getByRole('link', { name: 'Diagnose my situation' })).first().click();
  await expect(page).toHaveURL(/\/diagnostic\?/);
  await expect(visible(page.getByRole('group', { name: 'Metabase' }))).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await screenshotBothWidths(page, 'diagnostic-step1');
});

test('the diagnostic API answers bad input with field paths', async ({ request }) => {
  const bad = await request.post('/api/v1/diagnostic', { data: { idp: 'okta', needGroupSync: false, requireAutomatedDeprovisioning: true, apps: [{ slug: 'metabase', currentPlan: 'Gold', users: 10 }] } });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.fields['apps.0.currentPlan'][0]).toContain('Gold');
  const malformed = await request.post('/api/v1/diagnostic', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from('{"idp": ') });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe('malformed_json');
  const wrongType = await request.post('/api/v1/diagnostic', { headers: { 'Content-Type': 'text/plain' }, data: 'hello' });
  expect(wrongType.status()).toBe(415);
  const good = await request.post('/api/v1/diagnostic', { data: { idp: 'okta', needGroupSync: false, requireAutomatedDeprovisioning: true, apps: [{ slug: 'metabase', currentPlan: 'Starter', users: 10 }] } });
  expect(good.status()).toBe(200);
  const result = await good.json();
  expect(result.apps[0].recommendation).toMatchObject({ code: 'upgrade', plan: 'Pro', extraAnnualCost: 5400 });
  expect(result.totals.byRecommendation).toEqual({ native: 0, upgrade: 1, outside: 0, manual: 0 });
});
