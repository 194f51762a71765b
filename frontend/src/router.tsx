// A small router on the History API: the current path, navigate(), and a Link that stays in the app.
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'tandem:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The query string of the current address ("?from=..&to=.."), for screens that keep their choices in it. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** Goes to `path` (which may carry a query string) without reloading the page. */
export function navigate(path: string, options: { replace?: boolean; keepScroll?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) {
    return;
  }
  if (options.replace) {
    window.history.replaceState(null, '', path);
  } else {
    window.history.pushState(null, '', path);
  }
  if (!options.keepScroll) {
    window.scrollTo(0, 0);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

const RETURN_KEY = 'tandem.returnTo';

/** The backend lands every sign-in on "/": keep the deep link the person came for, to open it afterwards. */
export function rememberReturnPath(): void {
  const path = window.location.pathname + window.location.search;
  try {
    if (window.location.pathname !== '/') {
      window.sessionStorage.setItem(RETURN_KEY, path);
    } else {
      window.sessionStorage.removeItem(RETURN_KEY);
    }
  } catch {
    // Storage may be disabled; the person then starts at the list.
  }
}

/** Once signed in: the remembered deep link, if any (only a path of this app, never another site). */
export function takeReturnPath(): string | undefined {
  try {
    const path = window.sessionStorage.getItem(RETURN_KEY);
    window.sessionStorage.removeItem(RETURN_KEY);
    return path?.startsWith('/') && !path.startsWith('//') ? path : undefined;
  } catch {
    return undefined;
  }
}

export type Route =
  | { name: 'home' }
  | { name: 'for-me' }
  | { name: 'new-partnership' }
  | { name: 'partnership'; id: string }
  | { name: 'plan'; id: string; planId?: string }
  | { name: 'plan-diff'; id: string }
  | { name: 'metrics'; id: string }
  | { name: 'survey-results'; id: string }
  | { name: 'survey-answer'; id: string; surveyId: string }
  | { name: 'governance'; id: string }
  | { name: 'meeting'; id: string; meetingId: string; pack: boolean }
  | { name: 'not-found' };

export function matchRoute(path: string): Route {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (trimmed === '/') {
    return { name: 'home' };
  }
  if (trimmed === FOR_ME_PATH) {
    return { name: 'for-me' };
  }
  if (trimmed === '/partnerships/new') {
    return { name: 'new-partnership' };
  }
  const match = /^\/partnerships\/([^/]+)$/.exec(trimmed);
  if (match) {
    return { name: 'partnership', id: decodeURIComponent(match[1]) };
  }
  const diff = /^\/partnerships\/([^/]+)\/plan\/diff$/.exec(trimmed);
  if (diff) {
    return { name: 'plan-diff', id: decodeURIComponent(diff[1]) };
  }
  const metrics = /^\/partnerships\/([^/]+)\/metrics$/.exec(trimmed);
  if (metrics) {
    return { name: 'metrics', id: decodeURIComponent(metrics[1]) };
  }
  const governance = /^\/partnerships\/([^/]+)\/governance$/.exec(trimmed);
  if (governance) {
    return { name: 'governance', id: decodeURIComponent(governance[1]) };
  }
  const meeting = /^\/partnerships\/([^/]+)\/meetings\/([^/]+)(\/pack)?$/.exec(trimmed);
  if (meeting) {
    return { name: 'meeting', id: decodeURIComponent(meeting[1]), meetingId: decodeURIComponent(meeting[2]), pack: Boolean(meeting[3]) };
  }
  const surveys = /^\/partnerships\/([^/]+)\/surveys(?:\/([^/]+))?$/.exec(trimmed);
  if (surveys) {
    const id = decodeURIComponent(surveys[1]);
    return surveys[2] ? { name: 'survey-answer', id, surveyId: decodeURIComponent(surveys[2]) } : { name: 'survey-results', id };
  }
  const plan = /^\/partnerships\/([^/]+)\/plan(?:\/([^/]+))?$/.exec(trimmed);
  if (plan) {
    return { name: 'plan', id: decodeURIComponent(plan[1]), planId: plan[2] ? decodeURIComponent(plan[2]) : undefined };
  }
  return { name: 'not-found' };
}

/** What waits on the signed-in person across their partnerships. */
export const FOR_ME_PATH = '/for-me';

export function partnershipPath(id: string): string {
  return `/partnerships/${encodeURIComponent(id)}`;
}

/** The plan page: the current version, or the version `planId`. */
export function planPath(partnershipId: string, planId?: string): string {
  const base = `${partnershipPath(partnershipId)}/plan`;
  return planId ? `${base}/${encodeURIComponent(planId)}` : base;
}

/** The metrics dashboard of a partnership. */
export function metricsPath(partnershipId: string): string {
  return `${partnershipPath(partnershipId)}/metrics`;
}

/** The survey results of a partnership (`round`: the round shown; default the newest with results). */
export function surveyResultsPath(partnershipId: string, round?: string): string {
  const base = `${partnershipPath(partnershipId)}/surveys`;
  return round ? `${base}?round=${encodeURIComponent(round)}` : base;
}

/** The answer page of one survey round. */
export function surveyAnswerPath(partnershipId: string, surveyId: string): string {
  return `${partnershipPath(partnershipId)}/surveys/${encodeURIComponent(surveyId)}`;
}

/** The governance overview of a partnership: tiers, next meetings, escalations. */
export function governancePath(partnershipId: string): string {
  return `${partnershipPath(partnershipId)}/governance`;
}

/** A meeting's page, or its printable pack. */
export function meetingPath(partnershipId: string, meetingId: string, pack = false): string {
  return `${partnershipPath(partnershipId)}/meetings/${encodeURIComponent(meetingId)}${pack ? '/pack' : ''}`;
}

/** The element id of a metric's card on the dashboard, so that a live alert can bring it into view. */
export function metricAnchor(metricId: string): string {
  return `metric-${metricId}`;
}

export function planDiffPath(partnershipId: string, from?: string, to?: string): string {
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const search = query.toString();
  return `${partnershipPath(partnershipId)}/plan/diff${search ? `?${search}` : ''}`;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary link; a plain left click navigates in the app, anything else (new tab, ...) is left to the browser. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || rest.target) {
      return;
    }
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}
