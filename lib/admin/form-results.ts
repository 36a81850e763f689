/** Messages by field path, as lib/catalog/issues.ts issuesByPath writes them ("plans[1].price.monthlyBase"). */
export type FieldErrors = Record<string, string[]>;

export interface VersionStampView {
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

/** What a catalog server action returns to its form: never rows, never secrets. */
export type SaveAppResult =
  | { ok: true; slug: string; version: number; changed: boolean }
  | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: VersionStampView };

export type ActionResult = { ok: true; message: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

/** "plans[1].price.monthlyBase" → "plans.1.price.monthlyBase", the path react-hook-form uses. */
export function toFormPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * The named fields of a submitted form, as strings. Only these: React adds hidden `$ACTION_…`
 * inputs to server-action forms, which a strict schema would rightly refuse.
 */
export function formFields<K extends string>(formData: FormData, names: readonly K[]): Record<K, string | undefined> {
  const fields = {} as Record<K, string | undefined>;
  for (const name of names) {
    const value = formData.get(name);
    fields[name] = typeof value === 'string' ? value : undefined;
  }
  return fields;
}
