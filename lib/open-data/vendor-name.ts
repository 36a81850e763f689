/**
 * Vendor names and slugs, for matching open-data rows to catalog profiles.
 *
 * Decisions:
 * - A name is compared without case, accents, punctuation, bracketed parts ("airfocus (Lucid)" → "airfocus"),
 *   a trailing "formerly …" clause and trailing company suffixes ("Inc", "LLC", "GmbH"…). "&" reads as "and".
 *   Bracketed parts of an imported name usually name a parent or a former name, so they are never a match key.
 * - A trailing web domain ending ("Monday.com", "Cypress.io") gives a second key without it, because publishers
 *   spell the same product both ways.
 * - Slugs follow our slug rule (lowercase letters, digits, single hyphens, at most 80 characters).
 */

const COMPANY_SUFFIXES = new Set(['inc', 'incorporated', 'llc', 'ltd', 'limited', 'gmbh', 'corp', 'corporation', 'co', 'plc', 'ag', 'bv', 'pty', 'srl', 'sas']);
const DOMAIN_ENDINGS = new Set(['com', 'io', 'ai', 'co', 'so', 'dev', 'app', 'net', 'org']);
const SLUG_MAX_LENGTH = 80;

function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

function nameWords(name: string): string[] {
  const words = foldAccents(name)
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[,;]?\s*\b(formerly|previously|fka|f\/k\/a)\b.*$/, ' ')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words;
}

/** "airfocus (Lucid)" → "airfocus"; "Acme, Inc." → "acme"; "AdRoll ABM (formerly RollWorks)" → "adroll abm". */
export function normaliseVendorName(name: string): string {
  return nameWords(name).join(' ');
}

/** "Weights & Biases" → "weights-and-biases": a slug that passes our slug rule, or "" when nothing is left. */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** Slug made from the normalised name: the key a slugless row (sso.tax) gets and every row is matched on. */
export function vendorNameKey(name: string): string {
  return slugify(normaliseVendorName(name));
}

/** Every key a name matches on: the normalised name, and the same without a trailing ".com"-style ending. */
export function vendorNameKeys(name: string): string[] {
  const words = nameWords(name);
  const keys = [slugify(words.join(' '))];
  const last = words[words.length - 1];
  if (words.length > 1 && last !== undefined && DOMAIN_ENDINGS.has(last)) keys.push(slugify(words.slice(0, -1).join(' ')));
  return keys.filter(Boolean);
}

/**
 * Names one of our own profiles also goes by, from its bracketed parts: "Lucid (Lucidchart, Lucidspark)" →
 * lucidchart, lucidspark. Only for profiles we curate, whose brackets list products or former names.
 */
export function bracketAliasKeys(name: string): string[] {
  const keys: string[] = [];
  for (const match of name.matchAll(/\(([^)]*)\)/g)) {
    for (const part of (match[1] ?? '').split(/,|\//)) {
      const key = vendorNameKey(part);
      if (key) keys.push(key);
    }
  }
  return keys;
}
