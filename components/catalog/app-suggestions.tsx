'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

interface Suggestion {
  slug: string;
  name: string;
}

/** "Did you mean": close names for the slug in the address, from the public API. */
export function AppSuggestions() {
  const pathname = usePathname();
  const wanted = decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? '');
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    fetch(`/api/v1/suggest?q=${encodeURIComponent(wanted)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { apps: [] }))
      .then((body: { apps: Suggestion[] }) => setSuggestions(body.apps))
      .catch(() => setSuggestions([]));
    return () => controller.abort();
  }, [wanted]);
  if (!suggestions || suggestions.length === 0) return null;
  return (
    <div className="mt-4">
      <p>Did you mean:</p>
      <ul className="mt-1 list-disc pl-5">
        {suggestions.map((suggestion) => (
          <li key={suggestion.slug}>
            <Link prefetch={false} href={`/apps/${suggestion.slug}`}>{suggestion.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
