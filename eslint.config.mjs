import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Pure domain logic must stay framework- and database-free (STYLE.md principle 1).
    files: ['lib/catalog/**', 'lib/pricing/**', 'lib/diagnostic/**', 'lib/format.ts', 'lib/open-data/**', 'lib/admin/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['next', 'next/*', 'react', 'react-dom', '@/db/*', 'drizzle-orm', 'drizzle-orm/*', '@libsql/*'] }],
    },
  },
  globalIgnores(['.next/**', '.next-*/**', 'out/**', 'build/**', 'next-env.d.ts', 'data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'bench/results/**']),
]);
