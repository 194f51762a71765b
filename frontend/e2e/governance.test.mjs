// Governance in the browser: a steering meeting's agenda opens with the red metric, a decision taken by one party
// only is refused naming the other, the meeting pack prints to PDF without the app around it, and the governance
// page works on a 360 px phone; axe-core finds no serious or critical problem on the governance and meeting pages.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  acmeAndGlobex,
  asPage,
  BASE_URL,
  browserTest,
  defineAcmeMetric,
  PHONE,
  scrollWidth,
  signIn,
  tooSmallControls,
  uniqueName,
  withBrowser,
} from './helpers.mjs';

withBrowser();

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CONTROLS = 'button, .button, select, input:not([type=checkbox]), textarea, .card-link';

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * A fresh integrated partnership of Acme (Alice) and Globex (Grace accepts), started 40 days ago, with a metric
 * escalating to STEERING that has a red reading; returns its id, the metric's name and the next steering meeting.
 */
async function partnershipWithARedMetric(person) {
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  const id = await acmeAndGlobex(alice, grace, 'Governance', { startedDaysAgo: 40 });
  const metricName = uniqueName('Late orders');
  const metricId = await defineAcmeMetric(alice, id, metricName);
  await asPage(alice, 'mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }', {
    input: { metricId, value: 10, observedAt: new Date().toISOString() },
  });
  const { partnership } = await asPage(
    alice,
    'query($id: ID!) { partnership(id: $id) { meetings(first: 100) { edges { node { id tier } } } } }',
    {
      id,
    },
  );
  const steering = partnership.meetings.edges.map((e) => e.node).find((m) => m.tier === 'STEERING');
  assert.ok(steering, 'an upcoming steering meeting');
  return { alice, grace, id, metricName, meetingId: steering.id };
}

/** The demo partnership "Acme × Globex" and its latest minuted meeting, as `page`'s person sees them. */
async function demoPartnership(page) {
  const { partnerships } = await asPage(page, '{ partnerships(first: 100) { edges { node { id name } } } }');
  const demo = partnerships.edges.map((e) => e.node).find((p) => p.name === 'Acme × Globex');
  assert.ok(demo, 'the demo partnership');
  const { partnership } = await asPage(
    page,
    'query($id: ID!) { partnership(id: $id) { meetings(first: 50, upcoming: false) { edges { node { id minutedAt decisions { id } } } } } }',
    { id: demo.id },
  );
  const minuted = partnership.meetings.edges.map((e) => e.node).find((m) => m.minutedAt && m.decisions.length > 0);
  assert.ok(minuted, 'a minuted demo meeting with a decision');
  return { id: demo.id, meetingId: minuted.id };
}

browserTest("a steering meeting's agenda shows the red metric first", async ({ person }) => {
  const { alice, id, metricName, meetingId } = await partnershipWithARedMetric(person);
  await alice.goto(`${BASE_URL}/partnerships/${id}/meetings/${meetingId}`);
  await alice.getByTestId('meeting-title').waitFor();
  const first = alice.getByTestId('agenda-item').first();
  await first.waitFor();
  assert.equal(await first.getAttribute('data-kind'), 'RED_METRIC');
  assert.match(await first.textContent(), new RegExp(`Red metric.*Red.*${metricName}`));
  assert.equal(
    await first.getByRole('link', { name: metricName }).getAttribute('href'),
    `/partnerships/${id}/metrics#metric-${await metricIdOf(alice, id)}`,
  );
  assert.deepEqual(await seriousViolations(alice), [], 'axe finds no serious or critical problem on the meeting page');

  // A person's own item comes after those built from the data.
  await alice.getByRole('button', { name: 'Add an agenda item' }).click();
  await alice.getByTestId('agenda-item-form').getByLabel('What to discuss').fill('Depot opening hours');
  await alice.getByRole('button', { name: 'Add to the agenda' }).click();
  const last = alice.getByTestId('agenda-item').last();
  await last.filter({ hasText: 'Depot opening hours' }).waitFor();
  assert.equal(await last.getAttribute('data-kind'), 'MANUAL');
  assert.equal(await alice.getByTestId('agenda-item').first().getAttribute('data-kind'), 'RED_METRIC', 'the red metric stays first');
});

