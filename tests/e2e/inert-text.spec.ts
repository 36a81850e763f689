import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../lib/open-data/csv';
import { ADMIN } from './support/accounts';

// An admin saves an app whose every text field holds markup, script, RTL text, emoji and invisible
// characters. Everywhere the app is shown (public pages, API, badge, exports, admin pages) the text
// must arrive as text: no script runs, no dialog opens, no element is injected, and the exact
// characters are there to read. The CSP allows inline scripts (Next needs them), so escaping is
// the only defence this test leans on.
test.use({ storageState: ADMIN.storageState });
test.describe.configure({ timeout: 120_000 });

const stamp = Date.now().toString(36);
const slug = `inert-${stamp}`;
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SVG = '"><svg onload=window.__pwned=1>';
const ARABIC = 'مرحبا بالعالم';
const HEBREW = 'שלום עולם';
const EMOJI = '👩‍💻🚀🇺🇦';
const ZERO_WIDTH = 'zero\u200Bwidth\u200Djoin\uFEFFed'; // inside the text: trimming would drop a final U+FEFF
const BIDI = '\u202Egnp.exe\u202C';

const NAME = `Inert ${stamp} ${IMG} ${ARABIC} ${EMOJI}`;
const VENDOR = `${SCRIPT} ${ZERO_WIDTH} ${HEBREW}`;
const PRO = `Pro ${IMG}`;
const LIMITATIONS = [SCRIPT, IMG, SVG, `RTL ${ARABIC} / ${HEBREW}`, `Zero-width ${ZERO_WIDTH}`, `Bidi ${BIDI}`, '{{7*7}} ${7*7} #{7*7}', '=HYPERLINK("https://evil.example","click")'];
const SOURCE_TITLE = `${SCRIPT} ${ARABIC}`;

const record = {
  slug,
  name: NAME,
  vendor: VENDOR,
  category: 'Developer tools',
  website: 'https://example.com/?q=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  hosting: ['cloud'],
  sso: { protocols: [`SAML ${SVG}`], requiredForScim: true },
  scim: { version: `2.0 ${EMOJI}`, operations: ['create', 'deactivate'], attributes: [IMG, `${ARABIC}`], tokenSource: SCRIPT, docsUrl: 'https://example.com/docs?<b>bold</b>' },
  limitations: LIMITATIONS,
  discrepancies: [`${IMG} ${HEBREW}`],
  plans: [
    { name: `Free ${SCRIPT}`, rank: 0, hosting: 'cloud', sso: false, scim: false, price: { model: 'free', currency: 'USD', note: IMG } },
    { name: PRO, rank: 1, hosting: 'cloud', sso: true, scim: true, price: { model: 'per_seat', currency: 'USD', monthlyPerSeat: 12, note: SCRIPT }, note: `${SVG} ${BIDI}` },
  ],
  idps: [
    { idp: 'okta', sso: true, provisioning: 'scim', features: { createUsers: true, updateUsers: true, deactivateUsers: true, pushGroups: null }, integration: `OIN app ${IMG}`, syncIntervalMinutes: 40, notes: `${SCRIPT} ${ARABIC}` },
  ],
  sources: [{ url: 'https://example.com/pricing?a=1&b=<x>', title: SOURCE_TITLE, asOf: '2026-11-01', covers: ['pricing', 'scim'] }],
  verifiedAt: '2026-11-01',
  confidence: 'low',
};

/** Collects every dialog and proves afterwards that no injected script or element ran on the page. */
function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    async expectInert(where: string) {
      const injected = await page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned,
        handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on') && attribute.value.includes('__pwned'))).length,
        images: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.scripts].filter((script) => script.textContent?.trim().startsWith('window.__pwned')).length,
      }));
      expect(injected, where).toEqual({ pwned: undefined, handlers: 0, images: 0, scripts: 0 });
      expect(dialogs, where).toEqual([]);
    },
  };
}

test.beforeAll(async ({ request }) => {
  const created = await request.post('/api/v1/admin/apps', { data: record });
  expect(created.status(), await created.text()).toBe(201);
});

test.afterAll(async ({ request }) => {
  await request.delete(`/api/v1/admin/apps/${slug}`); // soft delete: the public pages and API are back to the seeded apps
  expect((await request.get(`/api/v1/apps/${slug}`)).status()).toBe(404);
});

