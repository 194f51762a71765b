// A meeting's page (/partnerships/:id/meetings/:meetingId): moving or cancelling it, the data-built agenda, minutes and
// attendance, decisions and action items, recorded live; a link to its printable pack.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LiveStatus } from '../components/LiveStatus';
import { NotFound } from '../components/NotFound';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { apiQuery, refresh, useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDateTime } from '../format';
import { tierLabel } from '../labels';
import { governancePath, Link, meetingPath } from '../router';
import { ActionItems } from './ActionItems';
import { Agenda } from './Agenda';
import { CalendarLink } from './CalendarLink';
import { Decisions } from './Decisions';
import { AddAgendaItem, Minutes } from './MeetingRecords';
import { CancelledNote, MeetingTime } from './MeetingTime';
import { MEETING_PAGE, type Meeting } from './queries';
import { uniquePeople } from './shared';
import { useGovernanceLive } from './useGovernanceLive';

/**
 * The meeting `meetingId` among the partnership's upcoming meetings, else its past ones (loaded only when needed), with
 * the partnership; `fallback` is what the page shows while neither has it (loading, failed, not found).
 */
export function useMeeting(id: string, meetingId: string, loadingLabel: string, heading: string) {
  const upcoming = useApiQuery(keys.meetings(id, true), MEETING_PAGE, { id, upcoming: true });
  const inUpcoming = upcoming.data?.partnership?.meetings.edges.find((e) => e.node.id === meetingId)?.node;
  const past = useQuery({
    ...apiQuery(keys.meetings(id, false), MEETING_PAGE, { id, upcoming: false }),
    enabled: upcoming.isSuccess && !inUpcoming,
  });
  const meeting = inUpcoming ?? past.data?.partnership?.meetings.edges.find((e) => e.node.id === meetingId)?.node;
  const partnership = upcoming.data?.partnership;
  const fallback = pageFallback(upcoming, loadingLabel, heading) ?? (inUpcoming ? null : pageFallback(past, loadingLabel, heading));
  return { partnership, meeting, fallback };
}

/** The meeting's title, tier and time. */
export function MeetingHeading({ meeting }: { meeting: Meeting }) {
  return (
    <>
      <h1 data-testid="meeting-title">{meeting.title}</h1>
      <p className="muted">
        {tierLabel(meeting.tier)} tier · <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time> ·{' '}
        {meeting.durationMinutes} minutes
      </p>
      <CancelledNote meeting={meeting} />
    </>
  );
}

export function MeetingPage({ id, meetingId }: { id: string; meetingId: string }) {
  const queryClient = useQueryClient();
  const { partnership, meeting, fallback } = useMeeting(id, meetingId, 'Loading the meeting…', 'Meeting');
  // recorded live: attendance, decisions and action items others record appear here too
  const live = useGovernanceLive(id, Boolean(meeting));
  const { message, setMessage, failed, changed } = usePageMessage(
    () => refresh(queryClient, [keys.governance(id)]),
    () => 'Someone else changed this meeting while you were working on it. The latest version is shown now; please make your change again.',
  );

  useEffect(() => {
    document.title = meeting ? `${meeting.title} · Tandem` : 'Meeting · Tandem';
  }, [meeting]);

  if (fallback) return fallback;
  if (!partnership || !meeting) return <NotFound />;

  const people = uniquePeople(partnership.members.map((m) => m.person));
  const records = { partnershipId: id, meeting, people, changed, failed };
  return (
    <main className="container page">
      <p className="breadcrumb">
        <Link href={governancePath(id)}>Governance of {partnership.name}</Link>
      </p>
      <MeetingHeading meeting={meeting} />
      <LiveStatus state={live.state} problem={live.problem} changes="minutes, decisions and action items" />
      <p className="visually-hidden" role="status" aria-live="polite">
        {live.announcement}
      </p>
      <div className="item-actions">
        <Link href={meetingPath(id, meetingId, true)} className="button button-secondary" data-testid="pack-link">
          Meeting pack (print)
        </Link>
      </div>
      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />
      <MeetingTime partnershipId={id} meeting={meeting} changed={changed} failed={failed} />
      <Agenda partnershipId={id} meeting={meeting} />
      {!meeting.minutedAt && <AddAgendaItem {...records} />}
      <Minutes {...records} />
      <Decisions {...records} />
      <ActionItems {...records} />
      <section className="section" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Your calendar</h2>
        <CalendarLink />
      </section>
    </main>
  );
}