async function metricIdOf(page, id) {
  const { partnership } = await asPage(page, 'query($id: ID!) { partnership(id: $id) { metrics { id } } }', { id });
  return partnership.metrics[0].id;
}

browserTest('a decision recorded by the wrong party is refused, naming who must decide', async ({ person }) => {
  const { alice, id, meetingId } = await partnershipWithARedMetric(person);
  await alice.goto(`${BASE_URL}/partnerships/${id}/meetings/${meetingId}`);
  await alice.getByTestId('meeting-title').waitFor();
  await alice.getByRole('button', { name: 'Record a decision' }).click();
  const form = alice.getByTestId('decision-form');
  await form.getByLabel('Decision').fill('Move the cut-off to 17:00');
  await form.getByLabel('Type').selectOption('SCOPE_CHANGE');
  const acme = form.getByRole('checkbox', { name: /Acme/ });
  assert.ok((await acme.count()) > 0, 'Acme people to tick');
  for (const box of await acme.all()) await box.check();
  await form.getByRole('button', { name: 'Record decision' }).click();
  const refusal = alice.getByTestId('decided-by-error');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Globex/);
  assert.equal(await alice.getByTestId('decision').count(), 0, 'nothing recorded');

  await form
    .getByRole('checkbox', { name: /Globex/ })
    .first()
    .check();
  await form.getByRole('button', { name: 'Record decision' }).click();
  await alice.getByTestId('decision').filter({ hasText: 'Move the cut-off to 17:00' }).waitFor();
  assert.equal(await alice.getByTestId('decision-form').count(), 0, 'the form closed');
  assert.match(await alice.getByTestId('decision').first().textContent(), /Scope change.*decided by/);
});

browserTest('the meeting pack prints to PDF without the header', async ({ person }) => {
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  const { id, meetingId } = await demoPartnership(alice);
  await alice.goto(`${BASE_URL}/partnerships/${id}/meetings/${meetingId}/pack`);
  const pack = alice.getByTestId('meeting-pack');
  await pack.waitFor();
  await pack.getByTestId('decision').first().waitFor();
  await pack.getByRole('heading', { name: 'Metric trends' }).waitFor();
  assert.ok(await alice.locator('.site-header').isVisible(), 'on screen the header is there');

  await alice.emulateMedia({ media: 'print' });
  assert.equal(await alice.locator('.site-header').isVisible(), false, 'printed, the header is hidden');
  assert.equal(await pack.getByRole('button').first().isVisible(), false, 'printed, no buttons');
  const pdf = await alice.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 1000, `a PDF of ${pdf.length} bytes`);
  assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF');
});

browserTest('the governance page works on a 360 px phone', async ({ person }) => {
  const alice = await person('alice', PHONE);
  await signIn(alice, 'alice@acme.example');
  const { id } = await demoPartnership(alice);
  await alice.goto(`${BASE_URL}/partnerships/${id}`);
  await alice.getByTestId('governance-link').click();
  await alice.getByRole('heading', { level: 1, name: 'Governance' }).waitFor();
  await alice.getByTestId('governance-tier').first().waitFor();
  await alice.getByTestId('escalation').first().waitFor();
  assert.ok((await alice.getByTestId('meeting-link').count()) > 0, 'the next meetings are listed');
  assert.ok((await scrollWidth(alice)) <= 360, `no sideways scroll (${await scrollWidth(alice)} px)`);
  assert.deepEqual(await tooSmallControls(alice, CONTROLS), [], 'every control is at least 44 px tall');
  assert.deepEqual(await seriousViolations(alice), [], 'axe finds no serious or critical problem on the governance page');

  // The tier form fits too.
  await alice
    .getByTestId('governance-tier')
    .first()
    .getByRole('button', { name: /^Edit / })
    .click();
  await alice.getByTestId('tier-form').waitFor();
  assert.ok((await scrollWidth(alice)) <= 360, 'the tier form does not scroll sideways');
  assert.deepEqual(await tooSmallControls(alice, CONTROLS), [], 'the tier form controls are at least 44 px tall');

  // The next meeting opens from its link.
  await alice.getByTestId('meeting-link').first().click();
  await alice.getByTestId('meeting-title').waitFor();
  assert.ok((await scrollWidth(alice)) <= 360, 'the meeting page does not scroll sideways');
});