test('public pages show every hostile text literally and run none of it', async ({ page }) => {
  const guard = watch(page);

  await page.goto(`/apps/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${NAME} SCIM provisioning`);
  await expect(page).toHaveTitle(new RegExp(`Inert ${stamp}`));
  expect(await page.title()).toContain(IMG);
  const body = page.locator('main');
  for (const text of [VENDOR, ...LIMITATIONS, SOURCE_TITLE, PRO]) await expect(body, text).toContainText(text);
  expect(await body.innerText()).toContain(ZERO_WIDTH); // invisible characters are kept, not stripped
  await expect(page.getByRole('link', { name: SOURCE_TITLE })).toHaveAttribute('href', record.sources[0]?.url ?? '');
  await guard.expectInert('profile');

  await page.goto(`/apps?q=${encodeURIComponent(`Inert ${stamp}`)}`);
  await expect(page.getByRole('link', { name: NAME })).toBeVisible();
  await guard.expectInert('catalog search');

  await page.goto(`/compare?apps=${slug},metabase`);
  await expect(page.getByTestId('compare-table')).toContainText(NAME);
  await expect(page.getByTestId('compare-table')).toContainText(PRO);
  await guard.expectInert('compare');

  await page.goto(`/diagnostic?app=${slug}`);
  await expect(page.locator('main')).toContainText(NAME);
  await guard.expectInert('diagnostic');

  // The raw HTML never carries the markup unescaped, in the markup or in Next's inline payload.
  for (const path of [`/apps/${slug}`, `/compare?apps=${slug}`, `/apps?q=${stamp}`]) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toContain(stamp);
    for (const raw of ['<img src=x onerror', '<script>window.__pwned', '<svg onload']) expect(html, `${path} ${raw}`).not.toContain(raw);
  }
});

test('the API, badge and exports carry the exact text, and the badge is inert', async ({ page, request }) => {
  const api = await (await request.get(`/api/v1/apps/${slug}`)).json();
  expect(api).toMatchObject({ name: NAME, vendor: VENDOR, limitations: LIMITATIONS });
  expect(api.sources[0].title).toBe(SOURCE_TITLE);

  const badge = await request.get(`/api/v1/apps/${slug}/badge.svg`);
  const svg = await badge.text();
  expect(badge.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(svg).not.toMatch(/<(?!\/?(?:svg|title|rect|g|text)\b)/); // only the badge's own elements
  expect(svg).toContain('· Pro &lt;img src=x onerror=&quot;window.__pwned='); // the plan name, escaped (and shortened to 40 characters)
  const guard = watch(page);
  await page.goto(`/api/v1/apps/${slug}/badge.svg`);
  await expect(page.locator('title')).toHaveText(/^SCIM: .* · Pro <img src=x onerror="window\.__pwned=/);
  await guard.expectInert('badge');

  const exported = await (await request.get('/api/v1/export.json')).json();
  const app = exported.apps.find((entry: { slug: string }) => entry.slug === slug);
  expect(app).toMatchObject({ name: NAME, vendor: VENDOR, limitations: LIMITATIONS, discrepancies: record.discrepancies, sso: record.sso, scim: record.scim, sources: record.sources });
  expect(app.plans.map((plan: { name: string }) => plan.name)).toEqual(record.plans.map((plan) => plan.name));

  const csv = parseCsv(await (await request.get('/api/v1/export.csv')).text()).map((line) => line.fields);
  const header = csv[0] ?? [];
  const rows = csv.filter((row) => row[header.indexOf('slug')] === slug);
  expect(rows.map((row) => [row[header.indexOf('name')], row[header.indexOf('vendor')], row[header.indexOf('plan')]])).toEqual([
    [NAME, VENDOR, record.plans[0]?.name],
    [NAME, VENDOR, PRO],
  ]);
});

test('admin pages (editor, preview, list, history) show the text literally and run none of it', async ({ page, request }) => {
  const guard = watch(page);
  await page.goto(`/admin/apps/${slug}`);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(NAME);
  await expect(page.getByLabel('Vendor')).toHaveValue(VENDOR);
  await expect(page.getByRole('textbox', { name: 'Limitations' })).toHaveValue(LIMITATIONS.join('\n'));
  await page.getByRole('button', { name: 'Preview public profile' }).click();
  const preview = page.getByRole('region', { name: `Preview of ${NAME}` });
  await expect(preview).toContainText(VENDOR);
  await expect(preview).toContainText(SCRIPT);
  await guard.expectInert('editor and preview');

  // One more save through the API, so the history shows a diff of hostile text too.
  const current = await (await request.get(`/api/v1/admin/apps/${slug}`)).json();
  const saved = await request.put(`/api/v1/admin/apps/${slug}`, { data: { ...current, limitations: [...LIMITATIONS, `Added ${SVG}`] } });
  expect(saved.status(), await saved.text()).toBe(200);

  await page.goto(`/admin?q=${encodeURIComponent(`Inert ${stamp}`)}`);
  await expect(page.locator('main')).toContainText(NAME);
  await guard.expectInert('admin list');

  await page.goto(`/admin/history?app=${slug}`);
  const entries = page.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText(`limitations: added ${JSON.stringify(`Added ${SVG}`)}`); // the diff quotes text as JSON
  await guard.expectInert('history');
});
