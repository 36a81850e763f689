import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { TestAccount } from './accounts';

let ipCounter = 0;

/**
 * A signed-out browser context with its own client IP as Better Auth sees it (X-Forwarded-For),
 * so the per-IP sign-in limit (5 a minute) counts each test's sign-ins separately. Signed out
 * even inside a describe that uses a stored session: Playwright applies `use` options to it.
 */
export async function newClientContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  ipCounter += 1;
  const ip = `10.${process.pid % 250}.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
  return browser.newContext({ storageState: { cookies: [], origins: [] }, ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, 'x-forwarded-for': ip } });
}

/** Signs in through the login form and waits for the admin app list. */
export async function signIn(page: Page, account: Pick<TestAccount, 'email' | 'password'>) {
  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Apps', level: 1 })).toBeVisible();
}

/** The app in the export format plus its version, through the admin API. */
export async function getApp(request: APIRequestContext, slug: string): Promise<Record<string, unknown> & { version: number }> {
  const response = await request.get(`/api/v1/admin/apps/${slug}`);
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

/** Saves an app through the admin API (the same checks and audit as the form). */
export async function putApp(request: APIRequestContext, slug: string, body: Record<string, unknown>) {
  const response = await request.put(`/api/v1/admin/apps/${slug}`, { data: body });
  expect(response.status(), await response.text()).toBe(200);
  return response.json() as Promise<{ version: number }>;
}
