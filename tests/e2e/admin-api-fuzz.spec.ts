import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { anyJsonArbitrary, appRecordArbitrary, freshSlugArbitrary, recordMistakeArbitrary, slugPathSegment, USER_MISTAKES, USER_UPDATE_MISTAKES, withMistake } from '../support/admin-payloads';
import { ADMIN, EDITOR } from './support/accounts';

// Property-based payloads against every admin mutation of the running production server, signed in
// as the admin: a payload with one mistake answers 400 naming the bad field, any JSON answers a 4xx
// with the error envelope, never a 5xx; and a refused request writes nothing (the newest history
// entry, every app's version and the accounts are the same before and after).
const RUNS = Number(process.env.ADMIN_FUZZ_RUNS ?? 40);
const JSON_HEADERS = { 'content-type': 'application/json' };

test.use({ storageState: ADMIN.storageState });
test.describe.configure({ timeout: 240_000 });

type Json = Record<string, unknown>;
const tried: Record<string, number> = {};
test.afterAll(() => console.log(`Admin API fuzz, requests per property: ${Object.entries(tried).map(([name, count]) => `${name} ${count}`).join(', ')}`));

/** What any admin write would change: the newest audit entry, every app's version and state, the accounts. */
async function writeStamp(request: APIRequestContext): Promise<string> {
  const [history, apps, users] = await Promise.all([
    request.get('/api/v1/admin/history?limit=1').then((response) => response.json()),
    request.get('/api/v1/admin/apps?status=all').then((response) => response.json()),
    request.get('/api/v1/admin/users').then((response) => response.json()),
  ]);
  const appState = (apps.apps as { slug: string; version: number; deletedAt: string | null }[]).map((app) => `${app.slug}:${app.version}:${app.deletedAt ?? ''}`);
  return JSON.stringify({ newest: history.entries[0]?.id ?? 0, apps: appState, users: users.users });
}

/** A 4xx in the error envelope: a code and a message a person can read. */
async function expectEnvelope(response: APIResponse, label: string): Promise<{ code: string; message: string; fields?: Record<string, string[]> }> {
  expect(response.status(), `${label}: ${await response.text()}`).toBeGreaterThanOrEqual(400);
  expect(response.status(), label).toBeLessThan(500);
  const { error } = await response.json();
  expect(typeof error?.code, label).toBe('string');
  expect(String(error?.message ?? '').length, label).toBeGreaterThan(5);
  return error;
}

/** 400 validation_failed with an issue at `path` (or below it). */
async function expectNamedRefusal(response: APIResponse, path: string, label: string, mentions?: string) {
  expect(response.status(), `${label}: ${await response.text()}`).toBe(400);
  const error = await expectEnvelope(response, label);
  expect(error.code, label).toBe('validation_failed');
  const matching = Object.keys(error.fields ?? {}).filter((key) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`));
  expect(matching, `${label}: expected ${path} in ${JSON.stringify(error.fields)}`).not.toHaveLength(0);
  if (mentions) expect(matching.flatMap((key) => error.fields?.[key] ?? []).join(' | '), label).toContain(mentions);
}

const send = (request: APIRequestContext, method: string, path: string, body: unknown) =>
  request.fetch(path, { method, headers: JSON_HEADERS, data: JSON.stringify(body) });

/**
 * Streams a JSON body of `bytes` bytes with chunked encoding (no Content-Length), reading the
 * answer while still sending, as curl does: the server must stop reading at the limit and answer.
 */
function sendChunked(url: string, method: string, cookie: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', cookie } });
    let isAnswered = false;
    outgoing.on('response', (response) => {
      isAnswered = true;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on('error', (error) => (isAnswered ? undefined : reject(error)));
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const pump = () => {
      while (!isAnswered && sent < bytes) {
        sent += chunk.length;
        if (!outgoing.write(sent === chunk.length ? `{"pad":"${chunk}` : chunk)) return void outgoing.once('drain', pump);
      }
      if (!isAnswered) outgoing.end('"}');
    };
    pump();
  });
}

