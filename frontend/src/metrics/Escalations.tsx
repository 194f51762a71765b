// The partnership's escalations: open first, each with its tier, metric and when it was opened.

import { formatDateTime } from '../format';
import { tierLabel } from '../labels';
import type { Escalation } from './queries';

export function Escalations({ escalations }: { escalations: Escalation[] }) {
  // Open first; within each group the API's order (newest first) stays.
  const sorted = [...escalations].sort((a, b) => (a.status === b.status ? 0 : a.status === 'OPEN' ? -1 : 1));
  const open = escalations.filter((e) => e.status === 'OPEN').length;
  return (
    <section className="section" aria-labelledby="escalations-heading">
      <h2 id="escalations-heading">
        Escalations <span className="muted small">({open} open)</span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">No escalations. A metric that turns red opens one at its escalation tier.</p>
      ) : (
        <ul className="card-list" data-testid="escalation-list">
          {sorted.map((escalation) => (
            <li
              key={escalation.id}
              className={`card escalation escalation-${escalation.status.toLowerCase()}`}
              data-testid="escalation"
              data-status={escalation.status}
            >
              <div className="item-heading">
                <p className="escalation-summary">{escalation.summary}</p>
                <span className={`tag ${escalation.status === 'OPEN' ? 'tag-negative' : 'tag-muted'}`}>
                  {escalation.status === 'OPEN' ? 'Open' : 'Resolved'}
                </span>
              </div>
              <p className="muted small">
                {tierLabel(escalation.tier)} tier
                {escalation.metric ? ` · ${escalation.metric.name}` : ''} · opened{' '}
                <time dateTime={escalation.openedAt}>{formatDateTime(escalation.openedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
