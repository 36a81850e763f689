'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/admin/form-results';
import { useIsHydrated } from './use-is-hydrated';
import { dangerButtonClass, errorAlertClass, secondaryButtonClass, successAlertClass } from './styles';

function Outcome({ result }: { result: ActionResult | null }) {
  if (!result) return null;
  return (
    <p role={result.ok ? 'status' : 'alert'} className={`mt-2 ${result.ok ? successAlertClass : errorAlertClass}`}>
      {result.message}
    </p>
  );
}

/** Delete asks once, says what happens, and the app can be restored afterwards. */
export function DeleteAppButton({ name, deleteApp }: { name: string; deleteApp: () => Promise<ActionResult> }) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [isConfirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [isPending, startTransition] = useTransition();
  const descriptionId = useId();
  if (!isConfirming) {
    return (
      <div>
        <button type="button" className={dangerButtonClass} disabled={!isHydrated} onClick={() => setConfirming(true)}>
          Delete {name}…
        </button>
        <Outcome result={result} />
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={descriptionId} className="space-y-2">
      <p id={descriptionId} className="text-sm">
        Delete {name}? It disappears from the public catalog and the API at once. Its data stays, and you can restore it from the app list.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={dangerButtonClass}
          disabled={isPending}
          onClick={() =>
            startTransition(async () => {
              const outcome = await deleteApp();
              setResult(outcome);
              setConfirming(false);
              if (outcome.ok) router.refresh();
            })
          }
        >
          {isPending ? 'Deleting…' : `Delete ${name}`}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Restores, then opens the restored app (in a list of deleted apps its row would just vanish). */
export function RestoreAppButton({ name, slug, restoreApp }: { name: string; slug: string; restoreApp: () => Promise<ActionResult> }) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={!isHydrated || isPending}
        onClick={() =>
          startTransition(async () => {
            const outcome = await restoreApp();
            if (outcome.ok) router.push(`/admin/apps/${slug}?restored=1`);
            else setResult(outcome);
          })
        }
      >
        {isPending ? 'Restoring…' : `Restore ${name}`}
      </button>
      <Outcome result={result} />
    </div>
  );
}
