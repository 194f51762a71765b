// The partnership's recent activity (its audit trail), newest first, a page at a time.
import { useEffect, useState } from 'react';
import { errorMessage, request } from '../api';
import { Banner } from '../components/Banner';
import { LoadMore } from '../components/LoadMore';
import { formatDateTime } from '../format';
import { type AuditEvent, type AuditEventPage, MORE_AUDIT_EVENTS } from './queries';

export function Activity({ partnershipId, first }: { partnershipId: string; first: AuditEventPage }) {
  const [events, setEvents] = useState(first.edges.map((e) => e.node));
  const [pageInfo, setPageInfo] = useState(first.pageInfo);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string>();

  // A refresh of the partnership (after a change) brings a fresh first page.
  useEffect(() => {
    setEvents(first.edges.map((e) => e.node));
    setPageInfo(first.pageInfo);
  }, [first]);

  async function loadMore() {
    setLoadingMore(true);
    try {
      const data = await request(MORE_AUDIT_EVENTS, { id: partnershipId, after: pageInfo.endCursor });
      const page = data.partnership?.auditEvents;
      if (page) {
        const known = new Set(events.map((e) => e.id));
        setEvents([...events, ...page.edges.map((e) => e.node).filter((e) => !known.has(e.id))]);
        setPageInfo(page.pageInfo);
      }
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="section" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Recent activity</h2>
      {error && <Banner kind="error">{error}</Banner>}
      {events.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ol className="activity" data-testid="activity">
          {events.map((event) => (
            <li key={event.id} className="activity-item">
              <p>{event.summary}</p>
              <p className="muted small">
                {actorName(event.actor)} · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {pageInfo.hasNextPage && <LoadMore loading={loadingMore} onClick={() => void loadMore()} />}
    </section>
  );
}

function actorName(actor: AuditEvent['actor']): string {
  const name = actor.displayName || actor.subject;
  const who = actor.kind === 'INTEGRATOR' ? `${name} (integration)` : name;
  return actor.organization ? `${who}, ${actor.organization.name}` : who;
}
