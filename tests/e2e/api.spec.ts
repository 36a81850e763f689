import { expect, test } from '@playwright/test';

test.describe('public API contract', () => {
  test('GET /api/v1/apps searches, pages and counts every match', async ({ request }) => {
    const response = await request.get('/api/v1/apps?q=meta&seats=10');
    expect(response.status()).toBe(200);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const body = await response.json();
    expect(body.total).toBe(1);
    expect(body.apps[0]).toMatchObject({ slug: 'metabase', name: 'Metabase', category: 'BI & analytics', firstSsoPlan: 'Pro', firstScimPlan: 'Pro', scimIncreaseAnnual: 5400 });

    const paged = await (await request.get('/api/v1/apps?limit=5&offset=5')).json();
    expect(paged.apps).toHaveLength(5);
    expect(paged.total).toBeGreaterThanOrEqual(90);
    const all = await (await request.get('/api/v1/apps')).json();
    expect(all.apps).toHaveLength(50);
    expect(all.limit).toBe(50);

    const filtered = await (await request.get('/api/v1/apps?idp=groups:entra&limit=500')).json();
    expect(filtered.apps.map((app: { slug: string }) => app.slug)).not.toContain('metabase');
    const byCategory = await (await request.get(`/api/v1/apps?category=${encodeURIComponent('BI & analytics')}&limit=500`)).json();
    expect(byCategory.apps.every((app: { category: string }) => app.category === 'BI & analytics')).toBe(true);
  });

  test('GET /api/v1/apps returns each status class and filters by it', async ({ request }) => {
    const all = await (await request.get('/api/v1/apps?limit=500')).json();
    const metabase = all.apps.find((app: { slug: string }) => app.slug === 'metabase');
    expect(metabase.status).toBe('gated');
    const counts: Record<string, number> = {};
    for (const app of all.apps as { status: string }[]) counts[app.status] = (counts[app.status] ?? 0) + 1;
    for (const status of ['no_tax', 'gated', 'partial', 'none', 'unknown']) {
      const filtered = await (await request.get(`/api/v1/apps?status=${status}&limit=500`)).json();
      expect(filtered.total, status).toBe(counts[status] ?? 0);
      expect(filtered.apps.every((app: { status: string }) => app.status === status)).toBe(true);
    }
    expect((await request.get('/api/v1/apps?status=cheap')).status()).toBe(400);
  });

  test('GET /api/v1/apps/{slug}/badge.svg is an inert, cacheable SVG', async ({ request }) => {
    const response = await request.get('/api/v1/apps/metabase/badge.svg');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(response.headers()['cache-control']).toContain('max-age=');
    const svg = await response.text();
    expect(svg).toContain('Gated · Pro');
    expect(svg).not.toMatch(/<script|href=/i);
    expect((await request.get('/api/v1/apps/nope/badge.svg')).status()).toBe(404);
  });

  test('GET /api/v1/apps/{slug} returns the whole profile and no account data', async ({ request }) => {
    const body = await (await request.get('/api/v1/apps/metabase')).json();
    expect(body.plans.map((plan: { name: string }) => plan.name)).toEqual(['Open Source', 'Starter', 'Pro', 'Enterprise']);
    expect(body.idps.find((idp: { idp: string }) => idp.idp === 'jumpcloud').sso).toBeNull();
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body).not.toHaveProperty('updatedBy');
    expect(body).not.toHaveProperty('id');
  });

  test('GET /api/v1/apps/{slug}/costs reproduces the reference table', async ({ request }) => {
    const body = await (await request.get('/api/v1/apps/metabase/costs?seats=10,15,25&billing=monthly')).json();
    expect(body.rows.map((row: { seats: number; basePlan: { annualCost: number }; scimPlan: { annualCost: number }; increase: number }) => [row.seats, row.basePlan.annualCost, row.scimPlan.annualCost, row.increase])).toEqual([
      [10, 600, 6000, 5400],
      [15, 900, 6600, 5700],
      [25, 1500, 7800, 6300],
    ]);
    const annual = await (await request.get('/api/v1/apps/metabase/costs?seats=25&billing=annual&from=Pro')).json();
    expect(annual.rows[0]).toMatchObject({ basePlan: { name: 'Pro', annualCost: 7020 }, scimPlan: { name: 'Pro', annualCost: 7020 }, increase: 0 });
    const fromFree = await (await request.get('/api/v1/apps/metabase/costs?seats=10&from=Open%20Source')).json();
    expect(fromFree.rows[0]).toMatchObject({ basePlan: { name: 'Open Source', annualCost: 0 }, scimPlan: { name: 'Pro' }, increase: 6000 });
    const quote = await (await request.get('/api/v1/apps/linear/costs?seats=10')).json();
    expect(quote.rows[0].scimPlan).toMatchObject({ name: 'Enterprise', annualCost: null });
    expect(quote.rows[0].increase).toBeNull();
  });

  test('bad input answers 400 or 404 with a clear message, never 500', async ({ request }) => {
    const cases: [string, number, RegExp][] = [
      ['/api/v1/apps/nope', 404, /No app with slug "nope"/],
      ['/api/v1/apps/nope/costs', 404, /No app/],
      ['/api/v1/apps/metabase/costs?seats=0', 400, /whole number from 1 to 100,000/],
      ['/api/v1/apps/metabase/costs?seats=1.5', 400, /whole number/],
      ['/api/v1/apps/metabase/costs?seats=100001', 400, /whole number/],
      ['/api/v1/apps/metabase/costs?seats=ten', 400, /whole number/],
      [`/api/v1/apps/metabase/costs?seats=${Array.from({ length: 51 }, (_, index) => index + 1).join(',')}`, 400, /At most 50 team sizes/],
      ['/api/v1/apps/metabase/costs?billing=weekly', 400, /Billing is monthly or annual/],
      ['/api/v1/apps/metabase/costs?from=Gold', 400, /no plan named "Gold"/],
      ['/api/v1/apps?limit=501', 400, /limit must be a whole number from 1 to 500/],
      ['/api/v1/apps?offset=-1', 400, /offset/],
      ['/api/v1/apps?seats=0', 400, /Seats must be/],
      ['/api/v1/apps?idp=myspace', 400, /idp must be/],
      ['/api/v1/apps?sort=random', 400, /sort is one of/],
      ['/api/v1/suggest', 400, /expected string|q is required/],
    ];
    for (const [path, status, message] of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      const body = await response.json();
      expect(body.error.code, path).toEqual(expect.any(String));
      expect(body.error.message, path).toMatch(message);
    }
  });

  test('exports the whole catalog as JSON and CSV', async ({ request }) => {
    const json = await (await request.get('/api/v1/export.json')).json();
    expect(json.format).toBe('scimgap-catalog');
    expect(json.apps.length).toBeGreaterThanOrEqual(90);
    expect(json.apps.find((app: { slug: string }) => app.slug === 'metabase').plans).toHaveLength(4);
    // The open data in it travels with the credit its licences ask for.
    expect(json.notices.join('\n')).toContain('SCIM Tax Index (Iden, 2026). https://scimtax.org/ — CC-BY 4.0');
    expect(json.notices.join('\n')).toContain('Apache License 2.0');
    const klaviyo = json.apps.find((app: { slug: string }) => app.slug === 'klaviyo');
    expect(klaviyo.sources.map((source: { title: string }) => source.title).join('\n')).toMatch(/SCIM Tax Index 2026-04 \(Iden, CC BY 4\.0\), row “Klaviyo”/);
    const csv = await request.get('/api/v1/export.csv');
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^slug,name,vendor,category/);
    expect(lines.filter((line) => line.startsWith('metabase,'))).toHaveLength(4);
  });

  test('describes itself in OpenAPI 3.1', async ({ request }) => {
    const doc = await (await request.get('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/v1/apps', '/api/v1/apps/{slug}', '/api/v1/apps/{slug}/costs', '/api/v1/export.json', '/api/v1/export.csv', '/api/v1/openapi.json']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.components.schemas.Costs.properties.rows).toBeDefined();
  });

  test('answers CORS preflight for GET', async ({ request }) => {
    const response = await request.fetch('/api/v1/apps', { method: 'OPTIONS' });
    expect(response.status()).toBe(204);
    expect(response.headers()['access-control-allow-methods']).toContain('GET');
  });
});
