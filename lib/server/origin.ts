const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for localhost URLs: a machine serving only itself, not a deployment. */
export function isLocalUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
  } catch {
    return false;
  }
}

interface HeaderSource {
  get(name: string): string | null;
}

/** The host the browser addressed: the proxy's X-Forwarded-Host, else Host. */
export function requestHost(headers: HeaderSource): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || headers.get('host');
}

/** The origins a request's own page can have (the scheme may differ behind a TLS-terminating proxy). */
export function ownOrigins(headers: HeaderSource): string[] {
  const host = requestHost(headers);
  return host ? [`http://${host}`, `https://${host}`] : [];
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a mutation may proceed: a browser request must come from this site (its Origin host
 * is the host it addressed) or from a configured origin. Requests without Origin and without
 * Fetch Metadata are scripts (curl), which a browser cannot forge into carrying our cookie.
 */
export function isAllowedOrigin(headers: HeaderSource, trustedOrigins: readonly string[]): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  const origin = headers.get('origin');
  if (origin === null) return fetchSite === null || fetchSite === 'same-origin' || fetchSite === 'none';
  if (origin === 'null') return false;
  const normalised = originOf(origin);
  if (!normalised) return false;
  if (trustedOrigins.map(originOf).includes(normalised)) return true;
  const host = requestHost(headers);
  return host !== null && new URL(normalised).host === host;
}
