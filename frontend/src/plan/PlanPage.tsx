// The Joint Execution Plan of a partnership: version picker, status, ratification per party, propose / ratify /
// amend, advice, then the plan itself (objectives, workstreams, dependency graph, risks).
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Banner } from '../components/Banner';
import { NotFound } from '../components/NotFound';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { apiQuery, refresh } from '../data/cache';
import { keys } from '../data/keys';
import { Link, partnershipPath, planPath } from '../router';
import type { Viewer } from '../session/queries';
import { DependencyGraph } from './DependencyGraph';
import { Objectives } from './Objectives';
import { PlanSummary } from './PlanSummary';
import { PLAN_PAGE } from './queries';
import { Risks } from './Risks';
import { PlanContext, type PlanContextValue, PlanStatusTag } from './shared';
import { VersionPicker, Warnings } from './VersionBar';
import { Workstreams } from './Workstreams';

export function PlanPage({ id, planId, viewer }: { id: string; planId?: string; viewer: Viewer }) {
  const queryClient = useQueryClient();
  // Another version keeps the one on screen until it has arrived.
  const query = useQuery({
    ...apiQuery(keys.planVersion(id, planId ?? null), PLAN_PAGE, { id, planId: planId ?? null }),
    placeholderData: keepPreviousData,
  });
  const { message, setMessage, failed, changed } = usePageMessage(
    () => refresh(queryClient, [keys.plan(id)]),
    (e) => `${e.message} The latest version of the plan is shown now; please make your change again if it still applies.`,
  );

  const partnership = query.data?.partnership;
  const plans = partnership?.plans ?? [];
  const plan = partnership?.plan ?? undefined;

  useEffect(() => {
    document.title = partnership ? `${plan ? `Plan v${plan.version}` : 'Plan'} · ${partnership.name} · Tandem` : 'Plan · Tandem';
  }, [partnership, plan]);

  const fallback = pageFallback(query, 'Loading the plan…', 'Joint Execution Plan');
  if (fallback) {
    return fallback;
  }
  if (!partnership) {
    return <NotFound />;
  }

  const heading = (
    <>
      <p className="breadcrumb">
        <Link href={partnershipPath(partnership.id)}>{partnership.name}</Link>
      </p>
      <div className="page-heading">
        <h1>Joint Execution Plan</h1>
        {plan && <PlanStatusTag status={plan.status} testId="plan-status" />}
      </div>
      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />
    </>
  );

  if (plans.length === 0) {
    return (
      <main className="container page">
        {heading}
        <div className="empty">
          <p className="empty-title">No plan yet</p>
          <p className="muted">The plan is created together with the partnership. Please try again in a moment.</p>
        </div>
      </main>
    );
  }
  if (!plan) {
    return (
      <main className="container page">
        {heading}
        <Banner kind="error">
          <p>This version of the plan was not found.</p>
          <Link href={planPath(partnership.id)} className="button button-secondary button-small">
            Show the current plan
          </Link>
        </Banner>
      </main>
    );
  }

  const context: PlanContextValue = {
    partnership,
    plan,
    viewer,
    deliverables: plan.workstreams.flatMap((w) => w.deliverables),
    canCheckIn: Boolean(partnership.viewerRole) && partnership.viewerRole !== 'VIEWER',
    changed,
    failed,
  };

  return (
    <main className="container page">
      {heading}
      <PlanContext.Provider value={context}>
        {/* Keyed by version: open forms never carry over to another version. */}
        <div key={plan.id}>
          <VersionPicker plans={plans} currentId={partnership.currentPlan?.id} />
          <Warnings />
          <PlanSummary onMessage={setMessage} />
          <nav className="in-page-nav" aria-label="Parts of the plan">
            <a href="#objectives">Objectives</a>
            <a href="#workstreams">Workstreams</a>
            <a href="#dependencies">Dependencies</a>
            <a href="#risks">Risks</a>
          </nav>
          <Objectives />
          <Workstreams />
          <DependencyGraph />
          <Risks />
        </div>
      </PlanContext.Provider>
    </main>
  );
}
