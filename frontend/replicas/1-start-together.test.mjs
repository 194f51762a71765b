// Three replicas started together on an empty database (./tandem test starts them so, and waits for all three to be
// ready): Flyway migrates the database once under its lock, the demo data set is loaded once, and every replica
// serves the same data. It runs first (the files run in the order of their names): 2-kill-one.test.mjs leaves two.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoPartnership, FIRST, integratorToken, requireReplicas, SECOND, sql, THIRD } from '../e2e/api.mjs';

test('three replicas started together migrate the database once and load the demo data once', async () => {
  requireReplicas();
  const migrations = sql(
    'SELECT version, count(*), bool_and(success) FROM flyway_schema_history WHERE version IS NOT NULL GROUP BY version ORDER BY version::int',
  )
    .split('\n')
    .map((row) => row.split('|'));
  assert.ok(migrations.length >= 13, `the migrations ran (${migrations.length})`);
  for (const [version, count, success] of migrations) {
    assert.equal(count, '1', `migration ${version} applied once`);
    assert.equal(success, 't', `migration ${version} succeeded`);
  }

  assert.equal(sql("SELECT count(*) FROM partnership WHERE name = 'Acme × Globex'"), '1', 'one demo partnership');
  assert.equal(sql('SELECT count(*) FROM organization'), '3', 'the three organisations of the realm, once each');
  const acme = await integratorToken('acme');
  const seen = await Promise.all([FIRST, SECOND, THIRD].map((replica) => demoPartnership(replica, acme)));
  assert.deepEqual(
    seen.map((demo) => demo.id),
    [seen[0].id, seen[0].id, seen[0].id],
    'every replica serves the same partnership',
  );
});
