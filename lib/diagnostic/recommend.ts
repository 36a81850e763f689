import { formatAnnual, formatIncrease } from '../format';
import type { OptionAssessments } from './options';
import type { AppSituation } from './situation';
import type { DiagnosticOption, OptionCode, Recommendation } from './types';
import { toCents } from './wording';

/** At equal cost the vendor's own SCIM wins, then tooling outside the app, then people's time. */
export const COST_TIE_ORDER = ['upgrade', 'outside', 'manual'] as const satisfies readonly OptionCode[];

export interface RecommendationChoice {
  code: OptionCode;
  /** No feasible option has a known cost: the answer is outside automation, priced by a quote. */
  isQuoteNeeded: boolean;
}

type OptionCosts = Record<OptionCode, Pick<DiagnosticOption, 'feasible' | 'extraAnnualCost'>>;

/** Native when feasible; else the feasible option with the lowest known extra (ties: upgrade, outside, manual); else outside pending a quote. */
export function chooseRecommendation(options: OptionCosts): RecommendationChoice {
  if (options.native.feasible) return { code: 'native', isQuoteNeeded: false };
  let best: { code: OptionCode; cents: number } | null = null;
  for (const code of COST_TIE_ORDER) {
    const { feasible, extraAnnualCost } = options[code];
    if (!feasible || extraAnnualCost === null) continue;
    const cents = toCents(extraAnnualCost);
    // Strictly lower only, so an equal cost keeps the earlier option in the tie order.
    if (best === null || cents < best.cents) best = { code, cents };
  }
  return best ? { code: best.code, isQuoteNeeded: false } : { code: 'outside', isQuoteNeeded: true };
}

/** SCIM that does not deactivate users leaves offboarding manual; the catalog's feature flag says whether it does. */
function deprovisioningCaution(situation: AppSituation): string[] {
  const { settings, capability, idpName, app } = situation;
  if (!settings.requireAutomatedDeprovisioning) return [];
  const deactivates = capability?.features.deactivateUsers ?? null;
  if (deactivates === true) return [];
  return deactivates === false
    ? [`${idpName} does not deactivate ${app.name} users by SCIM, so offboarding still needs a manual step`]
    : [`The catalog does not state that ${idpName} deactivates ${app.name} users; check it before relying on SCIM for offboarding`];
}

function titleFor(code: OptionCode, option: DiagnosticOption, situation: AppSituation): string {
  const extra = option.extraAnnualCost;
  switch (code) {
    case 'native':
      return `Already covered: ${situation.currentPlan.name} has SCIM with ${situation.idpName}`;
    case 'upgrade':
      return `Upgrade to ${option.plan ?? 'a higher plan'}: ${formatIncrease(extra, situation.currency)}`;
    case 'outside':
      return `Automate outside the app: ${formatIncrease(extra, situation.currency)}`;
    case 'manual':
      return `Stay manual: ${formatAnnual(extra, situation.currency)} of admin time`;
  }
}

/** The recommended option with a plain-words headline and the sentences that show why and how much. */
export function recommend(situation: AppSituation, options: OptionAssessments): Recommendation {
  const choice = chooseRecommendation(options);
  if (choice.isQuoteNeeded) {
    return {
      code: 'outside',
      extraAnnualCost: null,
      title: 'Quote needed',
      reasons: [
        'No option with a known cost meets the needs, so a quote is needed',
        options.native.explanation,
        ...COST_TIE_ORDER.map((code) => options[code].explanation),
      ],
    };
  }

  const chosen = options[choice.code];
  const cautions = choice.code === 'native' || choice.code === 'upgrade' ? deprovisioningCaution(situation) : [];
  const whyNotNative = choice.code === 'native' ? [] : [options.native.explanation];
  const alternatives = COST_TIE_ORDER.filter((code) => code !== choice.code).map((code) => options[code].explanation);
  return {
    code: choice.code,
    ...(chosen.plan === undefined ? {} : { plan: chosen.plan }),
    extraAnnualCost: chosen.extraAnnualCost,
    title: titleFor(choice.code, chosen, situation),
    reasons: [...whyNotNative, ...chosen.details, ...cautions, ...(choice.code === 'native' ? [] : alternatives)],
  };
}
