// The partnership page's entry to governance: a link to the tiers, meetings and escalations.
import { governancePath, Link } from '../router';

export function GovernanceCard({ partnershipId }: { partnershipId: string }) {
  return (
    <section className="section" aria-labelledby="governance-card-heading">
      <h2 id="governance-card-heading">Governance</h2>
      <div className="card plan-card">
        <p className="muted small">Tiers and their meetings, agendas built from the data, decisions, action items and escalations.</p>
        <Link href={governancePath(partnershipId)} className="button button-primary" data-testid="governance-link">
          Open governance
        </Link>
      </div>
    </section>
  );
}
