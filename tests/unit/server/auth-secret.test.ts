import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAuthSecret } from '@/lib/server/auth-secret';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'scimgap-secret-')), 'data', 'auth-secret');

describe('resolveAuthSecret', () => {
  it('uses BETTER_AUTH_SECRET when set', () => {
    expect(resolveAuthSecret({ BETTER_AUTH_SECRET: 'x'.repeat(32), BETTER_AUTH_URL: 'https://scimgap.example.org' }, tempFile())).toBe('x'.repeat(32));
  });

  it('refuses to invent a secret for a deployment with a public URL', () => {
    expect(() => resolveAuthSecret({ BETTER_AUTH_URL: 'https://scimgap.example.org' }, tempFile())).toThrow(/BETTER_AUTH_SECRET is required/);
  });

  it('generates a random secret once for a local start, keeps it private, and reuses it', () => {
    const file = tempFile();
    const first = resolveAuthSecret({}, file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ BETTER_AUTH_URL: 'http://localhost:3000' }, file)).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(resolveAuthSecret({}, tempFile())).not.toBe(first);
  });

  it('refuses a secret file too short to be a secret instead of weakening it', () => {
    const file = tempFile();
    resolveAuthSecret({}, file);
    writeFileSync(file, 'short');
    expect(() => resolveAuthSecret({}, file)).toThrow(/holds no usable secret/);
  });
});
