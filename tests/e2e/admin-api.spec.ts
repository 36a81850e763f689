import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';

const MUTATIONS = [
  { method: 'POST', path: '/api/v1/admin/apps', role: 'editor' },
  { method: 'PUT', path: '/api/v1/admin/apps/metabase', role: 'editor' },
  { method: 'DELETE', path: '/api/v1/admin/apps/metabase', role: 'editor' },
  { method: 'POST', path: '/api/v1/admin/apps/metabase/restore', role: 'editor' },
  { method: 'POST', path: '/api/v1/admin/import?dryRun=true', role: 'editor' },
  { method: 'POST', path: '/api/v1/admin/import?dryRun=false', role: 'editor' },
  { method: 'POST', path: '/api/v1/admin/users', role: 'admin' },
  { method: 'PATCH', path: '/api/v1/admin/users/some-id', role: 'admin' },
] as const;

const READS = ['/api/v1/admin/apps', '/api/v1/admin/apps/metabase', '/api/v1/admin/history', '/api/v1/admin/users', '/api/v1/admin/export'];

function send(request: APIRequestContext, method: string, path: string, options: Parameters<APIRequestContext['fetch']>[1] = {}) {
  return request.fetch(path, { method, data: {}, ...options });
}

test.describe('without a session', () => {
  for (const { method, path } of MUTATIONS) {
    test(`${method} ${path} → 401, or 403 from another site`, async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL });
      const response = await send(request, method, path);
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toBe('unauthenticated');
      const foreign = await send(request, method, path, { headers: { Origin: 'https://evil.example' } });
      expect(foreign.status()).toBe(403);
      expect((await foreign.json()).error.code).toBe('forbidden_origin');
      await request.dispose();
    });
  }

  test('reads → 401', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    for (const path of READS) expect((await request.get(path)).status(), path).toBe(401);
    await request.dispose();
  });
});

test.describe('with the editor session', () => {
  test.use({ storageState: EDITOR.storageState });

  test('admin-only endpoints → 403; catalog reads work', async ({ request }) => {
    for (const { method, path } of MUTATIONS.filter((mutation) => mutation.role === 'admin')) {
      const response = await send(request, method, path);
      expect(response.status(), `${method} ${path}`).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden');
    }
    expect((await request.get('/api/v1/admin/users')).status()).toBe(403);
    expect((await request.get('/api/v1/admin/apps/metabase')).status()).toBe(200);
  });
});

test.describe('with the admin session', () => {
  test.use({ storageState: ADMIN.storageState });

  test('a mutation from another site is refused even with a valid session', async ({ request }) => {
    const response = await request.put('/api/v1/admin/apps/metabase', { data: {}, headers: { Origin: 'https://evil.example' } });
    expect(response.status()).toBe(403);
    const sameSite = await request.put('/api/v1/admin/apps/metabase', { data: {}, headers: { Origin: 'http://127.0.0.1:1' } });
    expect(sameSite.status()).toBe(403);
  });

  test("a user's mistakes get 4xx with the error envelope, never a 500", async ({ request, baseURL }) => {
    const malformed = await request.put('/api/v1/admin/apps/metabase', { headers: { 'content-type': 'application/json', Origin: baseURL ?? '' }, data: Buffer.from('{"slug": ') });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe('malformed_json');

    const wrongType = await request.put('/api/v1/admin/apps/metabase', { headers: { 'content-type': 'text/plain' }, data: 'hello' });
    expect(wrongType.status()).toBe(415);
    expect((await wrongType.json()).error.code).toBe('unsupported_media_type');

    const huge = await request.put('/api/v1/admin/apps/metabase', { headers: { 'content-type': 'application/json' }, data: `{"pad":"${'x'.repeat(1_100_000)}"}` });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.code).toBe('payload_too_large');

    const app = await (await request.get('/api/v1/admin/apps/metabase')).json();
    const invalid = await request.put('/api/v1/admin/apps/metabase', { data: { ...app, plans: [{ ...app.plans[0], price: { model: 'per_seat', monthlyPerSeat: -1 } }] } });
    expect(invalid.status()).toBe(400);
    const body = await invalid.json();
    expect(body.error).toMatchObject({ code: 'validation_failed', fields: { 'plans[0].price.monthlyPerSeat': ['Must not be negative'] } });

    const renamed = await request.put('/api/v1/admin/apps/metabase', { data: { ...app, slug: 'metabase-2' } });
    expect(renamed.status()).toBe(400);
    expect((await renamed.json()).error.fields.slug[0]).toContain('cannot change');

    expect((await request.get('/api/v1/admin/apps/no-such-app')).status()).toBe(404);
    const badId = await request.patch('/api/v1/admin/users/no-such-user', { data: { role: 'editor' } });
    expect(badId.status()).toBe(404);
    const emptyPatch = await request.patch('/api/v1/admin/users/no-such-user', { data: {} });
    expect(emptyPatch.status()).toBe(400);
  });

  test('PUT with a stale version → 409 version_conflict, nothing written; the current version → 200', async ({ request }) => {
    const app = await (await request.get('/api/v1/admin/apps/slack')).json();
    expect(typeof app.version).toBe('number');
    const first = await request.put('/api/v1/admin/apps/slack', { data: { ...app, limitations: [...app.limitations, 'API e2e edit'] } });
    expect(first.status()).toBe(200);
    const { version } = await first.json();
    expect(version).toBe(app.version + 1);

    const stale = await request.put('/api/v1/admin/apps/slack', { data: { ...app, name: 'Stale Slack' } });
    expect(stale.status()).toBe(409);
    const conflict = await stale.json();
    expect(conflict.error).toMatchObject({ code: 'version_conflict', current: { version, updatedBy: ADMIN.name } });
    expect(conflict.error.message).toMatch(/changed by Erin Admin at .* since you opened it/);
    const current = await (await request.get('/api/v1/admin/apps/slack')).json();
    expect(current.name).toBe(app.name);

    const restored = await request.put('/api/v1/admin/apps/slack', { data: { ...app, version } });
    expect(restored.status()).toBe(200);
    const again = await request.put('/api/v1/admin/apps/slack', { data: { ...app, version: version + 1 } });
    expect(await again.json()).toMatchObject({ changed: false });

    const history = await (await request.get('/api/v1/admin/history?app=slack&limit=2')).json();
    expect(history.entries[0]).toMatchObject({ action: 'app.update', actor: { name: ADMIN.name } });
    expect(history.entries[0].changes).toEqual(['limitations: removed "API e2e edit"']);
  });

  test('create, delete and restore through the API', async ({ request }) => {
    const app = await (await request.get('/api/v1/admin/apps/metabase')).json();
    const { version: _version, ...record } = app;
    const created = await request.post('/api/v1/admin/apps', { data: { ...record, slug: 'api-e2e-app', name: 'API E2E App' } });
    expect(created.status()).toBe(201);
    expect((await request.post('/api/v1/admin/apps', { data: { ...record, slug: 'api-e2e-app' } })).status()).toBe(409);
    expect((await request.delete('/api/v1/admin/apps/api-e2e-app')).status()).toBe(200);
    expect((await request.get('/api/v1/admin/apps/api-e2e-app')).status()).toBe(404);
    expect((await request.post('/api/v1/admin/apps/api-e2e-app/restore')).status()).toBe(200);
    expect((await request.get('/api/v1/admin/apps/api-e2e-app')).status()).toBe(200);
    expect((await request.delete('/api/v1/admin/apps/api-e2e-app')).status()).toBe(200);
  });
});
