// The Joint Execution Plan: Acme proposes and ratifies, Globex ratifies, both see it RATIFIED; and the plan page on a phone.
import assert from 'node:assert/strict';
import {
  acceptInvitation,
  BASE_URL,
  browserTest,
  createPartnership,
  fillNewPartnership,
  PHONE,
  scrollWidth,
  signIn,
  tooSmallControls,
  uniqueName,
  waitForHome,
  withBrowser,
} from './helpers.mjs';

const DEMO_PARTNERSHIP = 'Acme × Globex';

withBrowser();

/** The partnership the first test creates, reused by the phone check. */
let created;

const statusOf = (page, status) => page.locator(`[data-testid="plan-status"][data-status="${status}"]`);

async function expectStatus(page, status, label) {
  await statusOf(page, status).waitFor();
  assert.match(await page.getByTestId('plan-status').textContent(), label, `the plan shows ${status}`);
}

function ratificationOf(page, organisation) {
  return page.getByTestId('ratification').filter({ hasText: organisation });
}

async function ratificationState(page, organisation) {
  return (await ratificationOf(page, organisation).getByTestId('ratification-state').textContent())?.trim();
}

async function openPlan(page, partnershipPath) {
  await page.goto(BASE_URL + partnershipPath);
  await page.getByTestId('partnership-title').waitFor();
  await page.getByTestId('plan-link').click();
  await page.getByRole('heading', { level: 1, name: 'Joint Execution Plan' }).waitFor();
  await page.getByTestId('plan-status').waitFor();
}