function count(name: string) {
  tried[name] = (tried[name] ?? 0) + 1;
}

test('POST /api/v1/admin/apps: one mistake in a new app is refused naming the field, and nothing is created', async ({ request }) => {
  const before = await writeStamp(request);
  await fc.assert(
    fc.asyncProperty(appRecordArbitrary(freshSlugArbitrary('fuzz')), recordMistakeArbitrary, async (record, mistake) => {
      count('create');
      await expectNamedRefusal(await send(request, 'POST', '/api/v1/admin/apps', withMistake(record, mistake)), mistake.path, mistake.name, mistake.mentions);
      expect((await request.get(`/api/v1/admin/apps/${String(record.slug)}`)).status()).toBe(404);
    }),
    { numRuns: RUNS },
  );
  expect(await writeStamp(request)).toBe(before);
});

test('PUT /api/v1/admin/apps/{slug}: a mistake or a stale version changes nothing; an unchanged save is not a change', async ({ request }) => {
  const slugs = ['metabase', 'slack', 'linear', 'notion'];
  const before = await writeStamp(request);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...slugs), fc.option(recordMistakeArbitrary, { freq: 6 }), async (slug, mistake) => {
      count('save');
      const current = await (await request.get(`/api/v1/admin/apps/${slug}`)).json();
      if (mistake) {
        await expectNamedRefusal(await send(request, 'PUT', `/api/v1/admin/apps/${slug}`, withMistake(current, mistake)), mistake.path, mistake.name, mistake.mentions);
      } else {
        const otherVersion = current.version > 1 ? current.version - 1 : current.version + 1; // stale, or one nobody saved yet
        const stale = await send(request, 'PUT', `/api/v1/admin/apps/${slug}`, { ...current, name: `${current.name} (stale)`, version: otherVersion });
        expect(stale.status()).toBe(409);
        expect((await expectEnvelope(stale, 'stale')).code).toBe('version_conflict');
        const unchanged = await send(request, 'PUT', `/api/v1/admin/apps/${slug}`, current);
        expect(unchanged.status()).toBe(200);
        expect(await unchanged.json()).toEqual({ slug, version: current.version, changed: false });
      }
      expect(await (await request.get(`/api/v1/admin/apps/${slug}`)).json()).toEqual(current);
    }),
    { numRuns: RUNS },
  );
  expect(await writeStamp(request)).toBe(before);
});

test('DELETE and restore: any version but the current one, or any slug, deletes nothing', async ({ request }) => {
  const before = await writeStamp(request);
  const { version } = await (await request.get('/api/v1/admin/apps/metabase')).json();
  const weird = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 1000 }).map(String), fc.constantFrom('1e309', 'NaN', '0x1', '-0', ' ', '1.5', '%00', "1' or '1'='1"));
  await fc.assert(
    fc.asyncProperty(weird.filter((value) => Number(value) !== version), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('metabase', 'METABASE', 'metabase%20', '..%2Fmetabase', 'no-such-app', '.', '..')), async (versionText, slug) => {
      count('delete-restore');
      const deleted = await request.delete(`/api/v1/admin/apps/metabase?version=${encodeURIComponent(versionText)}`);
      expect([400, 409], versionText).toContain(deleted.status());
      await expectEnvelope(deleted, `DELETE ?version=${versionText}`);
      const path = `/api/v1/admin/apps/${slugPathSegment(slug)}/restore`;
      const restored = await request.post(path);
      if (restored.status() === 200) expect(await restored.json(), path).toMatchObject({ restored: false }); // a live app: nothing to restore
      else expect(restored.status(), path).toBe(404);
    }),
    { numRuns: RUNS },
  );
  expect(await writeStamp(request)).toBe(before);
});

