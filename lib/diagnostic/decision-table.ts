import { DISPLAYED_IDPS, IDP_COMPACT_NAMES } from '../catalog/idps';
import type { IdpId } from '../catalog/types';
import { cheapestPaidPlan } from '../pricing/scim-increase';
import { evaluateApp, settingsFrom } from './evaluate';
import type { DiagnosticApp, Recommendation } from './types';

export interface DecisionRow {
  idp: IdpId;
  situation: string;
  recommendation: Recommendation;
}

const TEAM_SIZE = 10;

/**
 * Typical situations for one app → the engine's recommendation: a team of 10 on the cheapest paid plan,
 * with each common IdP, first with no special needs, then needing group sync and automated deprovisioning.
 */
export function decisionTable(app: DiagnosticApp): { basePlan: string; users: number; rows: DecisionRow[] } | null {
  const base = cheapestPaidPlan(app, TEAM_SIZE, 'monthly')?.plan ?? [...app.plans].sort((a, b) => a.rank - b.rank)[0];
  if (!base) return null;
  const hosting = base.hosting === 'both' ? app.hosting[0] : base.hosting;
  const rows: DecisionRow[] = [];
  for (const idp of DISPLAYED_IDPS.filter((id) => id !== 'ping')) {
    for (const strict of [false, true]) {
      const settings = settingsFrom({ idp, needGroupSync: strict, requireAutomatedDeprovisioning: strict });
      const result = evaluateApp(app, { slug: app.slug, currentPlan: base.name, users: TEAM_SIZE, ...(hosting ? { hosting } : {}) }, settings);
      rows.push({
        idp,
        situation: `${IDP_COMPACT_NAMES[idp]}, ${strict ? 'group sync and automated deprovisioning required' : 'no group sync, manual offboarding acceptable'}`,
        recommendation: result.recommendation,
      });
    }
  }
  return { basePlan: base.name, users: TEAM_SIZE, rows };
}
