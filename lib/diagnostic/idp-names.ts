import type { IdpId } from '../catalog/types';

/** Short names used in sentences ("Entra ID provisions users only"); full names live in db/seed/idps.json. */
export const IDP_NAMES: Readonly<Record<IdpId, string>> = {
  okta: 'Okta',
  entra: 'Entra ID',
  google: 'Google Workspace',
  onelogin: 'OneLogin',
  jumpcloud: 'JumpCloud',
  ping: 'Ping Identity',
};
