// The governance overview (/partnerships/:id/governance): the next meetings, the escalation board, the tiers and the
// decision-rights matrix.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LiveStatus } from '../components/LiveStatus';
import { NotFound } from '../components/NotFound';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { refresh, useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDateTime } from '../format';
import { tierLabel } from '../labels';
import { Link, meetingPath, partnershipPath } from '../router';
import type { Viewer } from '../session/queries';
import { CalendarLink } from './CalendarLink';
import { DecisionRights } from './DecisionRights';
import { EscalationBoard } from './EscalationBoard';
import { GOVERNANCE_PAGE } from './queries';
import { Tiers } from './Tiers';
import { useGovernanceLive } from './useGovernanceLive';

export function GovernancePage({ id, viewer }: { id: string; viewer: Viewer }) {
  const queryClient = useQueryClient();
  const query = useApiQuery(keys.governanceOverview(id), GOVERNANCE_PAGE, { id });
  const { message, setMessage, failed, changed } = usePageMessage(
    () => refresh(queryClient, [keys.governance(id)]),
    () => 'Someone else changed this while you were working on it. The latest version is shown now; please make your change again.',
  );
  const partnership = query.data?.partnership;
  const live = useGovernanceLive(id, Boolean(partnership));

  useEffect(() => {
    document.title = partnership ? `Governance · ${partnership.name} · Tandem` : 'Governance · Tandem';
  }, [partnership]);

  const fallback = pageFallback(query, 'Loading governance…', 'Governance');
  if (fallback) return fallback;
  if (!partnership) return <NotFound />;

  const meetings = partnership.meetings.edges.map((e) => e.node);
  return (
    <main className="container page">
      <p className="breadcrumb">
        <Link href={partnershipPath(id)}>{partnership.name}</Link>
      </p>
      <h1>Governance</h1>
      <LiveStatus state={live.state} problem={live.problem} changes="escalations, meetings and decisions" />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="governance-announcement">
        {live.announcement}
      </p>
      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />

      <section className="section" aria-labelledby="next-meetings-heading">
        <h2 id="next-meetings-heading">Next meetings</h2>
        {meetings.length === 0 ? (
          <p className="muted">No meetings scheduled yet.</p>
        ) : (
          <ul className="card-list" data-testid="next-meetings">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link href={meetingPath(id, meeting.id)} className="card card-link" data-testid="meeting-link" data-tier={meeting.tier}>
                  <span className="card-title">{meeting.title}</span>
                  <span className="card-meta">
                    {tierLabel(meeting.tier)} · <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time> ·{' '}
                    {meeting.durationMinutes} min{meeting.cancelled ? ' · cancelled' : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <CalendarLink />
      </section>

      <EscalationBoard escalations={partnership.escalations} partnershipId={id} changed={changed} failed={failed} />
      <Tiers partnership={partnership} changed={changed} failed={failed} />
      <DecisionRights partnership={partnership} viewer={viewer} changed={changed} failed={failed} />
    </main>
  );
}
