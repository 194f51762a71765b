// The app's one WebSocket (graphql-ws, subprotocol graphql-transport-ws) at /graphql on this host, shared by every
// subscription. The session cookie authenticates the upgrade (same origin): nothing else is sent. No polling anywhere.
import { type Client, createClient } from 'graphql-ws';

/** Close codes after which reconnecting cannot help (graphql-ws already gives up on 4400, 4401, 4406, 4409, 4429, 4500). */
const NO_RETRY_CLOSE_CODES = [4403];

const KEEP_ALIVE_MS = 25_000;
const PONG_TIMEOUT_MS = 10_000;

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
export const connected = new WeakMap<Client, boolean>();

/**
 * The app's one WebSocket client, made on first use. It connects when the first subscription starts and closes
 * shortly after the last one ends (lazy), pings the server so a dead connection is noticed, and reconnects with
 * exponential backoff; every active subscription is then sent again with its latest `after` (see `liveSubscribe`).
 */
export function liveClient(): Client {
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
