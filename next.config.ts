import type { NextConfig } from 'next';

const CATALOG_QUERY_KEYS = ['q', 'category', 'idp', 'position', 'status', 'sort', 'seats', 'billing', 'page'];

const nextConfig: NextConfig = {
  // A separate build directory lets tests and benchmarks build against their own database.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  cacheComponents: true,
  // Off so an unknown slug answers 404 and a new app blocks once, then is cached (ISR "blocking").
  partialPrefetching: false,
  serverExternalPackages: ['@libsql/client', 'libsql'],
  poweredByHeader: false,
  typedRoutes: false,
  async rewrites() {
    // `/apps` without a query is a prerendered page; any filter goes to the dynamic search page,
    // so the shared URL stays `/apps?…` and its first render is still server-side.
    return {
      beforeFiles: CATALOG_QUERY_KEYS.map((key) => ({ source: '/apps', has: [{ type: 'query' as const, key }], destination: '/apps/search' })),
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
