'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False in the server HTML, true once React runs in the browser. Admin controls stay disabled
 * until then: a click or a typed value before hydration would otherwise be lost silently (and a
 * sign-in form submitted natively would send the password in the URL).
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
