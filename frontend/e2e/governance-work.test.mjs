// The work of governance in the browser, each on a fresh partnership of Acme and Globex: an escalation acknowledged
// then resolved with its outcome on the board, a tier's response time and cadence edited and still there after a
// reload, minutes recorded and an action item added and marked done on a meeting's page, and a meeting moved and
// another cancelled with a reason.
import assert from 'node:assert/strict';
import { acmeAndGlobex, asPage, BASE_URL, browserTest, defineAcmeMetric, signIn, uniqueName, withBrowser } from './helpers.mjs';

withBrowser();

async function aliceAndGrace(person) {
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  return { alice, grace };
}

/** The partnership's next meeting of `tier`. */
async function nextMeeting(page, id, tier) {
  const { partnership } = await asPage(
    page,
    'query($id: ID!) { partnership(id: $id) { meetings(first: 100) { edges { node { id tier title startsAt } } } } }',
    { id },
  );
  const meeting = partnership.meetings.edges.map((e) => e.node).find((m) => m.tier === tier);
  assert.ok(meeting, `an upcoming ${tier} meeting`);
  return meeting;
}

async function openGovernance(page, id) {
  await page.goto(`${BASE_URL}/partnerships/${id}/governance`);
  await page.getByRole('heading', { level: 1, name: 'Governance' }).waitFor();
}

browserTest('an escalation is acknowledged, then resolved with its outcome, on the board', async ({ person }) => {
  const { alice, grace } = await aliceAndGrace(person);
  const id = await acmeAndGlobex(alice, grace, 'Board');
  const metricId = await defineAcmeMetric(alice, id, uniqueName('Pick rate'));
  await asPage(alice, 'mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }', {
    input: { metricId, value: 10, observedAt: new Date().toISOString() },
  });

  await openGovernance(alice, id);
  const open = alice.getByTestId('escalations-OPEN').getByTestId('escalation');
  await open.first().waitFor();
  assert.equal(await open.count(), 1, 'the red metric opened one escalation');
  await open.getByRole('button', { name: 'Acknowledge' }).click();

  const acknowledged = alice.getByTestId('escalations-ACKNOWLEDGED').getByTestId('escalation');
  await acknowledged.first().waitFor();
  assert.equal(await open.count(), 0, 'no longer open');
  await acknowledged.getByRole('button', { name: 'Resolve' }).click();
  const form = alice.getByTestId('escalation-resolve');
  await form.getByRole('button', { name: 'Resolve' }).click();
  await form.getByText('Enter the outcome.').waitFor();
  await form.getByLabel('Outcome').fill('Second picker on the late shift');
  await form.getByRole('button', { name: 'Resolve' }).click();

  const resolved = alice.getByTestId('escalations-RESOLVED').getByTestId('escalation');
  await resolved.filter({ hasText: 'Outcome: Second picker on the late shift' }).waitFor();
  await alice.reload();
  await resolved.filter({ hasText: 'Outcome: Second picker on the late shift' }).waitFor();
  assert.equal(await alice.getByTestId('escalations-ACKNOWLEDGED').getByTestId('escalation').count(), 0);
  assert.equal(await resolved.getByRole('button').count(), 0, 'a resolved escalation offers no actions');
});

browserTest(
  'the board follows the other party live: a red metric opens an escalation, its acknowledgement moves it',
  async ({ person }) => {
    const { alice, grace } = await aliceAndGrace(person);
    const id = await acmeAndGlobex(alice, grace, 'Live board');
    const metricId = await defineAcmeMetric(alice, id, uniqueName('Fill rate'));
    await openGovernance(grace, id);
    await grace.locator('[data-testid="live-status"][data-state="live"]').waitFor();

    await asPage(alice, 'mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }', {
      input: { metricId, value: 10, observedAt: new Date().toISOString() },
    });
    const open = grace.getByTestId('escalations-OPEN').getByTestId('escalation');
    await open.first().waitFor();
    const { partnership } = await asPage(alice, 'query($id: ID!) { partnership(id: $id) { escalations { id version } } }', { id });
    const [escalation] = partnership.escalations;
    await asPage(alice, 'mutation($input: EscalationRevisionInput!) { acknowledgeEscalation(input: $input) { id } }', {
      input: { escalationId: escalation.id, version: escalation.version },
    });
    await grace.getByTestId('escalations-ACKNOWLEDGED').getByTestId('escalation').first().waitFor();
    assert.equal(await open.count(), 0, "no longer open on Grace's board, without a reload");
    assert.match(await grace.getByTestId('governance-announcement').textContent(), /acknowledged/);
  },
);

browserTest('a tier edited on the governance page is still changed after a reload', async ({ person }) => {
  const { alice, grace } = await aliceAndGrace(person);
  const id = await acmeAndGlobex(alice, grace, 'Tiers');
  await openGovernance(alice, id);
  const steering = alice.locator('[data-testid="governance-tier"][data-tier="STEERING"]');
  await steering.getByRole('button', { name: /^Edit / }).click();
  const form = alice.getByTestId('tier-form');
  await form.getByLabel('Escalation response time (hours)').fill('0');
  await form.getByRole('button', { name: 'Save tier' }).click();
  await form.getByText('Enter the response time in whole hours.').waitFor();
  await form.getByLabel('Escalation response time (hours)').fill('36');
  const select = form.getByLabel('Cadence');
  const other = (await select.locator('option:not(:checked)').first().textContent()).trim();
  await select.selectOption({ label: other });
  await form.getByRole('button', { name: 'Save tier' }).click();
  await alice.getByTestId('tier-form').waitFor({ state: 'detached' });

  await alice.reload();
  await steering.waitFor();
  const text = await steering.textContent();
  assert.match(text, /Answers an escalation within\s*36 hours/);
  assert.match(text, new RegExp(`Meets${other},`), `the cadence ${other} is saved`);
});

