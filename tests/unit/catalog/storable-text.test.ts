import { describe, expect, it } from 'vitest';
import { appRecordSchema, isStorableText } from '@/lib/catalog/schemas';
import { userCreateSchema } from '@/lib/admin/schemas';
import { describeIssues } from '@/lib/catalog/issues';
import { seedApp } from '../../support/seed-fixtures';

describe('isStorableText', () => {
  it.each([
    ['plain text', 'Metabase', true],
    ['RTL, emoji and zero-width characters', 'مرحبا 👩‍💻 zero\u200Bwidth', true],
    ['a surrogate pair (one astral character)', '𝔘', true],
    ['other control characters', 'bell\u0007 tab\t', true],
    ['NUL: SQLite stops reading the text there', 'Acme\u0000Corp', false],
    ['a lone high surrogate: stored as U+FFFD', 'x\ud800y', false],
    ['a lone low surrogate', '\udc00', false],
  ])('%s', (_label, text, expected) => {
    expect(isStorableText(text)).toBe(expected);
  });
});

describe('text the database would change is refused with the field named', () => {
  it('in an app record', () => {
    const record = seedApp('metabase');
    const parsed = appRecordSchema.safeParse({ ...record, name: 'Metabase\u0000', sources: [{ ...record.sources[0], title: 'Pricing \ud83d' }] });
    expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual([
      'name: Contains a character that cannot be stored (U+0000 or a broken surrogate pair)',
      'sources[0].title: Contains a character that cannot be stored (U+0000 or a broken surrogate pair)',
    ]);
  });

  it('in an account name', () => {
    const parsed = userCreateSchema.safeParse({ name: 'Eve\u0000', email: 'eve@example.org', password: 'long enough passphrase', role: 'editor' });
    expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual(['name: Contains a character that cannot be stored (U+0000 or a broken surrogate pair)']);
  });
});
