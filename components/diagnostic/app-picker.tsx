'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';

interface Suggestion {
  slug: string;
  name: string;
  vendor: string;
}

async function searchApps(query: string): Promise<Suggestion[]> {
  const response = await fetch(`/api/v1/apps?q=${encodeURIComponent(query)}&limit=8`);
  if (!response.ok) throw new Error(`Search failed (${response.status})`);
  const body = (await response.json()) as { apps: Suggestion[] };
  return body.apps;
}

/** Search-as-you-type combobox that adds catalog apps; keyboard: arrows to move, Enter to add, Escape to close. */
export function AppPicker({ onAdd, chosen, error, inputId }: { onAdd: (slug: string) => void; chosen: readonly string[]; error?: string; inputId: string }) {
  const listId = useId();
  const [text, setText] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text.trim());
  const results = useQuery({ queryKey: ['app-search', query], queryFn: () => searchApps(query), enabled: query.length > 0, staleTime: 60_000 });
  const options = (results.data ?? []).filter((app) => !chosen.includes(app.slug));
  const expanded = isOpen && query.length > 0;

  const add = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    onAdd(suggestion.slug);
    setText('');
    setActive(0);
    setIsOpen(false);
  };

  return (
    <div className="relative max-w-xl">
      <label htmlFor={inputId} className="block text-sm font-medium">
        Apps
      </label>
      <p id={`${inputId}-help`} className="text-xs text-ink-muted">
        Search the catalog and add every app you want a recommendation for.
      </p>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? `${listId}-${options[active].slug}` : undefined}
        aria-describedby={`${inputId}-help${error ? ` ${inputId}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        placeholder="Type an app name, e.g. Metabase"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setIsOpen(true);
          setActive(0);
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setTimeout(() => setIsOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setIsOpen(true);
            setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            add(options[active]);
          } else if (event.key === 'Escape') {
            setIsOpen(false);
          }
        }}
        className={`mt-1 w-full rounded border bg-surface-raised px-3 py-2 ${error ? 'border-danger' : 'border-line'}`}
      />
      {error ? (
        <p id={`${inputId}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <ul id={listId} role="listbox" aria-label="Matching apps" hidden={!expanded} className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded border border-line bg-surface-raised shadow-lg">
        {results.isFetching && options.length === 0 ? <li className="px-3 py-2 text-sm text-ink-muted">Searching…</li> : null}
        {results.isError ? <li className="px-3 py-2 text-sm text-danger">Search failed; check the connection and type again.</li> : null}
        {!results.isFetching && results.isSuccess && options.length === 0 ? <li className="px-3 py-2 text-sm text-ink-muted">No app matches “{query}”.</li> : null}
        {options.map((option, index) => (
          <li
            key={option.slug}
            id={`${listId}-${option.slug}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => add(option)}
            className={`cursor-pointer px-3 py-2 text-sm ${index === active ? 'bg-surface-sunken' : ''}`}
          >
            <span className="font-medium">{option.name}</span> <span className="text-ink-muted">· {option.vendor}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
