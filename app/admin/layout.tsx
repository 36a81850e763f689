import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';

export const metadata: Metadata = {
  title: { default: 'Admin', template: '%s · ScimGap admin' },
  robots: { index: false, follow: false },
};

function PageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading" className="space-y-3">
      <div className="h-7 w-48 animate-pulse rounded bg-surface-sunken" />
      <div className="h-40 animate-pulse rounded bg-surface-sunken" />
    </div>
  );
}

// Admin pages read the session cookie, so everything below streams in per request behind
// Suspense; the public pages and the root layout never touch cookies and stay static.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-5">
      <Suspense fallback={<div className="h-12" />}>
        <AdminNav />
      </Suspense>
      <Suspense fallback={<PageSkeleton />}>{children}</Suspense>
    </div>
  );
}
