import 'server-only';
import type { AppWriteResult, VersionStamp } from '@/db/queries/apps';
import { formatDateTime } from '@/lib/format';
import { ApiError } from './api';

/** "Changed by Ada at 29 Nov 2026, 14:03 UTC since you opened it." */
export function conflictMessage(current: VersionStamp): string {
  return `This app was changed by ${current.updatedBy ?? 'someone'} at ${formatDateTime(current.updatedAt)} since you opened it.`;
}

type Failure = Exclude<AppWriteResult, { ok: true }>;

/** The API's answer to a refused catalog write. */
export function apiErrorFor(result: Failure, slug: string): ApiError {
  switch (result.reason) {
    case 'not_found':
      return new ApiError(404, 'not_found', `No app with the slug "${slug}"`);
    case 'deleted':
      return new ApiError(409, 'app_deleted', `The app "${slug}" is deleted; restore it first (POST /api/v1/admin/apps/${slug}/restore)`);
    case 'exists':
      return new ApiError(409, 'slug_taken', result.isDeleted ? `A deleted app already uses the slug "${slug}"; restore it instead` : `An app already uses the slug "${slug}"`, {
        fields: { slug: [result.isDeleted ? 'A deleted app uses this slug; restore it instead' : 'Another app uses this slug'] },
      });
    case 'conflict':
      return new ApiError(409, 'version_conflict', conflictMessage(result.current), { current: result.current });
  }
}

/** The form's message for a refused catalog write. */
export function formMessageFor(result: Failure, slug: string): string {
  return apiErrorFor(result, slug).message.replace(/ \(POST [^)]+\)/, '');
}
