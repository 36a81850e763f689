import { z } from 'zod';
import { appRecordSchema } from './schemas';

/** The whole-catalog file: what `GET /api/v1/export.json` serves and what the admin import accepts. */
export const catalogExportSchema = z.strictObject({
  format: z.literal('scimgap-catalog', { message: 'format must be "scimgap-catalog"' }),
  formatVersion: z.literal(1, { message: 'formatVersion must be 1' }),
  exportedAt: z.iso.datetime({ offset: true, message: 'exportedAt must be an ISO date-time' }),
  apps: z.array(appRecordSchema).max(20_000),
  /** Credit lines the licences of imported data ask for; ignored on import. */
  notices: z.array(z.string().max(2000)).max(20).optional(),
});

export type CatalogExport = z.infer<typeof catalogExportSchema>;

/** An uploaded catalog: the export format, with each slug at most once. */
export const catalogImportSchema = catalogExportSchema.superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.apps.forEach((app, index) => {
    if (seen.has(app.slug)) ctx.addIssue({ code: 'custom', path: ['apps', index, 'slug'], message: `Slug "${app.slug}" appears twice in the file` });
    seen.add(app.slug);
  });
});
