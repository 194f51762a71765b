// A change of a metric's thresholds that one party proposed, in the browser: Grace (Globex) tightens the amber
// threshold of an Acme metric; both see what is proposed and by whom, only Alice (Acme) may answer, and once she
// accepts, the new thresholds are in force on the card, after a reload too.
import assert from 'node:assert/strict';
import { acmeAndGlobex, asPage, BASE_URL, browserTest, defineAcmeMetric, signIn, uniqueName, withBrowser } from './helpers.mjs';

withBrowser();

async function metricCard(page, id, metricId) {
  await page.goto(`${BASE_URL}/partnerships/${id}/metrics`);
  const card = page.locator(`[data-testid="metric"][data-metric-id="${metricId}"]`);
  await card.waitFor();
  return card;
}

browserTest('a threshold change proposed by one party is accepted by the other', async ({ person }) => {
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  const id = await acmeAndGlobex(alice, grace, 'Thresholds');
  const metricId = await defineAcmeMetric(alice, id, uniqueName('On-time loads'));
  const { partnership } = await asPage(grace, 'query($id: ID!) { partnership(id: $id) { metrics { id version } } }', { id });
  const { version } = partnership.metrics.find((m) => m.id === metricId);
  await asPage(grace, 'mutation($input: UpdateMetricInput!) { updateMetric(input: $input) { id } }', {
    input: { id: metricId, version, amberThreshold: 85 },
  });

  const theirs = await metricCard(grace, id, metricId);
  const waiting = theirs.getByTestId('pending-change');
  await waiting.waitFor();
  assert.match(await waiting.textContent(), /waits for another party/);
  assert.equal(await waiting.getByRole('button').count(), 0, 'the proposing party does not answer its own change');

  const card = await metricCard(alice, id, metricId);
  const pending = card.getByTestId('pending-change');
  await pending.waitFor();
  assert.match(await pending.textContent(), /Change proposed by Globex/);
  assert.match(await pending.getByTestId('pending-change-values').textContent(), /amber below 85/);
  assert.match(await card.locator('.metric-thresholds').textContent(), /amber below 80/, 'the thresholds in force until then');

  await pending.getByRole('button', { name: /^Accept change/ }).click();
  await pending.waitFor({ state: 'detached' });
  assert.match(await card.locator('.metric-thresholds').textContent(), /amber below 85/);
  await alice.reload();
  await card.waitFor();
  assert.match(await card.locator('.metric-thresholds').textContent(), /amber below 85/, 'in force after a reload');
  assert.equal(await card.getByTestId('pending-change').count(), 0);
});
