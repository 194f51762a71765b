// A meeting's page (/partnerships/:id/meetings/:meetingId): the data-built agenda, minutes and attendance, decisions
// and action items, recorded live; a link to its printable pack.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NotFound } from '../components/NotFound';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { refresh, useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDateTime } from '../format';
import { tierLabel } from '../labels';
import { governancePath, Link, meetingPath } from '../router';
import { Agenda } from './Agenda';
import { CalendarLink } from './CalendarLink';
import { ActionItems, Decisions, Minutes } from './MeetingRecords';
import { MEETING_PAGE, type Meeting } from './queries';
import { uniquePeople } from './shared';

/** The meeting `meetingId` among a partnership's upcoming and past meetings. */
export function findMeeting(
  partnership: { upcoming: { edges: { node: Meeting }[] }; past: { edges: { node: Meeting }[] } } | null | undefined,
  meetingId: string,
): Meeting | undefined {
  return [...(partnership?.upcoming.edges ?? []), ...(partnership?.past.edges ?? [])].map((e) => e.node).find((m) => m.id === meetingId);
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
    </>
  );
}

export function MeetingPage({ id, meetingId }: { id: string; meetingId: string }) {
  const queryClient = useQueryClient();
  const query = useApiQuery(keys.meeting(id), MEETING_PAGE, { id });
  const { message, setMessage, failed, changed } = usePageMessage(
    () => refresh(queryClient, [keys.governance(id)]),
    () => 'Someone else changed this meeting while you were working on it. The latest version is shown now; please make your change again.',
  );
  const partnership = query.data?.partnership;
  const meeting = findMeeting(partnership, meetingId);

  useEffect(() => {
    document.title = meeting ? `${meeting.title} · Tandem` : 'Meeting · Tandem';
  }, [meeting]);

  const fallback = pageFallback(query, 'Loading the meeting…', 'Meeting');
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
      <div className="item-actions">
        <Link href={meetingPath(id, meetingId, true)} className="button button-secondary" data-testid="pack-link">
          Meeting pack (print)
        </Link>
      </div>
      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />
      <Agenda partnershipId={id} meeting={meeting} />
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
