'use server';

import { getDb } from '@/db/client';
import { createApp, restoreApp, softDeleteApp, updateAppRecord } from '@/db/queries/apps';
import type { ActionResult, SaveAppResult } from '@/lib/admin/form-results';
import { issuesByPath } from '@/lib/catalog/issues';
import { appCreateSchema, appUpdateSchema, slugSchema } from '@/lib/catalog/schemas';
import { formMessageFor } from '@/lib/server/app-write-errors';
import { refreshCatalogFromAction } from '@/lib/server/catalog-freshness';
import { actorOf, authorize } from '@/lib/server/session';

const INVALID = 'Some fields need attention; nothing was saved.';

/** Creates an app from the editor's record. */
export async function createAppAction(input: unknown): Promise<SaveAppResult> {
  const auth = await authorize('editor'); // actions are public endpoints: check every time
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = appCreateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: issuesByPath(parsed.error) };

  const result = await createApp(await getDb(), parsed.data, actorOf(auth.user));
  if (!result.ok) {
    const message = formMessageFor(result, parsed.data.slug);
    return { ok: false, message, fieldErrors: result.reason === 'exists' ? { slug: [message] } : undefined };
  }
  refreshCatalogFromAction([result.slug]);
  return { ok: true, slug: result.slug, version: result.version, changed: true };
}

/** Saves a whole app based on `version`; a save over someone else's newer change is refused. */
export async function saveAppAction(slug: unknown, input: unknown, version: unknown): Promise<SaveAppResult> {
  const auth = await authorize('editor');
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return { ok: false, message: 'Unknown app.' };
  const parsed = appUpdateSchema.safeParse(typeof input === 'object' && input !== null ? { ...input, version } : input);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: issuesByPath(parsed.error) };
  const { version: expectedVersion, ...record } = parsed.data;
  if (record.slug !== parsedSlug.data) return { ok: false, message: INVALID, fieldErrors: { slug: ['The slug cannot change'] } };

  const result = await updateAppRecord(await getDb(), { slug: parsedSlug.data, expectedVersion, record }, actorOf(auth.user));
  if (!result.ok) {
    return { ok: false, message: formMessageFor(result, parsedSlug.data), conflict: result.reason === 'conflict' ? result.current : undefined };
  }
  if (result.changed) refreshCatalogFromAction([parsedSlug.data]);
  return { ok: true, slug: result.slug, version: result.version, changed: result.changed };
}

/** Soft-deletes an app (restorable from the admin list). */
export async function deleteAppAction(slug: unknown, version: unknown): Promise<ActionResult> {
  const auth = await authorize('editor');
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return { ok: false, message: 'Unknown app.' };
  const expectedVersion = typeof version === 'number' && Number.isInteger(version) ? version : undefined;
  const result = await softDeleteApp(await getDb(), parsedSlug.data, actorOf(auth.user), expectedVersion);
  if (!result.ok) return { ok: false, message: formMessageFor(result, parsedSlug.data) };
  refreshCatalogFromAction([parsedSlug.data]);
  return { ok: true, message: 'Deleted. It no longer appears in the public catalog; restore it from this page or the app list.' };
}

/** Brings a soft-deleted app back. */
export async function restoreAppAction(slug: unknown): Promise<ActionResult> {
  const auth = await authorize('editor');
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return { ok: false, message: 'Unknown app.' };
  const result = await restoreApp(await getDb(), parsedSlug.data, actorOf(auth.user));
  if (!result.ok) return { ok: false, message: formMessageFor(result, parsedSlug.data) };
  refreshCatalogFromAction([parsedSlug.data]);
  return { ok: true, message: 'Restored. It is back in the public catalog.' };
}
