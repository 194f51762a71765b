// Loads who is signed in, then shows the sign-in screen or the screen for the current address.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ApiError, onUnauthenticated, request } from './api';
import { Loading } from './components/Field';
import { Header } from './components/Header';
import { NotFound } from './components/NotFound';
import { RedAlerts } from './metrics/RedAlerts';
import { matchRoute, navigate, takeReturnPath, usePath } from './router';
import { ME, type Viewer } from './session/queries';
import { SignIn } from './session/SignIn';
import { startSendingStoredAnswers } from './survey/storedAnswers';

// Each page's code loads when it is first shown: the survey page on a phone does not wait for the plan's.
const PartnershipList = lazy(() => import('./partnership/PartnershipList').then((m) => ({ default: m.PartnershipList })));
const NewPartnership = lazy(() => import('./partnership/NewPartnership').then((m) => ({ default: m.NewPartnership })));
const PartnershipPage = lazy(() => import('./partnership/PartnershipPage').then((m) => ({ default: m.PartnershipPage })));
const PlanPage = lazy(() => import('./plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlanDiffPage = lazy(() => import('./plan/PlanDiffPage').then((m) => ({ default: m.PlanDiffPage })));
const MetricsPage = lazy(() => import('./metrics/MetricsPage').then((m) => ({ default: m.MetricsPage })));
const GovernancePage = lazy(() => import('./governance/GovernancePage').then((m) => ({ default: m.GovernancePage })));
const MeetingPage = lazy(() => import('./governance/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const MeetingPack = lazy(() => import('./governance/MeetingPack').then((m) => ({ default: m.MeetingPack })));
const ForMePage = lazy(() => import('./governance/ForMePage').then((m) => ({ default: m.ForMePage })));
const SurveyAnswerPage = lazy(() => import('./survey/SurveyAnswerPage').then((m) => ({ default: m.SurveyAnswerPage })));
const SurveyResultsPage = lazy(() => import('./survey/SurveyResultsPage').then((m) => ({ default: m.SurveyResultsPage })));

type Session = { state: 'loading' } | { state: 'signed-in'; viewer: Viewer } | { state: 'signed-out'; problem?: string };

export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const path = usePath();
  const queryClient = useQueryClient();

  const loadViewer = useCallback(async () => {
    setSession({ state: 'loading' });
    try {
      const data = await request(ME);
      const returnTo = takeReturnPath();
      if (returnTo && window.location.pathname === '/') {
        navigate(returnTo, { replace: true });
      }
      setSession({ state: 'signed-in', viewer: data.me });
    } catch (e) {
      // Anything but a missing session is worth telling: signing in may not help then.
      const problem = e instanceof ApiError && e.code === 'UNAUTHENTICATED' ? undefined : describe(e);
      setSession({ state: 'signed-out', problem });
    }
  }, []);

  useEffect(() => {
    void loadViewer();
  }, [loadViewer]);

  // A session that ends while the app is open (expiry, sign-out in another tab) brings back the sign-in screen, and
  // nothing the last person loaded stays in the cache.
  useEffect(
    () =>
      onUnauthenticated(() => {
        setSession({ state: 'signed-out' });
        queryClient.clear();
      }),
    [queryClient],
  );

  // Survey answers kept on this device go out once someone is signed in, and again whenever the connection is back.
  useEffect(() => (session.state === 'signed-in' ? startSendingStoredAnswers() : undefined), [session.state]);

  useEffect(() => {
    if (session.state === 'signed-out') {
      document.title = 'Sign in · Tandem';
    }
  }, [session.state]);

  if (session.state === 'loading') {
    return (
      <main className="container page">
        <Loading />
      </main>
    );
  }
  if (session.state === 'signed-out') {
    return <SignIn problem={session.problem} onRetry={session.problem ? () => void loadViewer() : undefined} />;
  }

  const viewer = session.viewer;
  const route = matchRoute(path);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Header viewer={viewer} />
      {/* Live for every signed-in person: an alert whenever a metric they can see turns red. */}
      <RedAlerts />
      <div id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <main className="container page">
              <Loading />
            </main>
          }
        >
          {route.name === 'home' && <PartnershipList viewer={viewer} />}
          {route.name === 'for-me' && <ForMePage />}
          {route.name === 'new-partnership' && <NewPartnership viewer={viewer} />}
          {route.name === 'partnership' && <PartnershipPage key={route.id} id={route.id} viewer={viewer} />}
          {route.name === 'plan' && <PlanPage key={route.id} id={route.id} planId={route.planId} viewer={viewer} />}
          {route.name === 'plan-diff' && <PlanDiffPage key={route.id} id={route.id} />}
          {route.name === 'metrics' && <MetricsPage key={route.id} id={route.id} viewer={viewer} />}
          {route.name === 'survey-results' && <SurveyResultsPage key={route.id} id={route.id} />}
          {route.name === 'survey-answer' && <SurveyAnswerPage key={route.surveyId} id={route.id} surveyId={route.surveyId} />}
          {route.name === 'governance' && <GovernancePage key={route.id} id={route.id} viewer={viewer} />}
          {route.name === 'meeting' && !route.pack && <MeetingPage key={route.meetingId} id={route.id} meetingId={route.meetingId} />}
          {route.name === 'meeting' && route.pack && <MeetingPack key={route.meetingId} id={route.id} meetingId={route.meetingId} />}
          {route.name === 'not-found' && <NotFound />}
        </Suspense>
      </div>
    </>
  );
}

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    return error.code === 'NETWORK' ? 'Tandem cannot be reached right now. You can still try to sign in.' : error.message;
  }
  return 'Something went wrong while loading Tandem.';
}
