// "For me" (/for-me): what waits on the signed-in person across their partnerships, each item linking to where it is
// dealt with: open action items, escalations at their tiers, this week's meetings, surveys to answer.
import { type ReactNode, useEffect } from 'react';
import { pageFallback } from '../components/PageState';
import { useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDate, formatDateTime } from '../format';
import { escalationStatusLabel, tierLabel } from '../labels';
import { governancePath, Link, meetingPath, surveyAnswerPath } from '../router';
import { FOR_ME } from './queries';

export function ForMePage() {
  const query = useApiQuery(keys.forMe, FOR_ME);
  const forMe = query.data?.me.forMe;

  useEffect(() => {
    document.title = 'For me · Tandem';
  }, []);

  const fallback = pageFallback(query, 'Loading what waits for you…', 'For me');
  if (fallback) return fallback;
  if (!forMe) return null;

  return (
    <main className="container page">
      <h1>For me</h1>
      <p className="muted">What waits on you across your partnerships.</p>

      <Group id="for-me-actions" heading="Your action items" count={forMe.actionItems.length} empty="No open action items.">
        {forMe.actionItems.map((item) => (
          <Item
            key={item.id}
            testId="for-me-action-item"
            title={item.title}
            href={
              item.partnership && (item.meeting ? meetingPath(item.partnership.id, item.meeting.id) : governancePath(item.partnership.id))
            }
            place={item.partnership}
            meta={`${tierLabel(item.tier)} tier · due ${formatDate(item.dueOn)}${item.overdue ? ' · overdue' : ''}`}
          />
        ))}
      </Group>

      <Group
        id="for-me-escalations"
        heading="Escalations waiting on your tiers"
        count={forMe.escalations.length}
        empty="No escalations wait on you."
      >
        {forMe.escalations.map((e) => (
          <Item
            key={e.id}
            testId="for-me-escalation"
            title={e.summary}
            href={e.partnership && governancePath(e.partnership.id)}
            place={e.partnership}
            meta={`${escalationStatusLabel(e.status)} · ${tierLabel(e.tier)} tier${e.metric ? ` · ${e.metric.name}` : ''}${
              e.responseDueAt ? ` · response due ${formatDateTime(e.responseDueAt)}` : ''
            }`}
          />
        ))}
      </Group>

      <Group
        id="for-me-meetings"
        heading="Your meetings this week"
        count={forMe.meetingsThisWeek.length}
        empty="No meetings in the next seven days."
      >
        {forMe.meetingsThisWeek.map((m) => (
          <Item
            key={m.id}
            testId="for-me-meeting"
            title={m.title}
            href={m.partnership && meetingPath(m.partnership.id, m.id)}
            place={m.partnership}
            meta={`${tierLabel(m.tier)} tier · ${formatDateTime(m.startsAt)} · ${m.durationMinutes} min${m.cancelled ? ' · cancelled' : ''}`}
          />
        ))}
      </Group>

      <Group id="for-me-surveys" heading="Surveys to answer" count={forMe.surveysToAnswer.length} empty="No survey waits for your answer.">
        {forMe.surveysToAnswer.map((s) => (
          <Item
            key={s.id}
            testId="for-me-survey"
            title={`${s.title} (round ${s.round})`}
            href={s.partnership && surveyAnswerPath(s.partnership.id, s.id)}
            place={s.partnership}
            meta={s.closesAt ? `closes ${formatDateTime(s.closesAt)}` : 'open'}
          />
        ))}
      </Group>
    </main>
  );
}

function Group({
  id,
  heading,
  count,
  empty,
  children,
}: {
  id: string;
  heading: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="section for-me-group" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {heading} <span className="muted small">({count})</span>
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="card-list">{children}</ul>}
    </section>
  );
}

/** The partnership an item belongs to; null when it is no longer visible to the viewer. */
type Place = { id: string; name: string } | null;

/** One item: a link to where it is dealt with (plain text when its partnership is not visible). */
function Item({ testId, title, href, place, meta }: { testId: string; title: string; href?: string | null; place: Place; meta: string }) {
  const body = (
    <>
      <span className="card-title">{title}</span>
      <span className="card-meta">
        {place ? `${place.name} · ` : ''}
        {meta}
      </span>
    </>
  );
  return (
    <li data-testid={testId}>
      {href ? (
        <Link href={href} className="card card-link">
          {body}
        </Link>
      ) : (
        <div className="card">{body}</div>
      )}
    </li>
  );
}
