import { CATEGORIES } from '../catalog/schemas';

/**
 * Maps a publisher's category onto our fixed CATEGORIES list.
 *
 * Decisions:
 * - An exact table for the SCIM Tax Index v3 categories we have seen, then keyword rules for ones we have not
 *   (the full release has more than the sample shows), then a default.
 * - Default when nothing fits (no category at all, as in the April 2026 release and sso.tax, or an unknown
 *   one): 'Docs, files & productivity', the broadest bucket of general business software. The importer keeps
 *   the publisher's category and flags `isCategoryDefaulted`, so the default is visible and editable.
 * - Judgement calls: "E-commerce & Payments" → Sales & CRM (storefronts and checkout sell; Finance & spend is
 *   spend management); "Legal, Contracts & Compliance" → Security & compliance; "Learning & Development" →
 *   HR & people; "Vertical SaaS (…)" has no counterpart and takes the default.
 */

export type Category = (typeof CATEGORIES)[number];

export const DEFAULT_CATEGORY: Category = 'Docs, files & productivity';

export const PUBLISHER_CATEGORY_TABLE: Readonly<Record<string, Category>> = {
  'HR, Payroll & Recruiting': 'HR & people',
  'Learning & Development': 'HR & people',
  'Security & Identity': 'Security & compliance',
  'Legal, Contracts & Compliance': 'Security & compliance',
  'Marketing & Advertising': 'Marketing',
  'Communications (UCaaS/CCaaS)': 'Communication',
  'Productivity & Docs': 'Docs, files & productivity',
  'Design & Creative': 'Design & creative',
  'Project & Work Management': 'Project & work management',
  'Data, Analytics & BI': 'BI & analytics',
  'Finance, Accounting & Spend': 'Finance & spend',
  'E-commerce & Payments': 'Sales & CRM',
};

/** Tried in order on categories missing from the table; the first pattern that matches wins. */
const KEYWORD_RULES: readonly [RegExp, Category][] = [
  [/product analytics/i, 'Product analytics'],
  [/observab|monitor|incident|logging|apm/i, 'Observability & incident response'],
  [/developer|devops|engineering|\bcode\b|ci\/cd|testing/i, 'Developer tools'],
  [/cloud|hosting|infrastructure|database/i, 'Cloud & hosting'],
  [/data (warehouse|integration|pipeline|infrastructure)|etl/i, 'Data infrastructure'],
  [/security|identity|compliance|privacy|legal/i, 'Security & compliance'],
  [/analytics|\bbi\b|business intelligence|reporting/i, 'BI & analytics'],
  [/support|help ?desk|service desk|customer (service|success)/i, 'Customer support'],
  [/sales|crm|e-?commerce/i, 'Sales & CRM'],
  [/marketing|advertis|seo|social media/i, 'Marketing'],
  [/\bhr\b|people|payroll|recruit|talent|learning/i, 'HR & people'],
  [/financ|accounting|spend|expense|procure|payments?/i, 'Finance & spend'],
  [/automation|integration|ipaas|workflow/i, 'Automation & integration'],
  [/design|creative/i, 'Design & creative'],
  [/project|work management|task/i, 'Project & work management'],
  [/communicat|collaborat|chat|video|meeting|ucaas|ccaas|telephony/i, 'Communication'],
  [/docs?\b|documents?|files?|productivity|knowledge|notes/i, 'Docs, files & productivity'],
];

/** Our category for a publisher's one, and whether it is the default because nothing fitted. */
export function mapPublisherCategory(publisherCategory: string | null | undefined): { category: Category; isDefaulted: boolean } {
  const name = publisherCategory?.trim() ?? '';
  if (name === '') return { category: DEFAULT_CATEGORY, isDefaulted: true };
  const exact = PUBLISHER_CATEGORY_TABLE[name];
  if (exact) return { category: exact, isDefaulted: false };
  if ((CATEGORIES as readonly string[]).includes(name)) return { category: name as Category, isDefaulted: false };
  const rule = KEYWORD_RULES.find(([pattern]) => pattern.test(name));
  return rule ? { category: rule[1], isDefaulted: false } : { category: DEFAULT_CATEGORY, isDefaulted: true };
}
