import { describe, expect, it } from 'vitest';
import { describeAuditEntry } from '@/lib/admin/audit-description';
import { parseRole, roleAllows } from '@/lib/admin/roles';
import { historyQuerySchema, userCreateSchema, userUpdateSchema } from '@/lib/admin/schemas';
import { userUpdateRefusal } from '@/lib/admin/user-rules';

describe('roles', () => {
  it.each([
    ['admin', 'admin', true],
    ['admin', 'editor', true],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    [null, 'editor', false],
  ] as const)('%s may do what %s may: %s', (role, required, expected) => {
    expect(roleAllows(role, required)).toBe(expected);
  });

  it('reads only known roles', () => {
    expect(parseRole('editor')).toBe('editor');
    expect(parseRole('user')).toBeNull();
    expect(parseRole(null)).toBeNull();
  });
});

describe('account rules', () => {
  it('refuses locking yourself out, nothing else', () => {
    expect(userUpdateRefusal('a', 'a', { disabled: true })?.code).toBe('cannot_disable_self');
    expect(userUpdateRefusal('a', 'a', { role: 'editor' })?.code).toBe('cannot_demote_self');
    expect(userUpdateRefusal('a', 'a', { role: 'admin' })).toBeNull();
    expect(userUpdateRefusal('a', 'b', { disabled: true })).toBeNull();
  });

  it('validates new accounts and changes', () => {
    expect(userCreateSchema.safeParse({ name: 'Ed', email: ' Ed@Example.org ', password: 'long enough pass', role: 'editor' }).data?.email).toBe('ed@example.org');
    expect(userCreateSchema.safeParse({ name: 'Ed', email: 'ed@example.org', password: 'short', role: 'editor' }).success).toBe(false);
    expect(userUpdateSchema.safeParse({}).success).toBe(false);
    expect(userUpdateSchema.safeParse({ disabled: true }).success).toBe(true);
  });

  it('reads history filters from a query string, empty values meaning no filter', () => {
    expect(historyQuerySchema.parse({ app: '', user: '', from: '2026-01-01', limit: '20' })).toEqual({ from: '2026-01-01', limit: 20 });
    expect(historyQuerySchema.safeParse({ from: '01/01/2026' }).success).toBe(false);
  });
});

describe('describeAuditEntry', () => {
  it('summarises creations and deletions, and diffs edits', () => {
    const record = { slug: 'x', plans: [{ name: 'Pro' }], idps: [], sources: [] };
    expect(describeAuditEntry({ action: 'app.create', appSlug: 'x', before: null, after: record }).changes).toEqual(['record: added (1 plans, 0 IdP entries, 0 sources)']);
    expect(describeAuditEntry({ action: 'app.delete', appSlug: 'x', before: record, after: null }).title).toBe('Deleted');
    expect(describeAuditEntry({ action: 'app.import', appSlug: 'x', before: record, after: null }).title).toBe('Imported (removed: missing from the file)');
    expect(describeAuditEntry({ action: 'user.update', appSlug: null, before: { role: 'editor' }, after: { role: 'admin' } }).changes).toEqual(['role: "editor" → "admin"']);
  });
});
