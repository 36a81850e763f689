import { formatDate } from '@/lib/format';
import { getChangelog } from '@/lib/server/catalog';

// The public profile's record of price and capability changes: dates and what changed, never who.
// A cached read tagged with the app (lib/server/catalog.ts), so the page stays static and an
// edit's updateTag refreshes it with the rest of the profile.

export async function Changelog({ slug }: { slug: string }) {
  const entries = await getChangelog(slug);
  return (
    <section aria-labelledby="changelog-heading">
      <h2 id="changelog-heading" className="text-lg font-semibold">
        Changes to this profile
      </h2>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-ink-muted">No changes to plans, prices, SSO, SCIM or identity providers since this profile was added.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {entries.map((entry) => (
            <li key={entry.at}>
              <time dateTime={entry.at} className="font-medium tabular-nums">
                {formatDate(entry.at)}
              </time>
              <ul className="mt-0.5 list-disc pl-5">
                {entry.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
