// Three instances of the service on different ports share one database: a reading recorded through the third
// reaches subscribers connected to the first and the second (PostgreSQL LISTEN/NOTIFY, no other broker).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoPartnership, FIRST, graphql, integratorToken, requireReplicas, SECOND, subscribe, THIRD } from './api.mjs';

const WATCH = `subscription($id: ID!) { metricStatusChanged(partnershipId: $id, after: "0") { id current metric { name } reading { value } } }`;

/** Waits for the change of `metric` to red at `value` among the watcher's events (earlier ones are replayed first). */
async function turnsRed(watcher, metric, value) {
  for (;;) {
    const event = await watcher.next(20_000);
    assert.equal(event.type, 'next', JSON.stringify(event));
    const change = event.payload.data.metricStatusChanged;
    if (change.metric.name === metric.name && change.current === 'RED' && Number(change.reading.value) === value) return change;
  }
}

test('a reading recorded on the third instance reaches subscribers on the first and the second', { timeout: 60_000 }, async () => {
  requireReplicas();
  const acme = await integratorToken('acme');
  const globex = await integratorToken('globex');
  const demo = await demoPartnership(FIRST, acme);
  const metric = demo.metrics.find((m) => m.owningParty.slug === 'acme' && m.status !== 'RED');
  assert.ok(metric, 'an Acme metric that is not red');

  // after: "0" replays every earlier change first, so nothing recorded while the subscriptions start can slip by
  const watchers = [subscribe(FIRST, globex, WATCH, { id: demo.id }), subscribe(SECOND, acme, WATCH, { id: demo.id })];
  const red = Number(metric.redThreshold) + (metric.direction === 'HIGHER_IS_BETTER' ? -1000 : 1000);
  await graphql(THIRD, acme, `mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }`, {
    input: { metricId: metric.id, value: red, observedAt: new Date().toISOString() },
  });
  try {
    const [onFirst, onSecond] = await Promise.all(watchers.map((watcher) => turnsRed(watcher, metric, red)));
    assert.equal(onFirst.id, onSecond.id, 'the same change, with the same cursor, on both');
  } finally {
    for (const watcher of watchers) watcher.close();
  }
});
