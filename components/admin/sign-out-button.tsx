'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { ActionResult } from '@/lib/admin/form-results';
import { useIsHydrated } from './use-is-hydrated';
import { secondaryButtonClass } from './styles';

export function SignOutButton({ signOut }: { signOut: () => Promise<ActionResult> }) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      disabled={!isHydrated || isPending}
      onClick={() =>
        startTransition(async () => {
          await signOut();
          router.replace('/admin/login');
          router.refresh(); // the admin layout renders again, without the session
        })
      }
    >
      {isPending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