browserTest('acme sponsor proposes, globex sponsor ratifies, both see RATIFIED', async ({ person }) => {
  const name = uniqueName('E2E plan');
  const objective = uniqueName('Win ten joint customers');

  // Alice (Acme) creates the partnership and invites Globex.
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  await waitForHome(alice);
  await fillNewPartnership(alice, { name, charter: 'Ratify a joint plan end to end.', invite: /Globex/ });
  const partnershipPath = await createPartnership(alice, name);
  created = { name, path: partnershipPath };

  // Grace (Globex sponsor) accepts the invitation.
  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  await waitForHome(grace);
  await acceptInvitation(grace, name);

  // Alice opens the plan: version 1, a draft made with the partnership, with the generated Launch workstream.
  await openPlan(alice, partnershipPath);
  await expectStatus(alice, 'DRAFT', /Draft/);
  assert.match(await alice.getByTestId('plan-version-select').locator('option:checked').textContent(), /Version 1/);
  assert.equal(await alice.getByTestId('ratification').count(), 2, 'one ratification row per party');
  assert.equal(await ratificationState(alice, 'Acme'), 'Not yet');
  assert.equal(await ratificationState(alice, 'Globex'), 'Not yet');
  await alice.getByTestId('dependency-graph').waitFor();
  await alice.getByTestId('risk-heat-map').waitFor();

  // She adds an objective.
  await alice.getByRole('button', { name: 'Add objective' }).click();
  const objectiveForm = alice.getByTestId('objective-form');
  await objectiveForm.getByLabel('Title').fill(objective);
  await objectiveForm.getByLabel('Description').fill('Customers buy the joint offer in the first two quarters.');
  await objectiveForm.getByRole('button', { name: 'Add objective' }).click();
  await alice.getByTestId('objective').filter({ hasText: objective }).waitFor();

  // Proposing is refused while a deliverable lacks an owner of each party: name one of each on every Launch deliverable.
  const launch = alice.getByTestId('workstream').filter({ hasText: 'Launch' }).first();
  await launch.waitFor();
  const deliverables = launch.getByTestId('deliverable');
  const count = await deliverables.count();
  assert.ok(count > 0, 'the Launch workstream comes with deliverables');
  for (let i = 0; i < count; i += 1) {
    const deliverable = deliverables.nth(i);
    await deliverable.getByRole('button', { name: /^Edit/ }).click();
    const form = deliverable.getByTestId('deliverable-form');
    await form.getByLabel('Owners').fill('alice@acme.example\ngrace@globex.example');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await deliverable.getByTestId('deliverable-owners').filter({ hasNotText: 'no owner yet' }).waitFor();
  }
  assert.equal(
    await alice.locator('[data-testid="plan-warning"][data-code="DELIVERABLE_MISSING_OWNER"]').count(),
    0,
    'no deliverable is missing an owner any more',
  );

  // Alice proposes. Proposing does not ratify: she then ratifies for Acme, separately.
  await alice.getByTestId('propose-plan').click();
  await expectStatus(alice, 'PROPOSED', /Proposed/);
  assert.equal(await ratificationState(alice, 'Acme'), 'Not yet', 'proposing is not ratifying');
  assert.equal(await alice.getByTestId('propose-plan').count(), 0, 'a proposed plan is not proposed again');
  const aliceRatify = alice.getByTestId('ratify-plan');
  assert.match(await aliceRatify.textContent(), /Ratify for Acme/);
  await aliceRatify.click();
  await ratificationOf(alice, 'Acme').getByTestId('ratification-state').filter({ hasText: 'Ratified' }).waitFor();
  await expectStatus(alice, 'PROPOSED', /Proposed/);
  assert.equal(await ratificationState(alice, 'Globex'), 'Not yet');
  assert.equal(await alice.getByTestId('ratify-plan').count(), 0, 'Acme has ratified: nothing left for Alice to ratify');

  // Grace sees it proposed, Acme's ratification, and ratifies for Globex.
  await openPlan(grace, partnershipPath);
  await expectStatus(grace, 'PROPOSED', /Proposed/);
  assert.equal(await ratificationState(grace, 'Acme'), 'Ratified');
  assert.equal(await ratificationState(grace, 'Globex'), 'Not yet');
  await grace.getByTestId('objective').filter({ hasText: objective }).waitFor();
  const graceRatify = grace.getByTestId('ratify-plan');
  assert.match(await graceRatify.textContent(), /Ratify for Globex/);
  await graceRatify.click();
  await expectStatus(grace, 'RATIFIED', /Ratified/);

  // Both reload and see the plan ratified by both parties.
  for (const page of [alice, grace]) {
    await page.reload();
    await expectStatus(page, 'RATIFIED', /Ratified/);
    assert.equal(await ratificationState(page, 'Acme'), 'Ratified');
    assert.equal(await ratificationState(page, 'Globex'), 'Ratified');
    assert.equal(await page.getByTestId('propose-plan').count(), 0);
    assert.equal(await page.getByTestId('ratify-plan').count(), 0);
  }
  assert.ok(await alice.getByTestId('amend-plan').isVisible(), 'a ratified plan can be amended by a sponsor');
});

browserTest('the plan page fits a 360 px phone', async ({ person }) => {
  const page = await person('alice on a phone', PHONE);
  await signIn(page, 'alice@acme.example');
  await waitForHome(page);
  if (created) {
    await openPlan(page, created.path);
  } else {
    // The first test did not get far enough: use the demo partnership instead.
    await page.getByTestId('partnership-list').getByTestId('partnership-item').filter({ hasText: DEMO_PARTNERSHIP }).click();
    await page.getByTestId('plan-link').click();
    await page.getByRole('heading', { level: 1, name: 'Joint Execution Plan' }).waitFor();
  }

  assert.ok((await scrollWidth(page)) <= 360, `plan page is ${await scrollWidth(page)} px wide`);
  const graph = page.getByTestId('dependency-graph');
  if (await graph.count()) {
    const box = await graph.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, 'the dependency graph scrolls inside its own box');
  }

  const small = await tooSmallControls(page, 'main button, main a.button, main input, main select, main textarea');
  assert.deepEqual(small, [], 'every control is at least 44 px tall');
});
