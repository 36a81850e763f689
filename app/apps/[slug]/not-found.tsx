import Link from 'next/link';
import { AppSuggestions } from '@/components/catalog/app-suggestions';

export default function AppNotFound() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">App not found</h1>
      <p className="mt-2 text-ink-muted">The catalog has no app at this address.</p>
      <AppSuggestions />
      <p className="mt-4">
        <Link prefetch={false} href="/apps">Browse all apps</Link>
      </p>
    </div>
  );
}
