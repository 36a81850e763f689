import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { getApp, newClientContext, putApp } from './support/admin';

// What an attacker holding an old cookie, or reading only the public API, can get: nothing.

let ipCounter = 0;
/** A client IP of its own (X-Forwarded-For), so the per-IP sign-in limit counts this spec's sign-ins apart. */
const clientIp = () => `10.251.${process.pid % 250}.${(ipCounter += 1)}`;

async function signInCookie(request: APIRequestContext, baseURL: string, account = ADMIN): Promise<string> {
  const response = await request.post('/api/auth/sign-in/email', { data: { email: account.email, password: account.password }, headers: { Origin: baseURL } });
  expect(response.status(), await response.text()).toBe(200);
  const cookie = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('scimgap.session_token='));
  if (!cookie) throw new Error('sign-in sets the session cookie');
  return cookie;
}

test('a session cookie replayed after sign-out opens nothing: API reads, API writes or pages', async ({ playwright, baseURL, browser }) => {
  const origin = baseURL ?? '';
  const victim = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': clientIp() } });
  const cookie = await signInCookie(victim, origin);
  // The attacker's client: no cookie jar of its own, only the captured header.
  const attacker = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': clientIp(), cookie } });
  expect((await attacker.get('/api/v1/admin/apps?q=metabase')).status()).toBe(200); // the stolen cookie works while the session lives

  const signedOut = await victim.post('/api/auth/sign-out', { headers: { Origin: origin }, data: {} });
  expect(signedOut.status(), await signedOut.text()).toBe(200);

  for (const [method, path] of [
    ['GET', '/api/v1/admin/apps'],
    ['GET', '/api/v1/admin/users'],
    ['GET', '/api/v1/admin/export'],
    ['PUT', '/api/v1/admin/apps/metabase'],
    ['POST', '/api/v1/admin/users'],
  ] as const) {
    const response = await attacker.fetch(path, { method, data: method === 'GET' ? undefined : {} });
    expect(response.status(), `${method} ${path}`).toBe(401);
    expect((await response.json()).error.code).toBe('unauthenticated');
  }
  const session = await attacker.get('/api/auth/get-session');
  expect(await session.text()).toBe('null');

  const context = await newClientContext(browser);
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name: name ?? '', value: value ?? '', url: origin }]);
  const page = await context.newPage();
  await page.goto('/admin/history');
  await expect(page).toHaveURL(/\/admin\/login$/);
  await context.close();
  await victim.dispose();
  await attacker.dispose();
});

test('signing in again gives a new session token; the editor session is not the admin one', async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': clientIp() } });
  const first = await signInCookie(client, baseURL ?? '');
  const second = await signInCookie(client, baseURL ?? '');
  expect(second).not.toBe(first); // no fixed or reused token
  const editor = await signInCookie(client, baseURL ?? '', EDITOR);
  const asEditor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: editor } });
  expect((await asEditor.get('/api/v1/admin/users')).status()).toBe(403);
  await asEditor.dispose();
  await client.dispose();
});

/** Keys that would be account data in a public response (tokenSource, a catalog field, and users, a team size, are not). */
const ACCOUNT_KEYS = new Set(['password', 'passwordhash', 'hash', 'session', 'sessions', 'sessiontoken', 'token', 'accesstoken', 'refreshtoken', 'idtoken', 'secret', 'email', 'user', 'userid', 'actor', 'actorid', 'actorname', 'actoremail', 'updatedby', 'createdby', 'ipaddress', 'useragent', 'role', 'banned']);

function accountKeysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => accountKeysIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [...(ACCOUNT_KEYS.has(key.toLowerCase()) ? [`${path}.${key}`] : []), ...accountKeysIn(child, `${path}.${key}`)]);
}

test.describe('the public API and pages', () => {
  test.use({ storageState: ADMIN.storageState });

  test('carry no account data: no emails, names, ids, hashes or tokens, and set no cookies', async ({ page, playwright, baseURL }) => {
    // An admin edit first, so the catalog rows and history do hold an editor's name and email.
    const original = await getApp(page.request, 'metabase');
    await putApp(page.request, 'metabase', { ...original, limitations: [...(original.limitations as string[]), 'Account data scan'] });
    try {
      const users = (await (await page.request.get('/api/v1/admin/users')).json()).users as { id: string; name: string; email: string }[];
      expect(users.length).toBeGreaterThanOrEqual(2);
      const secrets = users.flatMap((user) => [user.id, user.email, user.name]);
      const anonymous = await playwright.request.newContext({ baseURL });
      const slugs = ((await (await anonymous.get('/api/v1/apps?limit=500')).json()).apps as { slug: string }[]).map((app) => app.slug);
      const paths = [
        '/api/v1/apps?limit=500',
        '/api/v1/apps?q=metabase&seats=10',
        ...slugs.slice(0, 12).map((slug) => `/api/v1/apps/${slug}`),
        '/api/v1/apps/metabase',
        '/api/v1/apps/metabase/costs?seats=10,25',
        '/api/v1/apps/metabase/badge.svg',
        '/api/v1/export.json',
        '/api/v1/export.csv',
        '/api/v1/openapi.json',
        '/api/v1/suggest?q=meta',
        '/apps/metabase',
        '/apps',
        '/',
      ];
      const responses = [...(await Promise.all(paths.map(async (path) => [path, await anonymous.get(path)] as const)))];
      responses.push(['POST /api/v1/diagnostic', await anonymous.post('/api/v1/diagnostic', { data: { idp: 'okta', needGroupSync: true, requireAutomatedDeprovisioning: true, apps: [{ slug: 'metabase', currentPlan: 'Starter', users: 25 }] } })]);
      for (const [path, response] of responses) {
        expect(response.status(), path).toBe(200);
        expect(response.headers()['set-cookie'], path).toBeUndefined();
        const text = await response.text();
        for (const secret of secrets) expect(text.includes(secret), `${path} contains ${secret}`).toBe(false);
        expect(text, path).not.toMatch(/[0-9a-f]{32}:[0-9a-f]{128}/); // a password hash
        if ((response.headers()['content-type'] ?? '').includes('json') && !path.endsWith('openapi.json')) expect(accountKeysIn(JSON.parse(text)), path).toEqual([]);
      }
      await anonymous.dispose();
    } finally {
      const current = await getApp(page.request, 'metabase');
      await putApp(page.request, 'metabase', { ...original, version: current.version });
    }
  });
});
