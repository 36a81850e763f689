'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { ActionResult } from '@/lib/admin/form-results';
import { PASSWORD_MIN_LENGTH } from '@/lib/admin/schemas';
import { primaryButtonClass } from './styles';
import { useIsHydrated } from './use-is-hydrated';
import { ActionField, ResultMessage, submitKeepingValues, useFocusFirstError } from './user-forms';

export function PasswordForm({ action }: { action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const isHydrated = useIsHydrated();
  useFocusFirstError(result, formRef);
  useEffect(() => {
    if (result?.ok) formRef.current?.reset();
  }, [result]);
  return (
    <form ref={formRef} action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate>
      <fieldset disabled={!isHydrated} className="max-w-sm space-y-3">
      <ResultMessage result={result} />
      <ActionField name="currentPassword" label="Current password" type="password" autoComplete="current-password" result={result} />
      <ActionField name="newPassword" label="New password" type="password" help={`At least ${PASSWORD_MIN_LENGTH} characters.`} autoComplete="new-password" result={result} />
      <ActionField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" result={result} />
      <button type="submit" className={primaryButtonClass} disabled={isPending}>
        {isPending ? 'Changing…' : 'Change password'}
      </button>
      </fieldset>
    </form>
  );
}
