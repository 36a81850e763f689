'use client';

import { startTransition, useActionState, useEffect, useRef, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/admin/form-results';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/admin/roles';
import { PASSWORD_MIN_LENGTH } from '@/lib/admin/schemas';
import { idFor } from './form-controls';
import { useIsHydrated } from './use-is-hydrated';
import { dangerButtonClass, errorAlertClass, errorClass, helpClass, inputClass, labelClass, primaryButtonClass, secondaryButtonClass, successAlertClass } from './styles';

type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

function fieldError(result: ActionResult | null, name: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined;
}

/** A plain input for server-action forms: label, help, error, all linked. */
export function ActionField({ name, label, type = 'text', help, autoComplete, result }: { name: string; label: string; type?: string; help?: string; autoComplete?: string; result: ActionResult | null }) {
  const id = idFor(name);
  const error = fieldError(result, name);
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {help ? (
        <p id={`${id}-help`} className={helpClass}>
          {help}
        </p>
      ) : null}
      <input id={id} name={name} type={type} autoComplete={autoComplete} className={`${inputClass} mt-1`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Submits through the action without React's automatic form reset, so a refused form keeps what
 * was typed (the `action` attribute stays for the no-JavaScript fallback).
 */
export function submitKeepingValues(dispatch: (formData: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}

/** Focuses the first field the server marked, once per answer. */
export function useFocusFirstError(result: ActionResult | null, formRef: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (!result || result.ok || !result.fieldErrors) return;
    const first = Object.keys(result.fieldErrors)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`#${idFor(first)}`)?.focus();
  }, [result, formRef]);
}

export function ResultMessage({ result }: { result: ActionResult | null }) {
  if (!result) return null;
  return (
    <p role={result.ok ? 'status' : 'alert'} className={result.ok ? successAlertClass : errorAlertClass}>
      {result.message}
    </p>
  );
}

export function CreateUserForm({ action }: { action: FormAction }) {
  const [result, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const isHydrated = useIsHydrated();
  useFocusFirstError(result, formRef);
  useEffect(() => {
    if (result?.ok) formRef.current?.reset();
  }, [result]);
  return (
    <form ref={formRef} action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate>
      <fieldset disabled={!isHydrated} className="space-y-3">
      <ResultMessage result={result} />
      <div className="grid gap-3 sm:grid-cols-2">
        <ActionField name="name" label="Name" result={result} autoComplete="off" />
        <ActionField name="email" label="Email" type="email" result={result} autoComplete="off" />
        <ActionField name="password" label="First password" type="password" help={`At least ${PASSWORD_MIN_LENGTH} characters. They can change it under Account.`} result={result} autoComplete="new-password" />
        <div>
          <label htmlFor={idFor('role')} className={labelClass}>
            Role
          </label>
          <p id={`${idFor('role')}-help`} className={helpClass}>
            Editors edit the catalog; admins also manage accounts.
          </p>
          <select id={idFor('role')} name="role" defaultValue="editor" className={`${inputClass} mt-1`} aria-describedby={`${idFor('role')}-help`}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className={primaryButtonClass} disabled={isPending}>
        {isPending ? 'Creating…' : 'Create account'}
      </button>
      </fieldset>
    </form>
  );
}

interface UserControlsProps {
  user: { id: string; name: string; role: Role | null; disabled: boolean };
  isSelf: boolean;
  update: (id: string, change: { role?: Role; disabled?: boolean }) => Promise<ActionResult>;
}

/** Role change and disable / enable for one account. */
export function UserControls({ user, isSelf, update }: UserControlsProps) {
  const [role, setRole] = useState<Role>(user.role ?? 'editor');
  const [result, setResult] = useState<ActionResult | null>(null);
  const [isConfirmingDisable, setConfirmingDisable] = useState(false);
  const [isPending, startTransition] = useTransition();
  const isHydrated = useIsHydrated();
  const run = (change: { role?: Role; disabled?: boolean }) =>
    startTransition(async () => {
      setResult(await update(user.id, change));
      setConfirmingDisable(false);
    });
  const selectId = `role-${user.id}`;
  return (
    <fieldset disabled={!isHydrated} className="space-y-2">
      <legend className="sr-only">Change {user.name}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={selectId} className="sr-only">
            Role of {user.name}
          </label>
          <select id={selectId} value={role} onChange={(event) => setRole(event.target.value as Role)} className={inputClass} disabled={isSelf}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={secondaryButtonClass} disabled={isSelf || isPending || role === user.role} onClick={() => run({ role })}>
          Change role<span className="sr-only"> of {user.name}</span>
        </button>
        {isSelf ? null : user.disabled ? (
          <button type="button" className={secondaryButtonClass} disabled={isPending} onClick={() => run({ disabled: false })}>
            Enable<span className="sr-only"> {user.name}</span>
          </button>
        ) : isConfirmingDisable ? (
          <>
            <button type="button" className={dangerButtonClass} disabled={isPending} onClick={() => run({ disabled: true })}>
              Disable {user.name} and sign them out
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setConfirmingDisable(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className={dangerButtonClass} onClick={() => setConfirmingDisable(true)}>
            Disable…<span className="sr-only"> {user.name}</span>
          </button>
        )}
      </div>
      {isSelf ? <p className="text-xs text-ink-muted">This is you: another admin can change your role.</p> : null}
      <ResultMessage result={result} />
    </fieldset>
  );
}
