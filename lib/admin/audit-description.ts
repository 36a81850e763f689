import { describeChange, diffValues, type FieldChange } from '../catalog/diff';

/** The parts of an audit entry its description needs (db/queries/audit-log.ts AuditEntry fits). */
export interface DescribableEntry {
  action: string;
  appSlug: string | null;
  before: unknown;
  after: unknown;
}

export const ACTION_LABELS: Record<string, string> = {
  'app.create': 'Created',
  'app.update': 'Edited',
  'app.delete': 'Deleted',
  'app.restore': 'Restored',
  'app.import': 'Imported',
  'app.open-data': 'Open-data row attached',
  'user.create': 'Account created',
  'user.update': 'Account changed',
};

export interface AuditDescription {
  /** "Edited", "Imported (added)"… */
  title: string;
  /** Field-by-field differences; empty for creations, deletions and restores. */
  fieldChanges: FieldChange[];
  /** The same as readable lines: "plans[Pro].price.monthlyBase: 500 → 575". */
  changes: string[];
}

function countOf(record: unknown, key: string): number {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value.length : 0;
}

function summary(record: unknown): string {
  return `${countOf(record, 'plans')} plans, ${countOf(record, 'idps')} IdP entries, ${countOf(record, 'sources')} sources`;
}

/** What an audit entry did, in words, with its field-by-field diff. */
export function describeAuditEntry(entry: DescribableEntry): AuditDescription {
  const base = ACTION_LABELS[entry.action] ?? entry.action;
  if (entry.action === 'app.open-data') return { title: base, fieldChanges: [], changes: describeAttachment(entry.before, entry.after) };
  if (entry.before === null && entry.after !== null) {
    const title = entry.action === 'app.import' ? `${base} (added)` : base;
    const detail = entry.action.startsWith('app.') ? [`record: added (${summary(entry.after)})`] : diffValues({}, entry.after).map(describeChange);
    return { title, fieldChanges: [], changes: detail };
  }
  if (entry.after === null && entry.before !== null) {
    const title = entry.action === 'app.import' ? `${base} (removed: missing from the file)` : base;
    return { title, fieldChanges: [], changes: ['record: removed from the public catalog (restorable)'] };
  }
  const fieldChanges = diffValues(entry.before, entry.after);
  return { title: base, fieldChanges, changes: fieldChanges.map(describeChange) };
}

/** "SCIM Tax Index 2026-10 row 3 “Metabase” (matched by slug), replacing 2026-04; 2 conflicts: …" */
function describeAttachment(before: unknown, after: unknown): string[] {
  const field = (value: unknown, key: string) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);
  const conflicts = field(after, 'conflicts');
  const lines = [
    `${String(field(after, 'dataset'))} ${String(field(after, 'release'))} row ${String(field(after, 'row'))} “${String(field(after, 'publisherName'))}” (matched by ${String(field(after, 'matchedBy'))})` +
      (before ? `, replacing release ${String(field(before, 'release'))}` : ''),
  ];
  if (Array.isArray(conflicts)) lines.push(...(conflicts.length === 0 ? ['no conflict'] : conflicts.map((conflict) => `conflict: ${String(conflict)}`)));
  return lines;
}
