// Where the dashboard's live updates stand, in words (connecting, live, reconnecting, offline, refused).
import type { LiveState } from '../live/subscribe';

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: 'Connecting for live updates…',
  live: 'Live: status changes appear here as they happen.',
  reconnecting: 'Reconnecting… changes made meanwhile appear once connected.',
  offline: 'Live updates are paused: Tandem cannot be reached. Trying again shortly.',
  refused: 'Live updates are not available here.',
};

export function LiveStatus({ state, problem }: { state: LiveState; problem?: string }) {
  return (
    <p className={`live-status live-${state}`} data-testid="live-status" data-state={state}>
      <span className="live-dot" aria-hidden="true" />
      <span>
        {LIVE_TEXT[state]}
        {state === 'refused' && problem ? ` (${problem}) Reload the page to see the latest.` : ''}
      </span>
    </p>
  );
}
