// A replica killed in the middle of traffic (SIGKILL, as when a node dies): an integrator writing batches of readings
// through it gets a transport error, sends the same batch again through another replica (each reading carries its
// sourceKey, so a batch that had committed is not recorded twice), and loses nothing; a partner watching through it
// reconnects to another replica with `after` (the last change it received) and misses no change, nor gets one twice.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  demoPartnership,
  FIRST,
  integratorToken,
  post,
  readingsBatch,
  requireReplicas,
  SECOND,
  sql,
  subscribe,
  THIRD,
} from '../e2e/api.mjs';

const BATCH = 10;
const RECORD_MANY = 'mutation($inputs: [RecordMetricReadingInput!]!) { recordMetricReadings(inputs: $inputs) { id } }';
const WATCH = 'subscription($id: ID!, $after: ID) { metricStatusChanged(partnershipId: $id, after: $after) { id } }';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Batches of readings through `replicas[0]` until told to stop; a batch that fails is sent again, unchanged, through
 * the next replica, as a client behind a load balancer would. Each batch's outcome is kept.
 */
async function traffic(token, metric, replicas, state) {
  let through = 0;
  // newer than the metric's newest reading, so that each reading moves its status (a change to deliver)
  const from = Math.max(
    Date.now() - 60_000,
    Number(sql(`SELECT extract(epoch FROM latest_observed_at) * 1000 FROM metric WHERE id = '${metric.id}'`)) + 1000,
  );
  for (let n = 0; !state.stop; n++) {
    const inputs = readingsBatch(metric, { prefix: 'kill', n, size: BATCH, from });
    const outcome = { n, attempts: [] };
    while (through < replicas.length) {
      try {
        const { body } = await post(replicas[through], token, RECORD_MANY, { inputs });
        outcome.attempts.push(body.errors ? body.errors[0].extensions?.code : 'OK');
        if (!body.errors) break;
      } catch (transport) {
        outcome.attempts.push(`TRANSPORT ${transport.message}`);
      }
      through++; // this replica is gone: the next one
    }
    outcome.ok = outcome.attempts.at(-1) === 'OK';
    state.outcomes.push(outcome);
    await sleep(10);
  }
}

/** Change ids from a subscription until it ends (the replica died) or `count` are in; stops after `ms` without one. */
async function collect(watcher, into, count, ms) {
  while (into.length < count) {
    let event;
    try {
      event = await watcher.next(ms);
    } catch (_timeout) {
      return 'quiet';
    }
    if (event.type !== 'next') return event.type === 'closed' ? `closed ${event.code}` : JSON.stringify(event);
    into.push(Number(event.payload.data.metricStatusChanged.id));
  }
  return 'all';
}

test('a replica killed mid-traffic loses no committed reading, and its clients resume elsewhere missing nothing', {
  timeout: 120_000,
}, async () => {
  requireReplicas();
  const pid = Number(process.env.TANDEM_THIRD_PID);
  assert.ok(pid > 0, 'Set TANDEM_THIRD_PID to the process (group) id of the third replica (./tandem test does)');
  const acme = await integratorToken('acme');
  const globex = await integratorToken('globex');
  const demo = await demoPartnership(THIRD, acme);
  const metric = demo.metrics.find((m) => m.owningParty.slug === 'acme');
  const cursor = demo.statusChangeCursor;
  const received = [];
  const watcher = subscribe(THIRD, globex, WATCH, { id: demo.id, after: cursor });
  const state = { stop: false, outcomes: [] };
  let resumed;
  try {
    const running = traffic(acme, metric, [THIRD, FIRST], state);
    const watching = collect(watcher, received, Number.POSITIVE_INFINITY, 30_000);
    await sleep(2000);
    process.kill(-pid, 'SIGKILL'); // the whole process group, as a node that dies takes everything on it
    const ended = await watching;
    await sleep(3000); // traffic goes on through the first replica
    state.stop = true;
    await running;

    const failedOver = state.outcomes.filter((o) => o.attempts.length > 1);
    console.log(
      `${state.outcomes.length} batches; ${failedOver.length} sent again after the kill (${JSON.stringify(failedOver[0]?.attempts)}); ` +
        `the subscription on the killed replica ended with "${ended}" after ${received.length} changes`,
    );
    assert.match(ended, /^closed/, 'the subscription on the killed replica ended with its socket');
    assert.ok(received.length > 0, 'changes reached the partner through the third replica before it was killed');
    assert.ok(
      state.outcomes.some((o) => o.attempts.length === 1 && o.attempts[0] === 'OK'),
      'batches went through the third replica',
    );
    assert.ok(failedOver.length > 0, 'the kill met a batch in flight or the next one');
    for (const outcome of state.outcomes) {
      assert.ok(outcome.ok, `every batch was recorded in the end: ${JSON.stringify(outcome)}`);
    }

    const stored = new Map(
      sql("SELECT split_part(source_key, '-', 2), count(*) FROM metric_reading WHERE source_key LIKE 'kill-%' GROUP BY 1")
        .split('\n')
        .filter(Boolean)
        .map((row) => row.split('|').map(Number)),
    );
    for (const outcome of state.outcomes) {
      assert.equal(stored.get(outcome.n), BATCH, `batch ${outcome.n} is stored once, whole (${JSON.stringify(outcome.attempts)})`);
    }
    assert.equal(stored.size, state.outcomes.length, 'no other batch is stored');

    // the partner reconnects through another replica, from the last change it received
    const changes = sql(`SELECT seq FROM metric_status_change WHERE partnership_id = '${demo.id}' AND seq > ${Number(cursor)} ORDER BY seq`)
      .split('\n')
      .filter(Boolean)
      .map(Number);
    assert.ok(changes.length > received.length, `changes were stored after the kill (${changes.length} in all)`);
    resumed = subscribe(SECOND, globex, WATCH, { id: demo.id, after: String(received.at(-1) ?? cursor) });
    assert.equal(await collect(resumed, received, changes.length, 20_000), 'all', `the resumed subscription delivered the rest`);
    assert.deepEqual(received, changes, `the partner received ${received.length} of ${changes.length} stored changes, once each, in order`);
  } finally {
    state.stop = true;
    watcher.close();
    resumed?.close();
  }
});
