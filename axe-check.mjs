import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await (await browser.newContext()).newPage();
for (const path of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:3100' + path);
  const r = await new AxeBuilder({ page }).analyze();
  for (const v of r.violations) console.log(path, v.id, v.nodes.map(n => n.target.join(' ') + ' :: ' + n.html.slice(0, 160)).join('\n   '));
}
const ctx = await browser.newContext({ javaScriptEnabled: false });
const p2 = await ctx.newPage();
await p2.goto('http://127.0.0.1:3100/apps?idp=scim:entra&q=meta');
console.log('nojs visible rows', await p2.locator('[data-testid=catalog-row]:visible').count());
await browser.close();
