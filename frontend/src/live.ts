// Live updates over one shared WebSocket (graphql-ws, subprotocol graphql-transport-ws) at /graphql on this host.
// The session cookie authenticates the upgrade (same origin): nothing else is sent. No polling anywhere.
import { type Client, createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import { gql } from './api';
import { ME } from './queries';

/**
 * Where one subscription stands: connecting the first time, live, reconnecting after a drop, offline (graphql-ws
 * gave up; we try again later on our own), or refused by the server (not retried: it would only be refused again).
 */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'refused';

/** Close codes after which reconnecting cannot help (graphql-ws already gives up on 4400, 4401, 4406, 4409, 4429, 4500). */
const NO_RETRY_CLOSE_CODES = [4403];
/** Error codes of a refused subscription worth trying again later; anything else (FORBIDDEN, VALIDATION ...) stays refused. */
const RETRYABLE_ERROR_CODES = ['INTERNAL'];

const KEEP_ALIVE_MS = 25_000;
const PONG_TIMEOUT_MS = 10_000;
/** Our own pause before starting a subscription again once graphql-ws gave up: 5 s, doubling, at most 5 minutes. */
const RESTART_MIN_MS = 5_000;
const RESTART_MAX_MS = 5 * 60_000;

interface CloseLike {
  code: number;
  reason: string;
}

function isCloseLike(value: unknown): value is CloseLike {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

let shared: Client | undefined;
/** Whether a client's socket is connected (acknowledged) right now; graphql-ws does not expose it. */
const connected = new WeakMap<Client, boolean>();

/**
 * The app's one WebSocket client, made on first use. It connects when the first subscription starts and closes
 * shortly after the last one ends (lazy), pings the server so a dead connection is noticed, and reconnects with
 * exponential backoff; every active subscription is then sent again with its latest `after` (see `liveSubscribe`).
 */
function liveClient(): Client {
  if (shared) {
    return shared;
  }
  let pongTimer: number | undefined;
  let openedAt = 0;
  const quickCloses: number[] = [];
  const client: Client = createClient({
    url: socketUrl,
    lazy: true,
    // A page change unsubscribes and subscribes again at once: keep the socket open across it.
    lazyCloseTimeout: 2_000,
    keepAlive: KEEP_ALIVE_MS,
    connectionAckWaitTimeout: 10_000,
    retryAttempts: 8,
    // 1, 2, 4, 8, 16, 30, 30, 30 seconds (plus up to one second of jitter): about two minutes in all.
    retryWait: (retries) => sleep(Math.min(30_000, 1_000 * 2 ** retries) + Math.random() * 1_000),
    // A browser reports a failed connection as a plain `error` Event before the close event; retry those too.
    shouldRetry: (problem) => !(isCloseLike(problem) && NO_RETRY_CLOSE_CODES.includes(problem.code)),
    on: {
      opened: () => {
        openedAt = Date.now();
      },
      connected: () => {
        connected.set(client, true);
      },
      ping: (received) => {
        if (!received) {
          window.clearTimeout(pongTimer);
          // No answer to our ping: the connection is dead even if the browser has not noticed. Reconnect.
          pongTimer = window.setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
        }
      },
      pong: (received) => {
        if (received) {
          window.clearTimeout(pongTimer);
        }
      },
      closed: () => {
        connected.set(client, false);
        window.clearTimeout(pongTimer);
        // graphql-ws reconnects at once (without backoff) after a normal closure while subscriptions remain. A server
        // that keeps accepting and closing (1000) would make that a tight loop: after three quick closes in a minute,
        // retire this client; the subscriptions then start again on a new client after their own, growing pause.
        const now = Date.now();
        if (openedAt && now - openedAt < 5_000) {
          quickCloses.push(now);
          while (quickCloses.length && now - quickCloses[0] > 60_000) {
            quickCloses.shift();
          }
          if (quickCloses.length >= 3 && shared === client) {
            shared = undefined;
            Promise.resolve(client.dispose()).catch(() => undefined);
          }
        }
        openedAt = 0;
      },
    },
  });
  shared = client;
  return client;
}

export interface LiveOptions<T> {
  query: string;
  /** The subscription's variables without `after`. */
  variables: Record<string, unknown>;
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
export function liveSubscribe<T>(options: LiveOptions<T>): () => void {
  const { query, variables, cursor, onData, onGap, onState } = options;
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
    query,
    get variables(): Record<string, unknown> {
      return { ...variables, after: after ?? null };
    },
  };

  /** Ends the current generation: its callbacks are ignored from now on, its subscription is dropped. */
  function detach() {
    generation += 1;
    unlisten.forEach((off) => off());
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
  gql(ME)
    .catch(() => undefined)
    .finally(() => {
      checkingSession = false;
    });
}

/**
 * A subscription for as long as the component is mounted (and `enabled`). `onData` and `onGap` may change between
 * renders without restarting it; a change of `query` or `variables` starts a new one.
 */
export function useLiveSubscription<T>(
  query: string,
  variables: Record<string, unknown>,
  handlers: { cursor: (data: T) => string | undefined; onData: (data: T) => void; onGap?: () => void; enabled?: boolean },
): { state: LiveState; problem?: string } {
  const [status, setStatus] = useState<{ state: LiveState; problem?: string }>({ state: 'connecting' });
  const latest = useRef(handlers);
  latest.current = handlers;
  const key = JSON.stringify(variables);
  const enabled = handlers.enabled ?? true;

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    return liveSubscribe<T>({
      query,
      variables: JSON.parse(key) as Record<string, unknown>,
      cursor: (data) => latest.current.cursor(data),
      onData: (data) => latest.current.onData(data),
      onGap: () => latest.current.onGap?.(),
      onState: (state, problem) => setStatus({ state, problem }),
    });
  }, [query, key, enabled]);

  return status;
}
