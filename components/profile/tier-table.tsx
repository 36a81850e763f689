import { TriState } from '@/components/ui/tri-state';
import type { Plan } from '@/lib/catalog/types';
import { describePrice } from '@/lib/format';

const HOSTING_WORDS: Record<Plan['hosting'], string> = { cloud: 'Cloud', 'self-hosted': 'Self-hosted', both: 'Cloud and self-hosted' };

/** Every plan with its price written as the vendor states it. */
export function TierTable({ plans }: { plans: readonly Plan[] }) {
  const ordered = [...plans].sort((a, b) => a.rank - b.rank);
  if (ordered.length === 0) return <p className="text-sm text-ink-muted">No plans are listed for this app.</p>;
  return (
    <>
      <div className="hidden md:block">
        <table className="w-full text-sm">
          <thead className="border-b border-line text-left">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Plan</th>
              <th scope="col" className="py-2 pr-3 font-medium">Price as stated</th>
              <th scope="col" className="py-2 pr-3 font-medium">Hosting</th>
              <th scope="col" className="py-2 pr-3 font-medium">SSO</th>
              <th scope="col" className="py-2 font-medium">SCIM</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((plan) => (
              <tr key={plan.name} className={`border-b border-line/60 align-top hover:bg-surface-sunken ${plan.scim ? 'bg-status-free-bg/40' : ''}`}>
                <th scope="row" className="py-2 pr-3 text-left font-medium">{plan.name}</th>
                <td className="py-2 pr-3">
                  {describePrice(plan.price)}
                  {plan.price?.note || plan.note ? <p className="mt-1 text-xs text-ink-muted">{plan.price?.note ?? plan.note}</p> : null}
                </td>
                <td className="py-2 pr-3">{HOSTING_WORDS[plan.hosting]}</td>
                <td className="py-2 pr-3"><TriState value={plan.sso} /></td>
                <td className="py-2"><TriState value={plan.scim} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden">
        {ordered.map((plan) => (
          <li key={plan.name} className="rounded border border-line p-3 text-sm">
            <div className="font-medium">{plan.name}</div>
            <div className="mt-1">{describePrice(plan.price)}</div>
            {plan.price?.note || plan.note ? <p className="mt-1 text-xs text-ink-muted">{plan.price?.note ?? plan.note}</p> : null}
            <dl className="mt-2 grid grid-cols-3 gap-2">
              <div><dt className="text-ink-muted">Hosting</dt><dd>{HOSTING_WORDS[plan.hosting]}</dd></div>
              <div><dt className="text-ink-muted">SSO</dt><dd><TriState value={plan.sso} /></dd></div>
              <div><dt className="text-ink-muted">SCIM</dt><dd><TriState value={plan.scim} /></dd></div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
