// A replica whose PostgreSQL restarts while integrators record readings and a partner watches: requests fail fast
// with a clear error and then work again, no batch is half-applied, and the subscriber receives every change
// committed before and after the restart (the LISTEN connection comes back and catches up).

import assert from 'node:assert/strict';
import { exec, execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { demoPartnership, FIRST, integratorToken, post, readingsBatch, subscribe } from '../e2e/api.mjs';

const BATCH = 10;
const RECORD_MANY = 'mutation($inputs: [RecordMetricReadingInput!]!) { recordMetricReadings(inputs: $inputs) { id } }';
const WATCH = 'subscription($id: ID!, $after: ID) { metricStatusChanged(partnershipId: $id, after: $after) { id } }';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// asynchronous, so that the traffic goes on while the server stops and starts
const shell = promisify(exec);

function sql(query) {
  return execFileSync(
    'psql',
    [
      '-XtA',
      '-h',
      process.env.PGHOST,
      '-p',
      process.env.PGPORT,
      '-U',
      process.env.PGUSER ?? 'postgres',
      '-d',
      process.env.TANDEM_E2E_DB,
      '-c',
      query,
    ],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean);
}

/** Batches of readings, one after the other, until told to stop; each outcome kept with its source keys. */
async function traffic(token, metric, state) {
  const from = Date.now() - 30 * 60_000;
  for (let n = 0; !state.stop; n++) {
    const inputs = readingsBatch(metric, { prefix: 'fault', n, size: BATCH, from });
    const started = Date.now();
    let outcome;
    try {
      const { status, body } = await post(FIRST, token, RECORD_MANY, { inputs });
      outcome = { n, ok: !body.errors, status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
    } catch (transport) {
      outcome = { n, ok: false, code: 'TRANSPORT', message: transport.message };
    }
    state.outcomes.push({ ...outcome, ms: Date.now() - started });
    await sleep(20);
  }
}

test('a database restart under traffic: fast clear errors, then recovery; nothing half-applied; no change lost', {
  timeout: 180_000,
}, async () => {
  assert.ok(
    FIRST && process.env.TANDEM_STOP_DATABASE && process.env.TANDEM_START_DATABASE && process.env.TANDEM_E2E_DB,
    'Set TANDEM_URL, TANDEM_STOP_DATABASE, TANDEM_START_DATABASE, TANDEM_E2E_DB and PG* (./tandem test does)',
  );
  const acme = await integratorToken('acme');
  const demo = await demoPartnership(FIRST, acme);
  const metric = demo.metrics.find((m) => m.owningParty.slug === 'acme');
  const watcher = subscribe(FIRST, acme, WATCH, { id: demo.id, after: demo.statusChangeCursor });
  const state = { stop: false, outcomes: [] };
  try {
    const running = traffic(acme, metric, state);
    await sleep(1500);
    const restartStarted = Date.now();
    await shell(process.env.TANDEM_STOP_DATABASE);
    await sleep(2000); // the database is away for a while, under traffic
    await shell(process.env.TANDEM_START_DATABASE);
    const restartMs = Date.now() - restartStarted;
    await sleep(6000);
    state.stop = true;
    await running;

    const failed = state.outcomes.filter((o) => !o.ok);
    const slowest = Math.max(0, ...failed.map((o) => o.ms));
    console.log(
      `the database was away for ${restartMs} ms; ${state.outcomes.length} batches, ${failed.length} failed ` +
        `(${[...new Set(failed.map((o) => o.code))].join(', ')}), the slowest failure answered in ${slowest} ms`,
    );
    assert.ok(failed.length > 0, 'some batches met the restart');
    for (const outcome of failed) {
      assert.equal(outcome.code, 'UNAVAILABLE', `a clear, retryable error: ${JSON.stringify(outcome)}`);
      assert.ok(!/exception|sql|pg/i.test(outcome.message), `no internals: ${outcome.message}`);
    }
    assert.ok(
      state.outcomes.slice(-5).every((o) => o.ok),
      `requests work again after the restart: ${JSON.stringify(state.outcomes.slice(-5))}`,
    );

    const stored = new Map(
      sql("SELECT split_part(source_key, '-', 2), count(*) FROM metric_reading WHERE source_key LIKE 'fault-%' GROUP BY 1")
        .map((row) => row.split('|'))
        .map(([n, count]) => [Number(n), Number(count)]),
    );
    for (const outcome of state.outcomes) {
      const count = stored.get(outcome.n) ?? 0;
      assert.ok(count === 0 || count === BATCH, `batch ${outcome.n} is all or nothing (stored ${count} of ${BATCH})`);
      if (outcome.ok) assert.equal(count, BATCH, `batch ${outcome.n} answered ok and is stored`);
    }

    const changes = sql(
      `SELECT seq FROM metric_status_change WHERE partnership_id = '${demo.id}' AND seq > ${Number(demo.statusChangeCursor)} ORDER BY seq`,
    ).map(Number);
    const received = [];
    while (received.length < changes.length) {
      let event;
      try {
        event = await watcher.next(20_000);
      } catch (_timeout) {
        break;
      }
      assert.equal(event.type, 'next', JSON.stringify(event));
      received.push(Number(event.payload.data.metricStatusChanged.id));
    }
    assert.deepEqual(received, changes, `the subscriber received ${received.length} of ${changes.length} stored changes, in order`);
  } finally {
    state.stop = true;
    watcher.close();
  }
});
