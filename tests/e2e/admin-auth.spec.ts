import { expect, test } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { newClientContext, signIn } from './support/admin';

test('sign in with email and password, then sign out', async ({ browser }) => {
  const context = await newClientContext(browser);
  const page = await context.newPage();
  await page.goto('/admin/history');
  await expect(page).toHaveURL(/\/admin\/login$/); // no session: the page sends you to sign in
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Wrong email or password.');

  await signIn(page, ADMIN);
  const nav = page.getByRole('navigation', { name: 'Admin' });
  await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name === 'scimgap.session_token')).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false }); // served over plain HTTP here

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Sign in to edit the catalog' })).toBeVisible();
  await context.close();
});

test('sign-in is rate limited per client', async ({ browser }) => {
  const context = await newClientContext(browser);
  const page = await context.newPage();
  await page.goto('/admin/login');
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await page.getByLabel('Email').fill('nobody@e2e.test');
    await page.getByLabel('Password').fill(`wrong password ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText(attempt <= 5 ? 'Wrong email or password.' : /^Too many attempts\. Try again in \d+ seconds\.$/);
  }
  await context.close();
});

test.describe('as the editor', () => {
  test.use({ storageState: EDITOR.storageState });

  test('an editor cannot open /admin/users, in the page or the API', async ({ page }) => {
    await page.goto('/admin');
    await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'You cannot open that page' })).toBeVisible();
    await expect(page.getByText('It needs the Admin role')).toBeVisible();
    await expect(page.getByTestId('user-row')).toHaveCount(0);
    expect((await page.request.get('/api/v1/admin/users')).status()).toBe(403);
  });
});

test.describe('as the admin', () => {
  test.use({ storageState: ADMIN.storageState });

  test('an admin creates an account; its owner changes the password; a disabled account is signed out and cannot sign in', async ({ page, browser }) => {
    const person = { name: 'Dana Disabled', email: `dana.${Date.now()}@e2e.test`, password: 'first passphrase 123', newPassword: 'second passphrase 456' };
    await page.goto('/admin/users');
    const form = page.getByRole('region', { name: 'New account' });
    await form.getByLabel('Name').fill(person.name);
    await form.getByLabel('Email').fill(person.email);
    await form.getByLabel('First password').fill('short');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByLabel('First password')).toBeFocused();
    await expect(form.getByText('At least 12 characters', { exact: true })).toBeVisible();
    await form.getByLabel('First password').fill(person.password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByRole('status')).toContainText(`Account created for ${person.email} (editor)`);

    const theirContext = await newClientContext(browser);
    const theirPage = await theirContext.newPage();
    await signIn(theirPage, person);
    await theirPage.goto('/admin/account');
    await theirPage.getByLabel('Current password').fill(person.password);
    await theirPage.getByLabel('New password', { exact: true }).fill(person.newPassword);
    await theirPage.getByLabel('New password again').fill(person.newPassword);
    await theirPage.getByRole('button', { name: 'Change password' }).click();
    await expect(theirPage.getByRole('status')).toContainText('Password changed.');

    await page.reload();
    const row = page.getByTestId('user-row').filter({ hasText: person.email });
    await row.getByRole('button', { name: `Disable… ${person.name}` }).click();
    await row.getByRole('button', { name: `Disable ${person.name} and sign them out` }).click();
    await expect(row.getByRole('status')).toContainText('disabled (signed out everywhere)');

    await theirPage.goto('/admin');
    await expect(theirPage.getByRole('heading', { name: 'Sign in to edit the catalog' })).toBeVisible(); // the session is gone
    await theirPage.getByLabel('Email').fill(person.email);
    await theirPage.getByLabel('Password').fill(person.newPassword);
    await theirPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(theirPage.locator('form').getByRole('alert')).toHaveText('This account is disabled. Ask an admin to enable it.');
    await theirContext.close();
  });
});
