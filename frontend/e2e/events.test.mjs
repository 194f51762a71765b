// Every stored status change reaches every live subscriber, once, in id order: concurrent batches and single
// readings from several clients against three replicas, a subscriber on each, compared with the stored log, and a
// reconnect with `after` that receives exactly the rest.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoPartnership, FIRST, graphql, integratorToken, requireReplicas, SECOND, sql, subscribe, THIRD } from './api.mjs';

const ROUNDS = 6;
const BATCH = 40;
const SINGLES = 6;

const RECORD_ONE = 'mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { id } }';
const RECORD_MANY = 'mutation($inputs: [RecordMetricReadingInput!]!) { recordMetricReadings(inputs: $inputs) { id } }';
const WATCH =
  'subscription($id: ID!, $after: ID) { metricStatusChanged(partnershipId: $id, after: $after) { id previous current metric { id } } }';

/** The stored change log of a partnership after `after`, read straight from PostgreSQL: the truth. */
function storedChanges(partnershipId, after) {
  return sql(`SELECT seq FROM metric_status_change WHERE partnership_id = '${partnershipId}' AND seq > ${Number(after)} ORDER BY seq`)
    .split('\n')
    .filter(Boolean)
    .map(Number);
}

/** A value that puts the metric at `status` (RED or GREEN). */
function valueFor(metric, status) {
  const higher = metric.direction === 'HIGHER_IS_BETTER';
  if (status === 'RED') return Number(metric.redThreshold) + (higher ? -1000 : 1000);
  return Number(metric.amberThreshold) + (higher ? 1000 : -1000);
}

/** Collects a subscription's change ids until it holds `count` of them, or fails after `ms` without progress. */
async function collect(watcher, count, ms = 20_000) {
  const ids = [];
  while (ids.length < count) {
    let event;
    try {
      event = await watcher.next(ms);
    } catch (_timeout) {
      break;
    }
    assert.equal(event.type, 'next', JSON.stringify(event));
    ids.push(Number(event.payload.data.metricStatusChanged.id));
  }
  return ids;
}

function assertSame(received, stored, who) {
  const missing = stored.filter((seq) => !received.includes(seq));
  assert.deepEqual(
    received,
    stored,
    `${who} received ${received.length} of ${stored.length} stored changes (missing ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''})`,
  );
}

test('every status change reaches a subscriber on each replica once, in order, and a reconnect gets exactly the rest', {
  timeout: 240_000,
}, async () => {
  requireReplicas();
  const acme = await integratorToken('acme');
  const globex = await integratorToken('globex');
  const demo = await demoPartnership(FIRST, acme);
  const acmeMetrics = demo.metrics.filter((m) => m.owningParty.slug === 'acme');
  const globexMetric = demo.metrics.find((m) => m.owningParty.slug === 'globex');
  assert.ok(acmeMetrics.length >= 2 && globexMetric, 'two Acme metrics and a Globex one');
  const [batched, single] = acmeMetrics;
  const cursor = demo.statusChangeCursor;

  const watchers = [
    subscribe(FIRST, globex, WATCH, { id: demo.id, after: cursor }),
    subscribe(SECOND, acme, WATCH, { id: demo.id, after: cursor }),
    subscribe(THIRD, globex, WATCH, { id: demo.id, after: cursor }),
  ];
  let clock = Date.now() - 10 * 60_000; // observed times move forward through the run, all in the past
  const at = () => {
    clock += 7;
    return new Date(clock).toISOString();
  };
  const batchOf = (metric) =>
    Array.from({ length: BATCH }, (_, i) => ({ metricId: metric.id, value: valueFor(metric, i % 2 ? 'GREEN' : 'RED'), observedAt: at() }));

  try {
    await record(acme, globex, batched, single, globexMetric, batchOf, at);
    const stored = storedChanges(demo.id, cursor);
    assert.ok(stored.length >= ROUNDS * BATCH, `the readings stored status changes (${stored.length})`);
    const [first, second, third] = await Promise.all(watchers.map((watcher) => collect(watcher, stored.length)));
    assertSame(first, stored, 'the subscriber on the first replica');
    assertSame(second, stored, 'the subscriber on the second replica');
    assertSame(third, stored, 'the subscriber on the third replica');

    const middle = stored[Math.floor(stored.length / 2)];
    const rest = stored.filter((seq) => seq > middle);
    const reconnected = subscribe(SECOND, globex, WATCH, { id: demo.id, after: String(middle) });
    watchers.push(reconnected);
    assertSame(await collect(reconnected, rest.length), rest, 'a reconnect with after');
  } finally {
    for (const watcher of watchers) watcher.close();
  }
});

/** Rounds of concurrent writers: an Acme batch on one replica, a Globex batch on another, Acme singles on all three. */
async function record(acme, globex, batched, single, globexMetric, batchOf, at) {
  for (let round = 0; round < ROUNDS; round++) {
    const work = [
      graphql(FIRST, acme, RECORD_MANY, { inputs: batchOf(batched) }),
      graphql(THIRD, globex, RECORD_MANY, { inputs: batchOf(globexMetric) }),
    ];
    for (let i = 0; i < SINGLES; i++) {
      const input = { metricId: single.id, value: valueFor(single, (round * SINGLES + i) % 2 ? 'GREEN' : 'RED'), observedAt: at() };
      work.push(graphql([FIRST, SECOND, THIRD][i % 3], acme, RECORD_ONE, { input }));
    }
    await Promise.all(work);
  }
}
