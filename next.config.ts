import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A separate build directory lets tests and benchmarks build against their own database.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  cacheComponents: true,
  partialPrefetching: true,
  serverExternalPackages: ['@libsql/client', 'libsql'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
