import { hostingFits } from '../pricing/plan-needs';
import { findPlan } from '../pricing/scim-increase';
import type { CatalogBySlug, DiagnosticRequest, RequestProblem } from './types';
import { HOSTING_PHRASES } from './wording';

/** Checks Zod cannot make: every app, plan and hosting must exist in the catalog. Empty when the request is fine. */
export function validateAgainstCatalog(request: Pick<DiagnosticRequest, 'apps'>, catalogBySlug: CatalogBySlug): RequestProblem[] {
  const problems: RequestProblem[] = [];
  request.apps.forEach((input, index) => {
    const app = catalogBySlug.get(input.slug);
    if (!app) {
      problems.push({ path: ['apps', index, 'slug'], message: `No app with slug "${input.slug}" in the catalog` });
      return;
    }
    const plan = findPlan(app.plans, input.currentPlan);
    if (!plan) problems.push({ path: ['apps', index, 'currentPlan'], message: `${app.name} has no plan named "${input.currentPlan}"` });
    if (input.hosting === undefined) return;
    if (!app.hosting.includes(input.hosting)) {
      problems.push({ path: ['apps', index, 'hosting'], message: `${app.name} is not offered ${HOSTING_PHRASES[input.hosting]}` });
    } else if (plan && !hostingFits(plan, input.hosting)) {
      // A plan the team cannot be on with this hosting would make every cost below fiction.
      problems.push({ path: ['apps', index, 'hosting'], message: `${app.name} ${plan.name} is not offered ${HOSTING_PHRASES[input.hosting]}` });
    }
  });
  return problems;
}
