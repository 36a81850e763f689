/** Cache tags of the catalog: every catalog write revalidates `catalog`, and the app's own tag. */
export const TAGS = {
  catalog: 'catalog',
  app: (slug: string) => `app:${slug}`,
} as const;
