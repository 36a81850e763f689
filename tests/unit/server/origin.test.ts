import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isLocalUrl, ownOrigins } from '@/lib/server/origin';

const headersOf = (values: Record<string, string>) => new Headers(values);

describe('isAllowedOrigin', () => {
  it.each([
    ['same host', { host: 'localhost:3000', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }, true],
    ['same host behind a TLS proxy', { host: 'internal:3000', 'x-forwarded-host': 'scimgap.example.org', origin: 'https://scimgap.example.org' }, true],
    ['another site', { host: 'localhost:3000', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, false],
    ['another port', { host: 'localhost:3000', origin: 'http://localhost:4000' }, false],
    ['an opaque origin', { host: 'localhost:3000', origin: 'null' }, false],
    ['a script without Origin', { host: 'localhost:3000' }, true],
    ['a cross-site request without Origin', { host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }, false],
    ['a configured origin', { host: 'localhost:3000', origin: 'https://tools.example.org' }, true],
  ])('%s', (_label, values, expected) => {
    expect(isAllowedOrigin(headersOf(values), ['https://tools.example.org'])).toBe(expected);
  });
});

describe('helpers', () => {
  it('recognises local URLs', () => {
    expect(isLocalUrl('http://localhost:3000')).toBe(true);
    expect(isLocalUrl('http://127.0.0.1:3200')).toBe(true);
    expect(isLocalUrl('https://scimgap.example.org')).toBe(false);
    expect(isLocalUrl('not a url')).toBe(false);
  });

  it('lists both schemes for the addressed host', () => {
    expect(ownOrigins(headersOf({ host: 'localhost:3000' }))).toEqual(['http://localhost:3000', 'https://localhost:3000']);
  });
});
