// Partnership overview: facts, the plan's state, health and metrics, parties, members and roles, editing, inviting,
// accepting, recent activity.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { HealthBadge } from '../components/HealthBadge';
import { NotFound } from '../components/NotFound';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { refresh, useApiQuery, useChange } from '../data/cache';
import { keys } from '../data/keys';
import { GovernanceCard } from '../governance/GovernanceCard';
import { MetricsCard } from '../metrics/MetricsCard';
import { PlanCard } from '../plan/PlanCard';
import { Link } from '../router';
import type { Viewer } from '../session/queries';
import { PartnershipSurveyPrompt } from '../survey/SurveyPrompt';
import { SurveysCard } from '../survey/SurveysCard';
import { Activity } from './Activity';
import { Members } from './Members';
import { Overview } from './Overview';
import { Parties } from './Parties';
import { ACCEPT_INVITATION, PARTNERSHIP } from './queries';

export function PartnershipPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const queryClient = useQueryClient();
  const query = useApiQuery(keys.overview(id), PARTNERSHIP, { id });
  const { message, setMessage, failed, changed } = usePageMessage(
    () => refresh(queryClient, [keys.overview(id)]),
    () =>
      'Someone else changed this partnership while you were working on it. The latest version is shown now; please make your change again.',
  );
  // Accepting makes the organisation a party: everything about the partnership may read differently now.
  const acceptInvitation = useChange(ACCEPT_INVITATION, () => [keys.partnership(id), keys.partnerships]);

  const partnership = query.data?.partnership;

  useEffect(() => {
    document.title = partnership ? `${partnership.name} · Tandem` : 'Partnership · Tandem';
  }, [partnership]);

  const fallback = pageFallback(query, 'Loading partnership…', 'Partnership');
  if (fallback) {
    return fallback;
  }
  if (!partnership) {
    return <NotFound />;
  }

  async function accept() {
    setMessage(undefined);
    try {
      await acceptInvitation.mutateAsync({ partnershipId: id });
      changed('Invitation accepted. Your organisation is now a party to this partnership.');
    } catch (e) {
      await failed(e);
    }
  }

  return (
    <main className="container page">
      <p className="breadcrumb">
        <Link href="/">Partnerships</Link>
      </p>
      <div className="page-heading">
        <h1 data-testid="partnership-title">{partnership.name}</h1>
        <HealthBadge health={partnership.health} />
      </div>

      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />

      {partnership.viewerCanAccept && (
        <section className="callout" aria-labelledby="invite-callout-heading">
          <h2 id="invite-callout-heading">You are invited</h2>
          <p>
            {viewer.organization ? `${viewer.organization.name} has` : 'Your organisation has'} been invited to this partnership. Accepting
            makes your organisation a party: its people can then see and work on it.
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void accept()}
            disabled={acceptInvitation.isPending}
            data-testid="accept-invitation"
          >
            {acceptInvitation.isPending ? 'Accepting…' : 'Accept invitation'}
          </button>
        </section>
      )}

      {!partnership.viewerCanAccept && <PartnershipSurveyPrompt partnershipId={partnership.id} />}

      <Overview partnership={partnership} onSaved={changed} onFailed={failed} />
      {!partnership.viewerCanAccept && <PlanCard partnershipId={partnership.id} />}
      {!partnership.viewerCanAccept && <MetricsCard partnershipId={partnership.id} health={partnership.health} />}
      {!partnership.viewerCanAccept && <GovernanceCard partnershipId={partnership.id} />}
      {!partnership.viewerCanAccept && <SurveysCard partnershipId={partnership.id} />}
      <Parties partnership={partnership} viewer={viewer} onInvited={changed} onFailed={failed} />
      <Members partnership={partnership} viewer={viewer} onSaved={changed} onFailed={failed} />
      <Activity partnershipId={partnership.id} first={partnership.auditEvents} />
    </main>
  );
}

/** How a part of the page reports a change (the page says so) or a failed one (the page says why). */
export interface ReportProps {
  onSaved: (message: string) => void;
  onFailed: (error: unknown) => Promise<void>;
}
