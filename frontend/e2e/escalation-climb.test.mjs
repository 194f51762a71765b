// An escalation whose tier's response time ran out climbs to the next tier once, although three replicas look for
// overdue escalations every few seconds: its due time is moved into the past in PostgreSQL (the controllable
// clock), and afterwards it is one tier up with one audit entry by Tandem itself.
import assert from 'node:assert/strict';
import { sql } from './api.mjs';
import { asPage, browserTest, signIn, uniqueName, withBrowser } from './helpers.mjs';

withBrowser();

browserTest('an overdue escalation climbs once across three replicas', async ({ person }) => {
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  const { createPartnership } = await asPage(
    alice,
    'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    {
      input: { name: uniqueName('Climb'), governanceModel: 'INTEGRATED_OPERATIONAL_PARTNERSHIP', invite: ['globex'] },
    },
  );
  const id = createPartnership.id;
  const { defineMetric } = await asPage(alice, 'mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }', {
    input: {
      partnershipId: id,
      name: 'Pick rate',
      kind: 'LEADING_KPI',
      direction: 'HIGHER_IS_BETTER',
      amberThreshold: 80,
      redThreshold: 50,
      cadence: 'DAILY',
      owningParty: 'acme',
      escalationTier: 'EXECUTION',
    },
  });
  await asPage(alice, 'mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }', {
    input: { metricId: defineMetric.id, value: 10, observedAt: new Date().toISOString() },
  });
  const moved = sql(`UPDATE escalation SET response_due_at = now() - interval '1 minute' WHERE partnership_id = '${id}' RETURNING id`);
  assert.ok(moved, 'the escalation is overdue now');

  // every replica looks every 5 s: after two of their periods it must have climbed, once
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  const { partnership } = await asPage(
    alice,
    'query($id: ID!) { partnership(id: $id) { escalations { tier status climbedAt } auditEvents(first: 50) { edges { node { action actor { kind } } } } } }',
    { id },
  );
  assert.deepEqual(
    partnership.escalations.map((e) => [e.tier, e.status]),
    [['STEERING', 'OPEN']],
    'one tier up, not two',
  );
  const climbs = partnership.auditEvents.edges.map((e) => e.node).filter((e) => e.action === 'escalation.climbed');
  assert.equal(climbs.length, 1, 'audited once');
  assert.equal(climbs[0].actor.kind, 'SYSTEM');
});
