/** One difference between two versions of a record, at a readable path like `plans[Pro].price.monthlyBase`. */
export interface FieldChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Arrays of objects matched by a natural key instead of by position, so a reorder is not "everything changed". */
const KEYED_ARRAYS: Record<string, string> = { plans: 'name', idps: 'idp', sources: 'url' };

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPrimitive = (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function');
// An absent optional field and null both mean "not stated" in the catalog.
const normalise = (value: unknown) => (value === undefined ? null : value);

function lastSegment(path: string): string {
  const match = /([A-Za-z0-9_]+)$/.exec(path);
  return match?.[1] ?? '';
}

function itemKey(item: unknown, keyField: string, index: number): string {
  if (isPlainObject(item)) {
    const key = item[keyField];
    if (typeof key === 'string' || typeof key === 'number') return String(key);
  }
  return `#${index}`;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function keyedMap(items: unknown[], keyField: string): Map<string, unknown> {
  const map = new Map<string, unknown>();
  items.forEach((item, index) => {
    let key = itemKey(item, keyField, index);
    if (map.has(key)) key = `${key}#${index}`; // duplicates never pass validation; keep both anyway
    map.set(key, item);
  });
  return map;
}

function diffArrays(before: unknown[], after: unknown[], path: string): FieldChange[] {
  const keyField = KEYED_ARRAYS[lastSegment(path)];
  if (keyField && [...before, ...after].every(isPlainObject)) {
    const beforeMap = keyedMap(before, keyField);
    const afterMap = keyedMap(after, keyField);
    const changes: FieldChange[] = [];
    for (const [key, item] of beforeMap) {
      if (!afterMap.has(key)) changes.push({ path: `${path}[${key}]`, kind: 'removed', before: item });
    }
    for (const [key, item] of afterMap) {
      const previous = beforeMap.get(key);
      if (previous === undefined) changes.push({ path: `${path}[${key}]`, kind: 'added', after: item });
      else changes.push(...diffValues(previous, item, `${path}[${key}]`));
    }
    return changes;
  }
  if ([...before, ...after].every(isPrimitive)) {
    // Lists of words (limitations, operations, hosting): what was added and removed; order is not meaningful.
    const removed = before.filter((value) => !after.includes(value));
    const added = after.filter((value) => !before.includes(value));
    return [
      ...removed.map((value): FieldChange => ({ path, kind: 'removed', before: value })),
      ...added.map((value): FieldChange => ({ path, kind: 'added', after: value })),
    ];
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, kind: 'changed', before, after }];
}

/** Field-by-field differences between two JSON-like values; `[]` when they are the same. */
export function diffValues(beforeValue: unknown, afterValue: unknown, path = ''): FieldChange[] {
  const before = normalise(beforeValue);
  const after = normalise(afterValue);
  if (Array.isArray(before) && Array.isArray(after)) return diffArrays(before, after, path);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], join(path, key)));
  }
  if (Object.is(before, after)) return [];
  if (before === null && after !== null && !isPrimitive(after) && path === '') return [{ path, kind: 'added', after }];
  if (after === null && before !== null && !isPrimitive(before) && path === '') return [{ path, kind: 'removed', before }];
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, kind: 'changed', before, after }];
}

/** "not stated", "yes", "no", `"text"`, 500, or compact JSON for objects. */
export function formatDiffValue(value: unknown): string {
  if (value === null || value === undefined) return 'not stated';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.length === 0) return '(none)';
  return JSON.stringify(value);
}

/** "plans[Pro].price.monthlyBase: 500 → 575", "limitations: added \"…\"", "plans[Team]: removed". */
export function describeChange(change: FieldChange): string {
  const label = change.path === '' ? 'record' : change.path;
  if (change.kind === 'changed') return `${label}: ${formatDiffValue(change.before)} → ${formatDiffValue(change.after)}`;
  const value = change.kind === 'added' ? change.after : change.before;
  if (isPrimitive(value)) return `${label}: ${change.kind} ${formatDiffValue(value)}`;
  return `${label}: ${change.kind}`;
}