browserTest('minutes are recorded and an action item is added and marked done on the meeting page', async ({ person }) => {
  const { alice, grace } = await aliceAndGrace(person);
  const id = await acmeAndGlobex(alice, grace, 'Minutes', { startedDaysAgo: 40 });
  const meeting = await nextMeeting(alice, id, 'STEERING');
  await alice.goto(`${BASE_URL}/partnerships/${id}/meetings/${meeting.id}`);
  await alice.getByTestId('meeting-title').waitFor();

  await alice.getByRole('button', { name: 'Record minutes' }).click();
  const minutes = alice.getByTestId('minutes-form');
  await minutes.getByLabel('Minutes').fill('Agreed the winter staffing plan.');
  await minutes.getByRole('checkbox', { name: /Grace/ }).check();
  await minutes.getByRole('button', { name: 'Save minutes' }).click();
  await alice.getByTestId('minutes').filter({ hasText: 'Agreed the winter staffing plan.' }).waitFor();
  assert.match(await alice.locator('#minutes-heading').locator('..').textContent(), /Attended: .*Grace/);

  await alice.getByRole('button', { name: 'Add an action item' }).click();
  const add = alice.getByTestId('action-item-form');
  await add.getByLabel('What is to be done').fill('Hire two seasonal pickers');
  await add.getByLabel('Owner').selectOption('grace@globex.example');
  await add.getByLabel('Due').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await add.getByRole('button', { name: 'Add action item' }).click();
  const item = alice.getByTestId('action-item').filter({ hasText: 'Hire two seasonal pickers' });
  await item.waitFor();
  assert.equal(await item.getAttribute('data-done'), 'false');
  assert.match(await item.textContent(), /Grace/);

  // The box shows what is stored: it turns ticked once the server has it.
  await item.getByRole('checkbox', { name: 'Hire two seasonal pickers' }).click();
  await alice.locator('[data-testid="action-item"][data-done="true"]').filter({ hasText: 'Hire two seasonal pickers' }).waitFor();
  await alice.reload();
  await alice.getByTestId('minutes').filter({ hasText: 'Agreed the winter staffing plan.' }).waitFor();
  const after = alice.getByTestId('action-item').filter({ hasText: 'Hire two seasonal pickers' });
  assert.equal(await after.getAttribute('data-done'), 'true', 'still done after a reload');
  assert.match(await after.textContent(), /· done/);
});

browserTest('a meeting is moved to a new start, another cancelled with a reason', async ({ person }) => {
  const { alice, grace } = await aliceAndGrace(person);
  const id = await acmeAndGlobex(alice, grace, 'Move');
  const steering = await nextMeeting(alice, id, 'STEERING');
  await alice.goto(`${BASE_URL}/partnerships/${id}/meetings/${steering.id}`);
  await alice.getByTestId('meeting-title').waitFor();
  await alice.getByRole('button', { name: 'Move meeting' }).click();
  const move = alice.getByTestId('move-meeting-form');
  const day = new Date(new Date(steering.startsAt).getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
  await move.getByLabel('Day').fill(day);
  await move.getByLabel('Starts at').fill('14:35');
  await move.getByRole('button', { name: 'Move meeting' }).click();
  await move.waitFor({ state: 'detached' });
  const expected = await alice.evaluate((local) => new Date(local).toISOString(), `${day}T14:35`);
  await alice.locator('[data-testid="meeting-title"] + p').filter({ hasText: '14:35' }).waitFor();
  const moved = await asPage(
    alice,
    'query($id: ID!) { partnership(id: $id) { meetings(first: 100) { edges { node { id startsAt } } } } }',
    { id },
  );
  assert.equal(Date.parse(moved.partnership.meetings.edges.find((e) => e.node.id === steering.id).node.startsAt), Date.parse(expected));

  const execution = await nextMeeting(alice, id, 'EXECUTION');
  await alice.goto(`${BASE_URL}/partnerships/${id}/meetings/${execution.id}`);
  await alice.getByTestId('meeting-title').waitFor();
  await alice.getByRole('button', { name: 'Cancel meeting' }).click();
  const cancel = alice.getByTestId('cancel-meeting-form');
  await cancel.getByLabel('Why').fill('Depot closed for inventory');
  await cancel.getByRole('button', { name: 'Confirm cancellation' }).click();
  const note = alice.getByTestId('meeting-cancelled');
  await note.waitFor();
  assert.match(await note.textContent(), /Cancelled\. Reason: Depot closed for inventory/);
  assert.equal(await alice.getByRole('button', { name: 'Move meeting' }).count(), 0, 'a cancelled meeting is not moved');

  await openGovernance(alice, id);
  const link = alice.locator(`[data-testid="meeting-link"][href$="${execution.id}"]`);
  await link.waitFor();
  assert.match(await link.textContent(), /cancelled/);
});
