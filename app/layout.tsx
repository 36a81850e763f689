import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ScimGap: which plan gives you SCIM, and what it costs', template: '%s · ScimGap' },
  description:
    'SCIM provisioning gaps in SaaS apps: which plan first has SSO and SCIM, which identity providers provision what, and what reaching SCIM costs at your team size.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fcfcfc' },
    { media: '(prefers-color-scheme: dark)', color: '#1d1f24' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-surface-raised focus:p-2">
          Skip to content
        </a>
        <header role="banner" className="border-b border-line">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link prefetch={false} href="/" className="text-lg font-semibold text-ink no-underline hover:no-underline">
              ScimGap
            </Link>
            {/* Links here and elsewhere do not prefetch: prefetching the catalog and diagnostic routes would ship their JavaScript with every page. */}
            <nav aria-label="Main" className="flex gap-4 text-sm [&_a]:no-underline [&_a:hover]:underline">
              <Link prefetch={false} href="/apps">Apps</Link>
              <Link prefetch={false} href="/compare">Compare</Link>
              <Link prefetch={false} href="/diagnostic">Diagnostic</Link>
              <a href="/api/v1/openapi.json">API</a>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-line text-sm text-ink-muted">
          <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-4">
            <span>Prices are vendors&apos; list prices in USD as stated by the cited sources.</span>
            <Link prefetch={false} href="/about">About the data and licences</Link>
            <Link href="/admin" prefetch={false} className="ml-auto text-ink-muted">
              Admin
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