test('POST /api/v1/admin/import: a file with one bad field is refused with its path; a dry run never writes', async ({ request }) => {
  const exported = await (await request.get('/api/v1/admin/export')).json();
  const before = await writeStamp(request);
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(appRecordArbitrary(freshSlugArbitrary('fuzz-import')), { maxLength: 2, selector: (app) => app.slug }),
      fc.option(fc.tuple(recordMistakeArbitrary, fc.nat()), { freq: 3 }),
      fc.boolean(),
      async (added, mistake, removeMissing) => {
        count('import');
        const file = structuredClone(exported) as { apps: Json[] };
        file.apps.push(...added);
        if (mistake) {
          const [bad, at] = mistake;
          const index = at % file.apps.length;
          file.apps[index] = withMistake(file.apps[index] ?? {}, bad) as Json;
          const response = await send(request, 'POST', `/api/v1/admin/import?dryRun=false&removeMissing=${removeMissing}`, file);
          await expectNamedRefusal(response, `apps[${index}]${bad.path === '(root)' ? '' : `.${bad.path}`}`, bad.name, bad.mentions);
        } else {
          const response = await send(request, 'POST', `/api/v1/admin/import?dryRun=true&removeMissing=${removeMissing}`, file);
          expect(response.status(), await response.text()).toBe(200);
          const report = await response.json();
          expect(report).toMatchObject({ dryRun: true, removed: [], changed: [] });
          expect([...report.added].sort()).toEqual(added.map((app) => String(app.slug)).sort());
        }
      },
    ),
    { numRuns: Math.max(10, Math.round(RUNS / 2)) },
  );
  expect(await writeStamp(request)).toBe(before);
});

test('POST /api/v1/admin/users and PATCH …/{id}: mistakes are refused naming the field; nobody is created or changed', async ({ request }) => {
  const users = (await (await request.get('/api/v1/admin/users')).json()).users as { id: string; email: string }[];
  const admin = users.find((user) => user.email === ADMIN.email);
  const editor = users.find((user) => user.email === EDITOR.email);
  if (!admin || !editor) throw new Error('auth.setup.ts creates both accounts');
  const before = await writeStamp(request);
  const account = fc.record({
    name: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim().length > 0),
    email: fc.emailAddress().filter((email) => email.length < 200),
    password: fc.string({ minLength: 12, maxLength: 60 }),
    role: fc.constantFrom('admin', 'editor'),
  });
  await fc.assert(
    fc.asyncProperty(account, fc.constantFrom(...USER_MISTAKES), fc.constantFrom(...USER_UPDATE_MISTAKES), async (valid, mistake, updateMistake) => {
      count('users');
      await expectNamedRefusal(await send(request, 'POST', '/api/v1/admin/users', mistake.body(valid)), mistake.path, mistake.name);
      await expectNamedRefusal(await send(request, 'PATCH', `/api/v1/admin/users/${editor.id}`, updateMistake.body), updateMistake.path, updateMistake.name);
    }),
    { numRuns: RUNS },
  );
  const selfDemotion = await send(request, 'PATCH', `/api/v1/admin/users/${admin.id}`, { role: 'editor' });
  expect(selfDemotion.status()).toBe(409);
  expect((await expectEnvelope(selfDemotion, 'self demotion')).code).toBe('cannot_demote_self');
  expect((await send(request, 'PATCH', `/api/v1/admin/users/${admin.id}`, { disabled: true })).status()).toBe(409);
  expect((await send(request, 'PATCH', '/api/v1/admin/users/no-such-account', { role: 'editor' })).status()).toBe(404);
  expect((await send(request, 'POST', '/api/v1/admin/users', { name: 'Twin', email: EDITOR.email.toUpperCase(), password: 'long enough passphrase', role: 'admin' })).status()).toBe(409);
  expect(await writeStamp(request)).toBe(before);
});

