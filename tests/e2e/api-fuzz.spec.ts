import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { slugPathSegment } from '../support/admin-payloads';

// Property-based bad input against the running production server: every answer is a 2xx or a 4xx with a
// clear message, never a 5xx. Counts of inputs tried are printed for the closing note.
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

const weirdText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('مرحبا', 'שלום', '👩‍💻🚀', '<script>alert(1)</script>', "' OR 1=1 --", '%00', '..%2F..%2F', '\u202Emetabase', 'a'.repeat(500), '-1', '1e309', 'NaN', '0x10', ' 10 '),
);
const number = fc.oneof(fc.integer({ min: -10, max: 200_000 }).map(String), fc.double().map(String), weirdText);

async function expectClearAnswer(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown) {
  const response = method === 'GET' ? await request.get(path) : await request.post(path, { data: data as object });
  const status = response.status();
  expect(status, `${method} ${path}`).toBeLessThan(500);
  if (status >= 400) {
    const body = await response.json();
    expect(typeof body.error?.message, `${method} ${path}`).toBe('string');
    expect(body.error.message.length).toBeGreaterThan(0);
  }
  return status;
}

test.describe('public API under generated bad input', () => {
  test('GET /api/v1/apps never fails on its parameters', async ({ request }) => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ q: weirdText, category: weirdText, idp: fc.oneof(weirdText, fc.constantFrom('okta', 'groups:entra', 'scim:ping', 'groups:')), seats: number, limit: number, offset: number, sort: weirdText, status: weirdText, billing: weirdText, position: weirdText }, { requiredKeys: [] }),
        async (params) => {
          tried += 1;
          const query = new URLSearchParams(params as Record<string, string>).toString();
          await expectClearAnswer(request, 'GET', `/api/v1/apps?${query}`);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`GET /api/v1/apps: ${tried} generated inputs`);
  });

  test('GET /api/v1/apps/{slug} and /costs never fail on slugs and parameters', async ({ request }) => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(weirdText, fc.constantFrom('metabase', 'slack', 'linear')),
        fc.record({ seats: fc.oneof(number, fc.array(number, { maxLength: 60 }).map((list) => list.join(','))), billing: weirdText, from: fc.oneof(weirdText, fc.constantFrom('Pro', 'Starter', 'Open Source')) }, { requiredKeys: [] }),
        async (slug, params) => {
          tried += 1;
          const encoded = slugPathSegment(slug);
          const status = await expectClearAnswer(request, 'GET', `/api/v1/apps/${encoded}`);
          expect([200, 404]).toContain(status);
          await expectClearAnswer(request, 'GET', `/api/v1/apps/${encoded}/costs?${new URLSearchParams(params as Record<string, string>)}`);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`GET /api/v1/apps/{slug}(/costs): ${tried} generated inputs`);
  });

  test('POST /api/v1/diagnostic never fails on any JSON body', async ({ request }) => {
    let tried = 0;
    const appInput = fc.record(
      { slug: fc.oneof(weirdText, fc.constantFrom('metabase', 'slack')), currentPlan: fc.oneof(weirdText, fc.constantFrom('Starter', 'Pro')), users: fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.double(), weirdText), hosting: weirdText, changesPerMonth: fc.oneof(fc.double(), weirdText), alternativeAnnualCost: fc.oneof(fc.double(), weirdText) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ idp: fc.oneof(weirdText, fc.constantFrom('okta', 'entra')), needGroupSync: fc.oneof(fc.boolean(), weirdText), requireAutomatedDeprovisioning: fc.oneof(fc.boolean(), weirdText), minutesPerChange: fc.oneof(fc.double(), weirdText), hourlyCost: fc.oneof(fc.double(), weirdText), billing: weirdText, apps: fc.array(appInput, { maxLength: 5 }) }, { requiredKeys: [] }),
        ),
        async (body) => {
          tried += 1;
          await expectClearAnswer(request, 'POST', '/api/v1/diagnostic', body);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`POST /api/v1/diagnostic: ${tried} generated bodies`);
  });

  test('oversized, malformed and mistyped bodies are refused with 4xx', async ({ request }) => {
    const huge = await request.post('/api/v1/diagnostic', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from(`{"apps":"${'x'.repeat(1_100_000)}"}`) });
    expect(huge.status()).toBe(413);
    for (const body of ['', '{', '[1,2', 'null', '"text"', '{"idp": "okta",}']) {
      const response = await request.post('/api/v1/diagnostic', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from(body) });
      expect(response.status(), body).toBe(400);
    }
    const form = await request.post('/api/v1/diagnostic', { form: { idp: 'okta' } });
    expect(form.status()).toBe(415);
  });
});
