import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDP_IDS } from '@/lib/catalog/schemas';
import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import type { DiagnosticAppInput } from '@/lib/diagnostic/types';
import { seedApp } from '../../support/seed-fixtures';

// Every curated record, on every plan, with every IdP: the engine must answer for real data, not only for fixtures.
const records = readdirSync(resolve(__dirname, '../../../db/seed/apps'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => seedApp(file.replace(/\.json$/, '')));
const catalog = new Map(records.map((record) => [record.slug, record]));
const everyPlan: DiagnosticAppInput[] = records.flatMap((record) => record.plans.map((plan) => ({ slug: record.slug, currentPlan: plan.name, users: 25 })));

describe('the seed catalog through the diagnostic', () => {
  it.each(IDP_IDS.flatMap((idp) => [true, false].map((needGroupSync) => [idp, needGroupSync] as const)))(
    '%s, group sync %s: every plan of every app gets a feasible recommendation',
    (idp, needGroupSync) => {
      for (let start = 0; start < everyPlan.length; start += 500) {
        const apps = everyPlan.slice(start, start + 500);
        const result = evaluateDiagnostic({ idp, needGroupSync, requireAutomatedDeprovisioning: true, apps }, catalog);
        for (const app of result.apps) {
          const chosen = app.options.find((option) => option.code === app.recommendation.code);
          expect(chosen?.feasible).toBe(true);
          expect(app.recommendation.title).not.toContain('undefined');
        }
      }
    },
  );
});
