'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { signInSchema } from '@/lib/admin/schemas';
import { TextField } from './form-controls';
import { useIsHydrated } from './use-is-hydrated';
import { errorAlertClass, primaryButtonClass } from './styles';

type SignIn = { email: string; password: string };

function messageFor(status: number, body: { code?: string; message?: string } | null, retryAfter: string | null): string {
  if (status === 401) return 'Wrong email or password.';
  if (status === 403 && body?.code === 'BANNED_USER') return 'This account is disabled. Ask an admin to enable it.';
  if (status === 429) {
    const seconds = Number(retryAfter ?? Number.NaN);
    return body?.message && body.code === 'TOO_MANY_FAILED_ATTEMPTS'
      ? body.message
      : `Too many attempts. Try again in ${Number.isFinite(seconds) ? `${seconds} seconds` : 'a minute'}.`;
  }
  return body?.message ? `Sign-in failed: ${body.message}` : 'Sign-in failed. Try again.';
}

/** Posts to Better Auth's sign-in endpoint (rate limited there), then loads the admin. */
export function SignInForm() {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const form = useForm<SignIn>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });
  const [error, setError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    let response: Response;
    try {
      response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: values.email, password: values.password, rememberMe: true }),
      });
    } catch {
      setError('The server did not answer. Check your connection and try again.');
      return;
    }
    if (response.ok) {
      router.replace('/admin');
      router.refresh(); // the admin layout renders again with the new session
      return;
    }
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    setError(messageFor(response.status, body, response.headers.get('x-retry-after') ?? response.headers.get('retry-after')));
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} method="post" noValidate>
        <fieldset disabled={!isHydrated} className="space-y-4">
        {error ? (
          <p role="alert" className={errorAlertClass}>
            {error}
          </p>
        ) : null}
        <TextField name="email" label="Email" type="email" autoComplete="username" isRequired />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" isRequired />
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
        </fieldset>
      </form>
    </FormProvider>
  );
}
