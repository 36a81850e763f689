import { buildOpenApiDocument } from '@/lib/api/openapi';
import { corsPreflight, publicJson } from '@/lib/server/http';

/** GET /api/v1/openapi.json — OpenAPI 3.1, generated from the Zod schemas the handlers parse with. */
export async function GET() {
  return publicJson(buildOpenApiDocument());
}

export const OPTIONS = corsPreflight;
