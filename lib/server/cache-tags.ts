/**
 * Cache tags of the catalog. Every catalog write revalidates `catalog` (listings, counts, search, compare)
 * and the tag of each app it touched. A profile depends on its own app alone, so it carries only the app's
 * tag: one save re-renders that profile, not every profile in the catalog.
 */
export const TAGS = {
  catalog: 'catalog',
  app: (slug: string) => `app:${slug}`,
  /** Written only by the seed, before the server serves anything; no admin path changes identity providers. */
  identityProviders: 'identity-providers',
} as const;
