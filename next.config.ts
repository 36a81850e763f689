import type { NextConfig } from 'next';

const CATALOG_QUERY_KEYS = ['q', 'category', 'idp', 'position', 'status', 'sort', 'seats', 'billing', 'page'];

const isDev = process.env.NODE_ENV === 'development';

// A static policy, so public pages stay prerendered and cached: a nonce would force every page to
// render per request. 'unsafe-inline' for scripts is needed because Next streams the React Server
// Components payload in inline <script> tags (self.__next_f.push) whose contents differ per page
// and per request, so neither hashes nor a static allow-list can cover them; without it the
// production build does not hydrate. Everything else is same-origin only.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
].join('; ');

/** The badge is an image other sites embed: no scripts, no loads, only its inline styles. */
const BADGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Only when the build is told the site is served over HTTPS (HSTS over plain HTTP is ignored anyway).
  ...(process.env.BETTER_AUTH_URL?.startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
];

const nextConfig: NextConfig = {
  // A separate build directory lets tests and benchmarks build against their own database.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  cacheComponents: true,
  // Off so an unknown slug answers 404 and a new app blocks once, then is cached (ISR "blocking").
  partialPrefetching: false,
  serverExternalPackages: ['@libsql/client', 'libsql'],
  poweredByHeader: false,
  // Next hashes the whole HTML of every response in JavaScript to make an ETag, prerendered pages
  // included: the largest JavaScript cost of serving a cached profile; without it pages serve
  // 1.2-1.8x faster (npm run bench). The price: a returning browser gets the page again, not a 304.
  generateEtags: false,
  typedRoutes: false,
  // Next keeps prerendered pages in an LRU cache of 50 MB by default; a profile takes about 300 KB there (HTML, React
  // Server Components payload and its segment copy), so the bundled 311 profiles did not fit and visits in turn read
  // them from disk again. CACHE_MEMORY_MB (read when the server starts) sets it for a larger catalog or a smaller machine.
  cacheMaxMemorySize: Number(process.env.CACHE_MEMORY_MB ?? 192) * 1024 * 1024,
  async rewrites() {
    // `/apps` without a query is a prerendered page; any filter goes to the dynamic search page,
    // so the shared URL stays `/apps?…` and its first render is still server-side.
    return {
      beforeFiles: CATALOG_QUERY_KEYS.map((key) => ({ source: '/apps', has: [{ type: 'query' as const, key }], destination: '/apps/search' })),
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The admin side is never indexed and never stored by shared caches.
      { source: '/admin/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
      { source: '/api/v1/admin/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
      // Last, so it replaces the site policy above (a later rule wins for the same header; a route
      // handler's own CSP would be overwritten): the embeddable badge may load and run nothing.
      { source: '/api/v1/apps/:slug/badge.svg', headers: [{ key: 'Content-Security-Policy', value: BADGE_CSP }] },
    ];
  },
};

export default nextConfig;
