import { z } from 'zod';
import { blankToUndefined, catalogQuerySchema, SCIM_POSITIONS, SORTS } from '../catalog/search';
import { STATUS_CLASSES } from '../catalog/status';
import { appRecordSchema, billingSchema, IDP_IDS, seatsSchema } from '../catalog/schemas';

// The public API's inputs and outputs, as Zod schemas: the route handlers parse with them and
// the OpenAPI document is generated from them, so the two cannot drift apart.


export const listAppsQuerySchema = catalogQuerySchema.extend({
  limit: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'limit must be a whole number from 1 to 500' }).int('limit must be a whole number from 1 to 500').min(1, 'limit must be a whole number from 1 to 500').max(500, 'limit must be a whole number from 1 to 500').default(50),
  ),
  offset: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'offset must be a whole number of at least 0' }).int('offset must be a whole number of at least 0').min(0, 'offset must be a whole number of at least 0').max(10_000_000).default(0),
  ),
});

export const MAX_COST_SIZES = 50;

export const costsQuerySchema = z.object({
  seats: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.split(',').map((part) => part.trim()) : undefined),
    z
      .array(seatsSchema)
      .min(1)
      .max(MAX_COST_SIZES, `At most ${MAX_COST_SIZES} team sizes per request`)
      .default([10, 15, 25]),
  ),
  billing: z.preprocess(blankToUndefined, billingSchema.default('monthly')),
  from: z.preprocess(blankToUndefined, z.string().max(120).optional()),
});

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'Machine-readable: bad_request, not_found, unknown_plan…' }),
    message: z.string().meta({ description: 'What was wrong, in words' }),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export const appListItemSchema = z.object({
  slug: z.string(),
  name: z.string(),
  vendor: z.string(),
  category: z.string(),
  firstSsoPlan: z.string().nullable(),
  firstScimPlan: z.string().nullable(),
  scimPosition: z.enum(SCIM_POSITIONS),
  status: z.enum(STATUS_CLASSES).meta({ description: 'Status class derived from the data: no_tax, gated, partial, none or unknown' }),
  origin: z.enum(['curated', 'index']).meta({ description: 'curated: researched by our editors; index: made from an open-data row' }),
  scimIncreaseAnnual: z.number().nullable().meta({ description: 'Annual increase to reach SCIM at `seats` users; null when a price is a quote or not stated' }),
  scimPlanAnnualCost: z.number().nullable(),
});

export const appListResponseSchema = z.object({
  apps: z.array(appListItemSchema),
  total: z.int().meta({ description: 'Every match, before paging' }),
  limit: z.int(),
  offset: z.int(),
  seats: z.int(),
  billing: billingSchema,
});

const datasetSchema = z.enum(['scim-tax-index', 'sso-tax']);

export const appProfileResponseSchema = appRecordSchema.safeExtend({
  version: z.int(),
  updatedAt: z.string().meta({ description: 'ISO date-time of the last edit' }),
  origin: z.enum(['curated', 'index']).meta({ description: 'curated: researched by our editors; index: made from an open-data row' }),
  imported: z
    .object({
      dataset: datasetSchema,
      release: z.string(),
      license: z.string(),
      licenseUrl: z.string(),
      attribution: z.string(),
      importedAt: z.string().nullable(),
    })
    .nullable()
    .meta({ description: 'For index profiles: the dataset row the profile is made from, with the credit its licence asks for' }),
  conflicts: z
    .array(z.object({ field: z.string(), ours: z.string(), theirs: z.string(), dataset: datasetSchema, release: z.string(), asOf: z.string() }))
    .meta({ description: 'Where an open dataset states something else than this profile (neither side is overwritten)' }),
});

const pricedPlanSchema = z.object({ name: z.string(), annualCost: z.number().nullable() }).nullable();

export const costsResponseSchema = z.object({
  slug: z.string(),
  billing: billingSchema,
  currency: z.string(),
  rows: z.array(
    z.object({
      seats: z.int(),
      basePlan: pricedPlanSchema.meta({ description: 'Cheapest paid plan with a known price, or the plan named by `from`' }),
      scimPlan: pricedPlanSchema.meta({ description: 'The base plan when it has SCIM, else the cheapest SCIM plan above it' }),
      increase: z.number().nullable(),
      billingFallback: z.boolean().meta({ description: 'True when a plan states no price for this billing and the other billing was used' }),
    }),
  ),
});

export const suggestResponseSchema = z.object({ apps: z.array(z.object({ slug: z.string(), name: z.string() })) });

export const API_IDPS = IDP_IDS;
export const API_SORTS = SORTS;
