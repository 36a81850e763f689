// The catalog's fixed word lists, without zod: client components import them from here so a page that only needs
// a list (the diagnostic's IdP choice) does not ship the schema library to the browser.

/** Categories used by curated profiles (see db/seed/CATALOG-FORMAT.md). */
export const CATEGORIES = [
  'BI & analytics',
  'Product analytics',
  'Data infrastructure',
  'Observability & incident response',
  'Developer tools',
  'Cloud & hosting',
  'Security & compliance',
  'Communication',
  'Docs, files & productivity',
  'Design & creative',
  'Project & work management',
  'Sales & CRM',
  'Marketing',
  'Customer support',
  'HR & people',
  'Finance & spend',
  'Automation & integration',
] as const;

export const IDP_IDS = ['okta', 'entra', 'google', 'onelogin', 'jumpcloud', 'ping'] as const;
export const PROVISIONING_MODES = ['scim', 'jit', 'none'] as const;
export const PLAN_HOSTINGS = ['cloud', 'self-hosted', 'both'] as const;
export const APP_HOSTINGS = ['cloud', 'self-hosted'] as const;
export const SCIM_OPERATIONS = ['create', 'update', 'deactivate', 'groups'] as const;
export const SOURCE_COVERS = ['pricing', 'scim', 'sso', 'idps'] as const;
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export const BILLINGS = ['monthly', 'annual'] as const;
