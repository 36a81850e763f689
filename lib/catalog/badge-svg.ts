import type { StatusClass } from './status';
import { STATUS_LABELS } from './status';

// The badge is embedded on other sites, where our CSS tokens do not exist, so the token colours are baked in.
const STATUS_FILL: Record<StatusClass | 'missing', string> = {
  no_tax: 'oklch(0.47 0.13 150)',
  gated: 'oklch(0.5 0.12 75)',
  partial: 'oklch(0.52 0.15 50)',
  none: 'oklch(0.5 0.19 27)',
  unknown: 'oklch(0.48 0.01 260)',
  missing: 'oklch(0.48 0.01 260)',
};
const LABEL_FILL = 'oklch(0.35 0.01 260)';

/** Escapes text for XML so a name can never become markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

// Verdana 11px averages about 6.8 px a character; exactness is not needed, only room.
const textWidth = (text: string) => Math.round([...text].length * 6.8) + 12;

/** At most `max` characters, counted in code points so an emoji is never cut in half (a lone surrogate). */
function clip(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

/** A two-part badge, "SCIM | Gated · Pro": static SVG with no script, links or external references. */
export function statusBadgeSvg(input: { status: StatusClass | null; firstScimPlan: string | null }): string {
  const label = 'SCIM';
  const plan = input.firstScimPlan ? ` · ${clip(input.firstScimPlan, 40)}` : '';
  const message = input.status === null ? 'unknown app' : `${STATUS_LABELS[input.status]}${plan}`;
  const labelWidth = textWidth(label);
  const messageWidth = textWidth(message);
  const width = labelWidth + messageWidth;
  const fill = STATUS_FILL[input.status ?? 'missing'];
  const title = escapeXml(`${label}: ${message}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${labelWidth}" height="20" fill="${LABEL_FILL}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${fill}"/>`,
    `<g fill="white" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">`,
    `<text x="${labelWidth / 2}" y="14">${escapeXml(label)}</text>`,
    `<text x="${labelWidth + messageWidth / 2}" y="14">${escapeXml(message)}</text>`,
    `</g></svg>`,
  ].join('');
}
