import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appRecordSchema } from '@/lib/catalog/schemas';
import type { AppRecord } from '@/lib/catalog/types';

/** A seeded catalog record, validated the same way the seed validates it. */
export function seedApp(slug: string): AppRecord {
  const raw: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../db/seed/apps', `${slug}.json`), 'utf8'));
  return appRecordSchema.parse(raw);
}
