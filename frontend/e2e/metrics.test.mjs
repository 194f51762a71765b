// Metrics, live: Grace (Globex) watches the demo partnership's dashboard while Acme's integrator pushes a red reading
// over GraphQL with a client-credentials token; the red alert and the card's new status arrive over the WebSocket.
// Also the dashboard on a 360 px phone.
import assert from 'node:assert/strict';
import { graphql, integratorToken } from './api.mjs';
import { asPage, BASE_URL, browserTest, PHONE, scrollWidth, signIn, tooSmallControls, waitForHome, withBrowser } from './helpers.mjs';

const DEMO_PARTNERSHIP = 'Acme × Globex';

withBrowser();

const METRICS = `
  query Metrics($id: ID!) {
    partnership(id: $id) {
      metrics { id name status direction target amberThreshold redThreshold owningParty { slug } }
    }
  }
`;

const RECORD = `
  mutation Record($input: RecordMetricReadingInput!) {
    recordMetricReading(input: $input) { id value observedAt status }
  }
`;

const num = (v) => (v === null || v === undefined ? null : Number(v));

/** How far apart the thresholds are: the unit of "far" on either side. */
function spanOf(metric) {
  const amber = num(metric.amberThreshold);
  const red = num(metric.redThreshold);
  return Math.abs(amber - red) || Math.abs(red) || 1;
}

/** A value deep in the red, on the side `direction` makes red (values at or beyond the red threshold are RED). */
function redValue(metric) {
  const red = num(metric.redThreshold);
  const span = spanOf(metric);
  if (metric.direction === 'LOWER_IS_BETTER') {
    return red + 5 * span;
  }
  const value = red - 5 * span;
  // Stay at zero rather than go negative when the red threshold itself is not (a share or a count cannot be below 0).
  return value < 0 && red >= 0 ? 0 : value;
}

/** A clearly green value, to bring a metric an earlier run left red back to green first. */
function greenValue(metric) {
  const amber = num(metric.amberThreshold);
  const target = num(metric.target);
  const span = spanOf(metric);
  if (metric.direction === 'LOWER_IS_BETTER') {
    if (target !== null && target <= amber) return target;
    return amber >= 0 ? amber / 2 : amber - span;
  }
  if (target !== null && target >= amber) return target;
  return amber + span;
}

async function openDashboard(page) {
  await waitForHome(page);
  await page.getByTestId('partnership-list').getByTestId('partnership-item').filter({ hasText: DEMO_PARTNERSHIP }).first().click();
  await page.getByTestId('partnership-title').filter({ hasText: DEMO_PARTNERSHIP }).waitFor();
  await page.getByTestId('metrics-link').click();
  await page.getByRole('heading', { level: 1, name: 'Metrics' }).waitFor();
  await page.getByTestId('metric').first().waitFor();
  const match = /^\/partnerships\/([^/]+)\/metrics$/.exec(new URL(page.url()).pathname);
  assert.ok(match, `the dashboard's address is /partnerships/:id/metrics, got ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** Waits until the page's WebSocket is connected (the dashboard says so), then a moment for the server to subscribe. */
async function waitForLive(page) {
  await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 20_000 });
  // graphql-transport-ws has no acknowledgement of a subscription: give the server a moment to register it.
  await page.waitForTimeout(1_000);
}

browserTest('a person watching the dashboard sees the red alert when an integrator pushes a reading', async ({ person }) => {
  const token = await integratorToken('acme');

  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  const partnershipId = await openDashboard(grace);

  const { partnership } = await asPage(grace, METRICS, { id: partnershipId });
  const metrics = partnership.metrics;
  assert.equal(
    metrics.length,
    7,
    `the demo partnership has six metrics and the partner NPS its health pulse records, the API lists ${metrics.length}`,
  );
  assert.equal(await grace.getByTestId('metric').count(), metrics.length, 'one card per metric');

  const acme = metrics.filter((m) => m.owningParty.slug === 'acme' && num(m.redThreshold) !== null);
  assert.ok(acme.length > 0, 'at least one demo metric is owned by acme and has a red threshold');
  const metric = acme.find((m) => m.status !== 'RED') ?? acme[0];
  const card = grace.locator(`[data-testid="metric"][data-metric-id="${metric.id}"]`);
  await card.waitFor();
  const heading = await card.getByRole('heading', { level: 3 }).textContent();
  assert.ok(heading.includes(metric.name), `the card of ${metric.name} is headed "${heading}"`);

  await waitForLive(grace);

  if (metric.status === 'RED') {
    // An earlier run left every acme metric red: bring this one back to green first, so that it can turn red again.
    await graphql(BASE_URL, token, RECORD, {
      input: { metricId: metric.id, value: greenValue(metric), observedAt: new Date(Date.now() - 1_000).toISOString() },
    });
    await grace.locator(`[data-testid="metric"][data-metric-id="${metric.id}"]:not([data-status="RED"])`).waitFor({ timeout: 15_000 });
  }

  // Proof that the page is never reloaded: this mark would be gone.
  await grace.evaluate(() => {
    window.__tandemNoReload = 'still the same page';
  });
  assert.notEqual(await card.getAttribute('data-status'), 'RED', `${metric.name} is not red before the reading`);

  const value = redValue(metric);
  const recorded = await graphql(BASE_URL, token, RECORD, {
    input: { metricId: metric.id, value, observedAt: new Date().toISOString() },
  });
  assert.equal(recorded.recordMetricReading.status, 'RED', `a reading of ${value} makes ${metric.name} red`);

  // The live alert, app-wide, with the metric's name and its new status.
  const alert = grace.getByTestId('red-alert').filter({ hasText: metric.name });
  await alert.waitFor({ timeout: 15_000 });
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.match(await alert.getByTestId('red-alert-status').textContent(), /red/i);
  // The card turns red in place.
  await grace.locator(`[data-testid="metric"][data-metric-id="${metric.id}"][data-status="RED"]`).waitFor({ timeout: 15_000 });
  assert.match(await card.getByTestId('metric-status').textContent(), /red/i);
  assert.equal(await grace.evaluate(() => window.__tandemNoReload), 'still the same page', 'the page was not reloaded');

  // The alert links to this partnership's dashboard and can be dismissed.
  const link = alert.getByTestId('red-alert-link');
  await link.waitFor();
  assert.equal(new URL(await link.getAttribute('href'), BASE_URL).pathname, `/partnerships/${encodeURIComponent(partnershipId)}/metrics`);
  await alert.getByRole('button', { name: /Dismiss/ }).click();
  await alert.waitFor({ state: 'detached' });
});

browserTest('the metrics dashboard fits a 360 px phone', async ({ person }) => {
  const page = await person('grace on a phone', PHONE);
  await signIn(page, 'grace@globex.example');
  await openDashboard(page);
  await page.getByTestId('metric-trend').first().waitFor();

  assert.ok((await scrollWidth(page)) <= 360, `metrics page is ${await scrollWidth(page)} px wide`);
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="metric-trend"] svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return { left: box.left, right: box.right };
    }),
  );
  assert.ok(charts.length > 0, 'every card has a trend chart');
  for (const chart of charts) {
    assert.ok(chart.left >= 0 && chart.right <= 360, `a trend chart spans ${chart.left}–${chart.right} px`);
  }

  const small = await tooSmallControls(page, 'main button, main a.button, main input, main select, main textarea');
  assert.deepEqual(small, [], 'every control is at least 44 px tall');
});
