import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appRecordSchema } from '@/lib/catalog/schemas';
import type { AppRecord } from '@/lib/catalog/types';

const OPEN_DATA_DIR = resolve(__dirname, '../../db/seed/open-data');
const APPS_DIR = resolve(__dirname, '../../db/seed/apps');

export const OPEN_DATA_FILES = ['data-2026-04.json', 'data-2026-04.csv', 'sample-2026-10.json', 'sample-2026-10.csv', 'sso-tax.json'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** The text of a bundled open-data file, exactly as stored. */
export function openDataText(file: OpenDataFile): string {
  return readFileSync(resolve(OPEN_DATA_DIR, file), 'utf8');
}

/** The same file as JSON, for comparing importer output with the raw rows. */
export function openDataJson(file: Extract<OpenDataFile, `${string}.json`>): unknown {
  return JSON.parse(openDataText(file));
}

/** All curated profiles in db/seed/apps, validated as the seed validates them. */
export function curatedApps(): AppRecord[] {
  return readdirSync(APPS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => appRecordSchema.parse(JSON.parse(readFileSync(resolve(APPS_DIR, file), 'utf8'))));
}
