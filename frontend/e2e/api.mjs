// What the API-level end-to-end tests share: integrator tokens from the test Keycloak, GraphQL over HTTP and
// graphql-transport-ws subscriptions against the running replicas.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export const FIRST = (process.env.TANDEM_URL ?? '').replace(/\/+$/, '');
export const SECOND = (process.env.TANDEM_SECOND_URL ?? '').replace(/\/+$/, '');
export const THIRD = (process.env.TANDEM_THIRD_URL ?? '').replace(/\/+$/, '');
export const KEYCLOAK = (process.env.KEYCLOAK_URL ?? '').replace(/\/+$/, '');

export function requireReplicas() {
  assert.ok(
    FIRST && SECOND && THIRD && KEYCLOAK && process.env.TANDEM_SECRETS,
    'Set TANDEM_URL, TANDEM_SECOND_URL, TANDEM_THIRD_URL, KEYCLOAK_URL and TANDEM_SECRETS (./tandem test does)',
  );
}

/** A client-credentials access token of `organization`'s integrator client (acme, globex, initech). */
export async function integratorToken(organization) {
  assert.ok(
    KEYCLOAK && process.env.TANDEM_SECRETS,
    'Set KEYCLOAK_URL (the Keycloak Tandem trusts) and TANDEM_SECRETS (the file with SECRET_<ORG>_INTEGRATOR; ./tandem test does)',
  );
  const secrets = await readFile(process.env.TANDEM_SECRETS, 'utf8');
  const secret = secrets.match(new RegExp(`^SECRET_${organization.toUpperCase()}_INTEGRATOR=(.*)$`, 'm'))?.[1];
  assert.ok(secret, `no secret for ${organization}-integrator in ${process.env.TANDEM_SECRETS}`);
  const response = await fetch(`${KEYCLOAK}/realms/tandem/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: `${organization}-integrator`, client_secret: secret }),
  });
  assert.equal(response.status, 200, 'Keycloak gives the integrator a token');
  return (await response.json()).access_token;
}

/** Posts a GraphQL request; returns the HTTP status and the parsed body, whatever they are. */
export async function post(base, token, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

/** Posts a GraphQL request and returns its data; any error fails the test. */
export async function graphql(base, token, query, variables = {}) {
  const { body } = await post(base, token, query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** The demo partnership with its metrics, as an integrator sees it. */
export async function demoPartnership(base, token) {
  const data = await graphql(
    base,
    token,
    '{ partnerships(first: 50) { edges { node { id name statusChangeCursor metrics { id name status owningParty { slug } amberThreshold redThreshold target direction } } } } }',
  );
  const demo = data.partnerships.edges.map((e) => e.node).find((p) => p.name === 'Acme × Globex');
  assert.ok(demo, 'the demo partnership is there');
  return demo;
}

/** A graphql-transport-ws subscription; `next(ms)` resolves its messages (next, error, complete) in order. */
export function subscribe(base, token, query, variables) {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const events = [];
  const waiting = [];
  const push = (data) => {
    const resolve = waiting.shift();
    if (resolve) resolve(data);
    else events.push(data);
  };
  socket.addEventListener('open', () =>
    socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })),
  );
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(message.data);
    if (data.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
    } else if (data.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (data.type === 'next' || data.type === 'error' || data.type === 'complete') {
      push(data);
    }
  });
  socket.addEventListener('close', (event) => push({ type: 'closed', code: event.code, reason: event.reason }));
  return {
    next: (ms) =>
      new Promise((resolve, reject) => {
        if (events.length) return resolve(events.shift());
        const timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms);
        waiting.push((data) => {
          clearTimeout(timer);
          resolve(data);
        });
      }),
    close: () => socket.close(),
  };
}

/**
 * Batch `n` of `size` readings of `metric`, observed 5 ms apart from `from` (epoch ms) on (`n` orders them),
 * alternately red and back above amber so that each one changes the metric's status if it is its newest reading;
 * reading i carries the source key `${prefix}-${n}-${i}`.
 */
export function readingsBatch(metric, { prefix, n, size, from }) {
  const higher = metric.direction === 'HIGHER_IS_BETTER';
  const red = Number(metric.redThreshold) + (higher ? -1000 : 1000);
  const amber = Number(metric.amberThreshold) + (higher ? 1000 : -1000);
  const first = from + n * 5 * size;
  return Array.from({ length: size }, (_, i) => ({
    metricId: metric.id,
    value: i % 2 === 0 ? red : amber,
    observedAt: new Date(first + 5 * (i + 1)).toISOString(),
    sourceKey: `${prefix}-${n}-${i}`,
  }));
}

/** Runs one SQL statement against the replicas' database (psql, PGHOST/PGPORT/PGUSER, TANDEM_E2E_DB); returns its rows as text. */
export function sql(statement) {
  return execFileSync(
    'psql',
    [
      '-XtA',
      '-h',
      process.env.PGHOST ?? '127.0.0.1',
      '-p',
      process.env.PGPORT ?? '5432',
      '-U',
      process.env.PGUSER ?? 'postgres',
      '-d',
      process.env.TANDEM_E2E_DB ?? 'tandem_e2e',
      '-c',
      statement,
    ],
    { encoding: 'utf8' },
  ).trim();
}
