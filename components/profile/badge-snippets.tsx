'use client';

import { useState } from 'react';

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const id = `badge-${label.toLowerCase()}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} className="min-w-0 flex-1 rounded border border-line bg-surface-sunken px-2 py-1 font-mono text-xs" />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setCopied(true));
          }}
          className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-sunken"
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

/** Markdown and HTML that embed the app's status badge, linking back to its profile. */
export function BadgeSnippets({ badgeUrl, profileUrl, name }: { badgeUrl: string; profileUrl: string; name: string }) {
  const alt = `${name} SCIM status`;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <CopyField label="Markdown" value={`[![${alt}](${badgeUrl})](${profileUrl})`} />
      <CopyField label="HTML" value={`<a href="${profileUrl}"><img src="${badgeUrl}" alt="${alt}"></a>`} />
    </div>
  );
}
