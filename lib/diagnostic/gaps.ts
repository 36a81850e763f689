import { hostingFits } from '../pricing/plan-needs';
import type { OptionAssessments } from './options';
import type { AppSituation } from './situation';
import type { Gap, OptionCode } from './types';
import { HOSTING_PHRASES, planNames } from './wording';

const HOSTING_ONLY_PHRASES = { cloud: 'in the cloud only', 'self-hosted': 'self-hosted only' } as const;

function planGaps(situation: AppSituation): Gap[] {
  const { app, currentPlan, scimPlansAbove, cheapestScimPlanAbove, hosting } = situation;
  if (currentPlan.scim === true) return [];
  const gaps: Gap[] = [];
  const onPlan = `${app.name} ${currentPlan.name}`;
  const doesNot = currentPlan.scim === false ? 'does not include it' : 'is not stated to include it';

  gaps.push(
    cheapestScimPlanAbove
      ? { code: 'scim_not_on_plan', message: `SCIM needs the ${cheapestScimPlanAbove.plan.name} plan; ${onPlan} ${doesNot}` }
      : { code: 'scim_not_on_plan', message: `SCIM is not on ${onPlan}, and no higher plan is stated to include it` },
  );
  if (currentPlan.scim === null) {
    gaps.push({ code: 'unknown_capability', message: `The catalog does not state whether ${onPlan} includes SCIM, so it is treated as not included` });
  }
  if (scimPlansAbove.length === 0) {
    const unstated = app.plans.filter((plan) => plan.rank > currentPlan.rank && plan.scim === null);
    if (unstated.length > 0) {
      const verb = unstated.length === 1 ? 'includes' : 'include';
      gaps.push({
        code: 'unknown_capability',
        message: `The catalog does not state whether ${app.name} ${planNames(unstated)} ${verb} SCIM, so it is treated as not included`,
      });
    }
  } else if (hosting !== undefined && !scimPlansAbove.some((plan) => hostingFits(plan, hosting))) {
    const other = hosting === 'cloud' ? 'self-hosted' : 'cloud';
    gaps.push({
      code: 'hosting_excluded',
      message:
        `No ${app.name} plan with SCIM is offered ${HOSTING_PHRASES[hosting]}: ` +
        `${planNames(scimPlansAbove)} ${scimPlansAbove.length === 1 ? 'is' : 'are'} offered ${HOSTING_ONLY_PHRASES[other]}`,
    });
  }
  return gaps;
}

function quoteGaps(situation: AppSituation, options: OptionAssessments): Gap[] {
  const { upgradeTarget, upgradeCandidates, app } = situation;
  // Only a gap when the upgrade is the way to SCIM; with native SCIM in place, a quote-only top plan is irrelevant.
  if (options.native.feasible || !upgradeTarget || upgradeTarget.cost !== null) return [];
  const allQuotes = upgradeCandidates.every((plan) => plan.price?.model === 'quote');
  const names = `${app.name} ${planNames(upgradeCandidates)}`;
  const verb = upgradeCandidates.length === 1 ? 'is' : 'are';
  return [
    {
      code: 'quote_only',
      message: allQuotes
        ? `${names} ${verb} quote-only, so the upgrade cost needs a quote from the vendor`
        : `${names} ${verb} quote-only or without a stated price, so the upgrade cost needs a quote from the vendor`,
    },
  ];
}

function idpGaps(situation: AppSituation): Gap[] {
  const { capability, idpName, app, settings } = situation;
  if (!capability || capability.provisioning === null) {
    return [{ code: 'unknown_capability', message: `The catalog does not state whether ${idpName} provisions ${app.name} by SCIM, so it is treated as not available` }];
  }
  if (capability.provisioning === 'jit') {
    return [{ code: 'idp_no_scim', message: `${idpName} only creates ${app.name} accounts just in time at sign-in; it does not provision ${app.name} by SCIM` }];
  }
  if (capability.provisioning === 'none') {
    return [{ code: 'idp_no_scim', message: `${idpName} has no provisioning for ${app.name}` }];
  }
  if (!settings.needGroupSync) return [];
  if (capability.features.pushGroups === false) {
    return [{ code: 'idp_no_group_push', message: `${idpName} provisions ${app.name} users only; it does not push groups` }];
  }
  if (capability.features.pushGroups === null) {
    return [{ code: 'unknown_capability', message: `The catalog does not state whether ${idpName} pushes groups to ${app.name}, so group sync is treated as not available` }];
  }
  return [];
}

function ssoGaps(situation: AppSituation, recommended: OptionCode): Gap[] {
  // Informational: it only matters when the team is about to switch SCIM on in the app.
  if (situation.app.sso.requiredForScim !== true || (recommended !== 'native' && recommended !== 'upgrade')) return [];
  return [{ code: 'sso_required_first', message: `${situation.app.name} needs SSO set up with ${situation.idpName} before SCIM can be turned on` }];
}

/** What stands between this app and SCIM provisioning from the team's IdP, each as a code and a plain sentence. */
export function findGaps(situation: AppSituation, options: OptionAssessments, recommended: OptionCode): Gap[] {
  return [...planGaps(situation), ...quoteGaps(situation, options), ...idpGaps(situation), ...ssoGaps(situation, recommended)];
}
