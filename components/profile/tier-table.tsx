import { TriState } from '@/components/ui/tri-state';
import type { Plan } from '@/lib/catalog/types';
import { describePrice } from '@/lib/format';

const HOSTING_WORDS: Record<Plan['hosting'], string> = { cloud: 'Cloud', 'self-hosted': 'Self-hosted', both: 'Cloud and self-hosted' };

/** Every plan with its price written as the vendor states it. */
export function TierTable({ plans }: { plans: readonly Plan[] }) {
  const ordered = [...plans].sort((a, b) => a.rank - b.rank);
  if (ordered.length === 0) return <p className="text-sm text-ink-muted">No plans are listed for this app.</p>;
  return (
    // A table from md up, a card per plan below (.stacked-table in globals.css).
    <table className="stacked-table">
      <thead className="border-b border-line">
        <tr>
          <th scope="col">Plan</th>
          <th scope="col">Price as stated</th>
          <th scope="col">Hosting</th>
          <th scope="col">SSO</th>
          <th scope="col">SCIM</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((plan) => (
          <tr key={plan.name} className={plan.scim ? 'bg-status-free-bg/40' : undefined}>
            <th scope="row">{plan.name}</th>
            <td>
              {describePrice(plan.price)}
              {plan.price?.note || plan.note ? <p className="mt-1 text-xs text-ink-muted">{plan.price?.note ?? plan.note}</p> : null}
            </td>
            <td data-label="Hosting">{HOSTING_WORDS[plan.hosting]}</td>
            <td data-label="SSO"><TriState value={plan.sso} /></td>
            <td data-label="SCIM"><TriState value={plan.scim} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
