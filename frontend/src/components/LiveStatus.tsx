// Where a screen's live updates stand, in words (connecting, live, reconnecting, offline, refused).
import type { LiveState } from '../live/subscribe';

const NOT_LIVE_TEXT: Record<Exclude<LiveState, 'live'>, string> = {
  connecting: 'Connecting for live updates…',
  reconnecting: 'Reconnecting… changes made meanwhile appear once connected.',
  offline: 'Live updates are paused: Tandem cannot be reached. Trying again shortly.',
  refused: 'Live updates are not available here.',
};

/** `changes` names what appears live on the screen ("status changes", "governance changes"). */
export function LiveStatus({ state, problem, changes = 'status changes' }: { state: LiveState; problem?: string; changes?: string }) {
  return (
    <p className={`live-status live-${state}`} data-testid="live-status" data-state={state}>
      <span className="live-dot" aria-hidden="true" />
      <span>
        {state === 'live' ? `Live: ${changes} appear here as they happen.` : NOT_LIVE_TEXT[state]}
        {state === 'refused' && problem ? ` (${problem}) Reload the page to see the latest.` : ''}
      </span>
    </p>
  );
}
