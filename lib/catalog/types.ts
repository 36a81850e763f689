import type { z } from 'zod';
import type {
  appRecordSchema,
  APP_HOSTINGS,
  BILLINGS,
  IDP_IDS,
  idpCapabilitySchema,
  identityProviderSchema,
  planSchema,
  priceSchema,
  PROVISIONING_MODES,
  sourceSchema,
} from './schemas';

export type Price = z.infer<typeof priceSchema>;
export type PriceModel = Price['model'];
export type Plan = z.infer<typeof planSchema>;
export type IdpCapability = z.infer<typeof idpCapabilitySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type AppRecord = z.infer<typeof appRecordSchema>;
/** What a seed or import file holds before defaults are applied. */
export type AppRecordInput = z.input<typeof appRecordSchema>;
export type IdentityProvider = z.infer<typeof identityProviderSchema>;
export type IdpId = (typeof IDP_IDS)[number];
export type ProvisioningMode = (typeof PROVISIONING_MODES)[number];
export type AppHosting = (typeof APP_HOSTINGS)[number];
export type Billing = (typeof BILLINGS)[number];

/** The parts of an app the pricing rules need. */
export interface PricedApp {
  plans: readonly Plan[];
  idps: readonly IdpCapability[];
}
