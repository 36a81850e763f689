import { describe, expect, it } from 'vitest';
import { escapeXml, statusBadgeSvg } from '@/lib/catalog/badge-svg';

describe('status badge SVG', () => {
  it('states the class and first SCIM plan', () => {
    const svg = statusBadgeSvg({ status: 'gated', firstScimPlan: 'Pro' });
    expect(svg).toContain('>Gated · Pro</text>');
    expect(svg).toContain('aria-label="SCIM: Gated · Pro"');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('keeps markup in names inert', () => {
    const svg = statusBadgeSvg({ status: 'no_tax', firstScimPlan: '<script>alert(1)</script>"&' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;');
    expect(escapeXml(`'`)).toBe('&#39;');
  });

  it('shortens a long plan name without cutting an emoji in half', () => {
    const svg = statusBadgeSvg({ status: 'gated', firstScimPlan: `${'x'.repeat(38)}👩‍💻 Enterprise` });
    expect(svg).toContain(`>Gated · ${'x'.repeat(38)}👩…</text>`);
    expect(svg).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('has no script, link or external reference, and says when the app is unknown', () => {
    const svg = statusBadgeSvg({ status: null, firstScimPlan: null });
    expect(svg).toContain('unknown app');
    expect(svg).not.toMatch(/<script|href=|xlink|url\(|<foreignObject/i);
  });
});
