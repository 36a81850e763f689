/** The catalog listing's filters as they appear in its URL. */
export interface FilterValues {
  q: string;
  category: string;
  idp: string;
  position: string;
  status: string;
  sort: string;
  seats: string;
  billing: string;
}

const DEFAULTS: FilterValues = { q: '', category: '', idp: '', position: '', status: '', sort: 'name', seats: '10', billing: 'monthly' };

/**
 * Builds the shareable URL of a filtered view; defaults are left out so the plain listing stays `/apps`.
 * Filtered views live at `/apps/search` (the client router would otherwise reuse the prerendered `/apps`);
 * `/apps?…` links from elsewhere are rewritten there on the server.
 */
export function catalogHref(values: Partial<FilterValues> & { page?: number }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '' || key === 'page') continue;
    if (DEFAULTS[key as keyof FilterValues] === value) continue;
    params.set(key, String(value));
  }
  if (values.page && values.page > 1) params.set('page', String(values.page));
  const query = params.toString();
  return query ? `/apps/search?${query}` : '/apps';
}
