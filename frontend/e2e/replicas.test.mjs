// Two instances of the service on different ports share one database: a reading recorded through one
// reaches a subscriber connected to the other (PostgreSQL LISTEN/NOTIFY, no other broker).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const FIRST = (process.env.TANDEM_URL ?? '').replace(/\/+$/, '');
const SECOND = (process.env.TANDEM_SECOND_URL ?? '').replace(/\/+$/, '');
const KEYCLOAK = (process.env.KEYCLOAK_URL ?? '').replace(/\/+$/, '');

async function integratorToken(organization) {
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

async function graphql(base, token, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** A graphql-transport-ws subscription; resolves `next` payloads in order. */
function subscribe(base, token, query, variables) {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const events = [];
  const waiting = [];
  socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(message.data);
    if (data.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
    } else if (data.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (data.type === 'next' || data.type === 'error') {
      const resolve = waiting.shift();
      if (resolve) resolve(data); else events.push(data);
    }
  });
  return {
    next: (ms) => new Promise((resolve, reject) => {
      if (events.length) return resolve(events.shift());
      const timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms);
      waiting.push((data) => { clearTimeout(timer); resolve(data); });
    }),
    close: () => socket.close(),
  };
}

test('a reading recorded on one instance reaches a subscriber on the other', { timeout: 60_000 }, async () => {
  assert.ok(FIRST && SECOND && KEYCLOAK && process.env.TANDEM_SECRETS,
    'Set TANDEM_URL, TANDEM_SECOND_URL, KEYCLOAK_URL and TANDEM_SECRETS (./tandem test does)');
  const acme = await integratorToken('acme');
  const globex = await integratorToken('globex');
  const data = await graphql(FIRST, acme, '{ partnerships(first: 50) { edges { node { id name metrics { id name status owningParty { slug } redThreshold direction } } } } }');
  const demo = data.partnerships.edges.map((e) => e.node).find((p) => p.name === 'Acme × Globex');
  assert.ok(demo, 'the demo partnership is there');
  const metric = demo.metrics.find((m) => m.owningParty.slug === 'acme' && m.status !== 'RED');
  assert.ok(metric, 'an Acme metric that is not red');

  // after: "0" replays every earlier change first, so nothing recorded while the subscription starts can slip by
  const watcher = subscribe(SECOND, globex,
    `subscription($id: ID!) { metricStatusChanged(partnershipId: $id, after: "0") { id current metric { name } reading { value } } }`, { id: demo.id });
  const red = Number(metric.redThreshold) + (metric.direction === 'HIGHER_IS_BETTER' ? -1000 : 1000);
  await graphql(FIRST, acme, `mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }`,
    { input: { metricId: metric.id, value: red, observedAt: new Date().toISOString() } });
  try {
    for (;;) {
      const event = await watcher.next(20_000);
      assert.equal(event.type, 'next', JSON.stringify(event));
      const change = event.payload.data.metricStatusChanged;
      if (change.metric.name === metric.name && change.current === 'RED' && Number(change.reading.value) === red) break;
    }
  } finally {
    watcher.close();
  }
});
