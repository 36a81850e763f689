import type { Metadata } from 'next';
import { filterValuesOf, CatalogView } from '@/components/catalog/catalog-view';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { catalogQuerySchema } from '@/lib/catalog/search';

export const metadata: Metadata = {
  title: 'SaaS apps and their SCIM plans',
  description: 'Search SaaS apps by name, category and identity provider: the first plan with SSO and SCIM, and the annual increase to reach SCIM at your team size.',
  robots: { index: false },
};

// Blocking on purpose: the filtered list arrives in the first HTML, so a shared link works before JavaScript
// (a streamed Suspense boundary needs a script to reveal its content).
export const instant = false;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[value.length - 1] : value);

async function FilteredCatalog({ searchParams }: { searchParams: PageProps<'/apps/search'>['searchParams'] }) {
  const raw = await searchParams;
  const input = Object.fromEntries(['q', 'category', 'idp', 'position', 'status', 'sort', 'seats', 'billing'].map((key) => [key, single(raw[key])]));
  const parsed = catalogQuerySchema.safeParse(input);
  const pageNumber = Number(single(raw.page) ?? '1');
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100_000 ? pageNumber : 1;
  if (parsed.success) return <CatalogView query={parsed.data} page={page} />;

  // Bad parameters: say which one is wrong, and list the catalog without it.
  const errors: Record<string, string> = {};
  const cleaned: Record<string, string | undefined> = { ...input };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
    cleaned[key] = undefined;
  }
  const fallback = catalogQuerySchema.parse(cleaned);
  const values = { ...filterValuesOf(fallback), ...Object.fromEntries(Object.keys(errors).map((key) => [key, input[key] ?? ''])) };
  return <CatalogView query={fallback} page={page} errors={errors} rawValues={values} />;
}

/** Filtered listing: reached through the rewrite of `/apps?…`, rendered on the server for every query. */
export default function AppsSearchPage({ searchParams }: PageProps<'/apps/search'>) {
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/apps', label: 'Apps' }, { label: 'Search' }]} />
      <h1 className="mt-2 text-2xl font-semibold">Apps and their SCIM plans</h1>
      <div className="mt-6">
        <FilteredCatalog searchParams={searchParams} />
      </div>
    </>
  );
}
