// One subscription kept alive across dropped sockets, refusals and restarts, resuming `after` the last change seen.
import { type GraphQLDocument, request } from '../api';
import { ME } from '../session/queries';
import { connected, liveClient } from './client';

/**
 * Where one subscription stands: connecting the first time, live, reconnecting after a drop, offline (graphql-ws
 * gave up; we try again later on our own), or refused by the server (not retried: it would only be refused again).
 */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'refused';

/** Error codes of a refused subscription worth trying again later; anything else (FORBIDDEN, VALIDATION ...) stays refused. */
const RETRYABLE_ERROR_CODES = ['INTERNAL'];

/** Our own pause before starting a subscription again once graphql-ws gave up: 5 s, doubling, at most 5 minutes. */
const RESTART_MIN_MS = 5_000;
const RESTART_MAX_MS = 5 * 60_000;

/** What a subscription takes besides `after`, which liveSubscribe sets. */
export type LiveVariables<V> = Omit<V, 'after'>;

export interface LiveOptions<T, V> {
  subscription: GraphQLDocument<T, V>;
  /** The subscription's variables without `after`. */
  variables: LiveVariables<V>;
  /** The id of the change a result carries, to resume after it. */
  cursor: (data: T) => string | undefined;
  onData: (data: T) => void;
  /**
   * Called when the subscription is (re)established without a change to resume from (`after` unknown): what happened
   * in between cannot be replayed, so the screen should load its data again.
   */
  onGap?: () => void;
  onState?: (state: LiveState, problem?: string) => void;
}

interface GraphQLProblem {
  message?: string;
  extensions?: { code?: string };
}

/**
 * Starts one subscription and keeps it alive: graphql-ws reconnects a dropped socket (retryAttempts, shouldRetry);
 * when it gives up, or the server ends the stream, we start again after a growing pause (sooner when the browser
 * comes back online or the tab becomes visible). Each time the subscription is sent, `after` is the id of the last
 * change seen, so nothing in between is lost. A refused subscription is reported and not retried. Returns `stop`.
 */
export function liveSubscribe<T, V>(options: LiveOptions<T, V>): () => void {
  const { subscription, variables, cursor, onData, onGap, onState } = options;
  let after: string | undefined;
  let stopped = false;
  /** Each start is a generation; callbacks of an earlier one (ended, refused, replaced) are ignored. */
  let generation = 0;
  let failures = 0;
  let everLive = false;
  let restartTimer: number | undefined;
  let lastStart = 0;
  let unsubscribe: (() => void) | undefined;
  let unlisten: (() => void)[] = [];

  const report = (state: LiveState, problem?: string) => {
    if (!stopped) {
      onState?.(state, problem);
    }
  };

  // graphql-ws sends this same payload again on every reconnect: a getter makes each sending carry the latest `after`.
  const payload = {
    query: subscription.toString(),
    get variables(): Record<string, unknown> {
      return { ...variables, after: after ?? null };
    },
  };

  /** Ends the current generation: its callbacks are ignored from now on, its subscription is dropped. */
  function detach() {
    generation += 1;
    for (const off of unlisten) {
      off();
    }
    unlisten = [];
    const running = unsubscribe;
    unsubscribe = undefined;
    running?.();
  }

  function start() {
    window.clearTimeout(restartTimer);
    restartTimer = undefined;
    if (stopped) {
      return;
    }
    detach();
    const mine = generation;
    const current = () => mine === generation && !stopped;
    lastStart = Date.now();
    report(failures > 0 || everLive ? 'reconnecting' : 'connecting');
    const client = liveClient();
    const becameLive = () => {
      if (!current()) return;
      failures = 0;
      everLive = true;
      report('live');
      if (after === undefined) {
        onGap?.();
      }
    };
    unlisten = [
      client.on('connected', becameLive),
      client.on('closed', () => {
        if (current()) report('reconnecting');
      }),
    ];
    unsubscribe = client.subscribe<T>(payload, {
      next(result) {
        if (!current()) return;
        if (result.data) {
          const id = cursor(result.data as T);
          if (id) {
            after = id;
          }
          onData(result.data as T);
          return;
        }
        const problems = (result.errors ?? []) as GraphQLProblem[];
        const code = problems[0]?.extensions?.code;
        if (code && !RETRYABLE_ERROR_CODES.includes(code)) {
          // Access ended while connected (the server checks every event): stop here.
          refused(problems);
        }
      },
      error(problem) {
        if (!current()) return;
        if (Array.isArray(problem)) {
          const problems = problem as GraphQLProblem[];
          const code = problems[0]?.extensions?.code;
          if (code && RETRYABLE_ERROR_CODES.includes(code)) {
            report('reconnecting');
            later();
          } else {
            refused(problems);
          }
          return;
        }
        // graphql-ws gave up on the connection. If the session has ended, the app shows the sign-in screen.
        checkSession();
        report('offline');
        later();
      },
      complete() {
        if (!current()) return;
        // The server ended the stream, or the client was retired: start again after a pause.
        report('reconnecting');
        later();
      },
    });
    // Another subscription may have opened the socket already: this one is sent on it at once.
    if (connected.get(client)) {
      becameLive();
    }
  }

  /** Refused (not allowed, not found, a bad document): say so and stay stopped; retrying would only be refused again. */
  function refused(problems: GraphQLProblem[]) {
    if (problems[0]?.extensions?.code === 'UNAUTHENTICATED') {
      checkSession();
    }
    report('refused', problems[0]?.message || 'The server refused live updates.');
    detach();
  }

  function later() {
    detach();
    if (stopped) return;
    failures += 1;
    const delay = Math.min(RESTART_MAX_MS, RESTART_MIN_MS * 2 ** (failures - 1)) * (0.8 + Math.random() * 0.4);
    window.clearTimeout(restartTimer);
    restartTimer = window.setTimeout(start, delay);
  }

  /** Back online or back in view: do not wait out the pause, but never start more than once every 5 s. */
  function soon() {
    if (stopped || restartTimer === undefined) return;
    window.clearTimeout(restartTimer);
    restartTimer = window.setTimeout(start, Math.max(0, lastStart + 5_000 - Date.now()));
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible') soon();
  };
  window.addEventListener('online', soon);
  document.addEventListener('visibilitychange', onVisible);

  start();

  return () => {
    stopped = true;
    window.clearTimeout(restartTimer);
    window.removeEventListener('online', soon);
    document.removeEventListener('visibilitychange', onVisible);
    detach();
  };
}

let checkingSession = false;

/** After a failed connection: ask over HTTP who is signed in; an ended session brings back the sign-in screen. */
function checkSession() {
  if (checkingSession) return;
  checkingSession = true;
  request(ME)
    .catch(() => undefined)
    .finally(() => {
      checkingSession = false;
    });
}
