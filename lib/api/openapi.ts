import { z } from 'zod';
import { catalogExportSchema } from '../catalog/export-format';
import {
  appListResponseSchema,
  appProfileResponseSchema,
  costsQuerySchema,
  costsResponseSchema,
  errorResponseSchema,
  listAppsQuerySchema,
  suggestResponseSchema,
} from './contract';

type JsonSchema = Record<string, unknown>;

function schema(zodSchema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(zodSchema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  q: 'Search in name, vendor and slug',
  category: 'Exact category name',
  idp: 'An IdP id (okta, entra, google, onelogin, jumpcloud, ping) for SCIM with it, or groups:<id> for group push',
  position: 'Where SCIM sits in the plan ladder',
  status: 'Status class: no_tax, gated, partial, none or unknown',
  sort: 'name, increase-desc or increase-asc',
  seats: 'Team size for the SCIM increase (1 to 100,000); on /costs a comma-separated list of up to 50 sizes',
  billing: 'monthly or annual',
  limit: 'Page size, 1 to 500',
  offset: 'Rows to skip',
  from: 'Plan the team is on; defaults to the cheapest paid plan with a public price',
};

function queryParameters(objectSchema: z.ZodObject): JsonSchema[] {
  return Object.entries(objectSchema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    description: PARAMETER_DESCRIPTIONS[name],
    schema: name === 'seats' && objectSchema === costsQuerySchema ? { type: 'string', example: '10,15,25' } : schema(field as z.ZodType, 'input'),
  }));
}

const slugParameter = { name: 'slug', in: 'path', required: true, schema: { type: 'string' }, example: 'metabase' };

const json = (body: JsonSchema, description: string) => ({ description, content: { 'application/json': { schema: body } } });
const errors = {
  '400': json({ $ref: '#/components/schemas/Error' }, 'Bad input: the message says which parameter and why'),
  '404': json({ $ref: '#/components/schemas/Error' }, 'Unknown app'),
};

/** The OpenAPI 3.1 description of the public API, generated from the Zod schemas the handlers use. */
export function buildOpenApiDocument(serverUrl = '/'): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'ScimGap public API',
      version: '1.0.0',
      description: 'Read-only catalog of SaaS apps: which plan first has SSO and SCIM, IdP capabilities, and SCIM cost increases. No sign-in; CORS open for GET. Costs are in currency units; null means a quote or a price no source states.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/apps': {
        get: {
          summary: 'Search the catalog',
          parameters: queryParameters(listAppsQuerySchema),
          responses: { '200': json({ $ref: '#/components/schemas/AppList' }, 'Matching apps, paged'), '400': errors['400'] },
        },
      },
      '/api/v1/apps/{slug}': {
        get: {
          summary: 'One app profile',
          parameters: [slugParameter],
          responses: { '200': json({ $ref: '#/components/schemas/AppProfile' }, 'The whole profile'), '404': errors['404'] },
        },
      },
      '/api/v1/apps/{slug}/costs': {
        get: {
          summary: 'SCIM increase per team size',
          parameters: [slugParameter, ...queryParameters(costsQuerySchema)],
          responses: { '200': json({ $ref: '#/components/schemas/Costs' }, 'One row per team size'), ...errors },
        },
      },
      '/api/v1/suggest': {
        get: {
          summary: 'Apps with a name close to q',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 100 } }],
          responses: { '200': json(schema(suggestResponseSchema), 'Up to 5 apps'), '400': errors['400'] },
        },
      },
      '/api/v1/export.json': {
        get: { summary: 'The whole catalog as JSON (the import format)', responses: { '200': json({ $ref: '#/components/schemas/CatalogExport' }, 'Every app') } },
      },
      '/api/v1/export.csv': {
        get: { summary: 'The whole catalog as CSV, one line per plan', description: 'Text cells that start with =, +, -, @ or a tab get a leading apostrophe, so a spreadsheet shows them instead of running them as formulas; figures are plain numbers.', responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } } } },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
    },
    components: {
      schemas: {
        Error: schema(errorResponseSchema),
        AppList: schema(appListResponseSchema),
        AppProfile: schema(appProfileResponseSchema),
        Costs: schema(costsResponseSchema),
        CatalogExport: schema(catalogExportSchema),
      },
    },
  };
}