test('any JSON body on any admin mutation: a 4xx with the error envelope, never a 5xx, nothing written', async ({ request }) => {
  const endpoints = [
    ['POST', '/api/v1/admin/apps'],
    ['PUT', '/api/v1/admin/apps/metabase'],
    ['POST', '/api/v1/admin/import?dryRun=false'],
    ['POST', '/api/v1/admin/users'],
    ['PATCH', '/api/v1/admin/users/no-such-account'],
  ] as const;
  const before = await writeStamp(request);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...endpoints), anyJsonArbitrary, async ([method, path], body) => {
      count('any-json');
      await expectEnvelope(await send(request, method, path, body), `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`);
    }),
    { numRuns: RUNS * 2 },
  );
  expect(await writeStamp(request)).toBe(before);
});

test('malformed, empty, oversized, chunked and mistyped bodies: 400, 413 or 415 on every admin mutation, nothing written', async ({ request, baseURL }) => {
  const cookie = (await request.storageState()).cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  const endpoints = [
    { method: 'POST', path: '/api/v1/admin/apps', limit: 1_048_576 },
    { method: 'PUT', path: '/api/v1/admin/apps/metabase', limit: 1_048_576 },
    { method: 'POST', path: '/api/v1/admin/import?dryRun=false', limit: 10_000_000 },
    { method: 'POST', path: '/api/v1/admin/users', limit: 1_048_576 },
    { method: 'PATCH', path: '/api/v1/admin/users/no-such-account', limit: 1_048_576 },
  ];
  const oversized = (limit: number) => `{"pad":"${'x'.repeat(limit + 1_000)}"}`;
  const before = await writeStamp(request);
  let attacks = 0;
  for (const { method, path, limit } of endpoints) {
    const cases: { label: string; init: RequestInit; status: number; code: string }[] = [
      { label: 'malformed JSON', init: { body: '{"slug": ', headers: JSON_HEADERS }, status: 400, code: 'malformed_json' },
      { label: 'trailing comma', init: { body: '{"role":"editor",}', headers: JSON_HEADERS }, status: 400, code: 'malformed_json' },
      { label: 'empty body', init: { body: '', headers: JSON_HEADERS }, status: 400, code: 'malformed_json' },
      { label: 'text/plain', init: { body: '{}', headers: { 'content-type': 'text/plain' } }, status: 415, code: 'unsupported_media_type' },
      { label: 'a form', init: { body: new URLSearchParams({ slug: 'x', role: 'admin' }) }, status: 415, code: 'unsupported_media_type' },
      { label: 'multipart', init: { body: (() => { const form = new FormData(); form.set('file', new Blob(['{}'], { type: 'application/json' }), 'catalog.json'); return form; })() }, status: 415, code: 'unsupported_media_type' },
      { label: 'no content type', init: { body: new TextEncoder().encode('{}') }, status: 415, code: 'unsupported_media_type' },
      { label: 'JSON lookalike type', init: { body: '{}', headers: { 'content-type': 'application/jsonp' } }, status: 415, code: 'unsupported_media_type' },
      { label: 'over the limit', init: { body: oversized(limit), headers: JSON_HEADERS }, status: 413, code: 'payload_too_large' },
    ];
    for (const { label, init, status, code } of cases) {
      attacks += 1;
      const response = await fetch(`${baseURL}${path}`, { ...init, method, headers: { ...(init.headers as Record<string, string>), cookie } });
      const text = await response.text();
      expect(response.status, `${method} ${path} ${label}: ${text.slice(0, 200)}`).toBe(status);
      expect(JSON.parse(text).error.code, `${method} ${path} ${label}`).toBe(code);
    }
    attacks += 1;
    const chunked = await sendChunked(`${baseURL}${path}`, method, cookie, limit + 64 * 1024);
    expect(chunked.status, `${method} ${path} chunked: ${chunked.body.slice(0, 200)}`).toBe(413);
    expect(JSON.parse(chunked.body).error.code).toBe('payload_too_large');
  }
  tried.transport = attacks;
  expect(await writeStamp(request)).toBe(before);
});
