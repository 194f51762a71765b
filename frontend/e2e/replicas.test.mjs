// Two instances of the service on different ports share one database: a reading recorded through one
// reaches a subscriber connected to the other (PostgreSQL LISTEN/NOTIFY, no other broker).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoPartnership, FIRST, graphql, integratorToken, requireReplicas, SECOND, subscribe } from './api.mjs';

test('a reading recorded on one instance reaches a subscriber on the other', { timeout: 60_000 }, async () => {
  requireReplicas();
  const acme = await integratorToken('acme');
  const globex = await integratorToken('globex');
  const demo = await demoPartnership(FIRST, acme);
  const metric = demo.metrics.find((m) => m.owningParty.slug === 'acme' && m.status !== 'RED');
  assert.ok(metric, 'an Acme metric that is not red');

  // after: "0" replays every earlier change first, so nothing recorded while the subscription starts can slip by
  const watcher = subscribe(
    SECOND,
    globex,
    `subscription($id: ID!) { metricStatusChanged(partnershipId: $id, after: "0") { id current metric { name } reading { value } } }`,
    { id: demo.id },
  );
  const red = Number(metric.redThreshold) + (metric.direction === 'HIGHER_IS_BETTER' ? -1000 : 1000);
  await graphql(FIRST, acme, `mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }`, {
    input: { metricId: metric.id, value: red, observedAt: new Date().toISOString() },
  });
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
