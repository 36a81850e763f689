import type { AppHosting, IdpCapability, IdpId, Plan, PricedApp } from '../catalog/types';

/** What a plan must offer. Unstated capabilities never count as met: the decision treats unknown as unavailable. */
export interface PlanNeeds {
  sso?: boolean;
  scim?: boolean;
  /** SCIM provisioning by this IdP (its capability says provisioning = scim). Implies `scim`. */
  idp?: IdpId;
  /** The IdP must push groups (push groups = yes). Needs `idp`. */
  pushGroups?: boolean;
  hosting?: AppHosting;
}

export function capabilityFor(app: Pick<PricedApp, 'idps'>, idp: IdpId): IdpCapability | undefined {
  return app.idps.find((capability) => capability.idp === idp);
}

export function hostingFits(plan: Pick<Plan, 'hosting'>, hosting: AppHosting | undefined): boolean {
  return hosting === undefined || plan.hosting === 'both' || plan.hosting === hosting;
}

/** True when the IdP provisions this app by SCIM and, if asked, pushes groups. */
export function idpMeetsNeeds(capability: IdpCapability | undefined, pushGroups: boolean): boolean {
  if (!capability || capability.provisioning !== 'scim') return false;
  return !pushGroups || capability.features.pushGroups === true;
}

export function planMeetsNeeds(plan: Plan, app: Pick<PricedApp, 'idps'>, needs: PlanNeeds): boolean {
  if (needs.sso && plan.sso !== true) return false;
  if ((needs.scim || needs.idp) && plan.scim !== true) return false;
  if (!hostingFits(plan, needs.hosting)) return false;
  if (needs.idp && !idpMeetsNeeds(capabilityFor(app, needs.idp), needs.pushGroups ?? false)) return false;
  return true;
}
