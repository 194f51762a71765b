// The decision-rights matrix in the browser: Alice (Acme's sponsor) proposes who decides scope changes, Grace
// (Globex's sponsor) approves it for her party on a 360 px phone, and both then see the row agreed; Gus (a Globex
// viewer) sees the matrix without anything to change.
import assert from 'node:assert/strict';
import { acmeAndGlobex, asPage, BASE_URL, browserTest, PHONE, scrollWidth, signIn, withBrowser } from './helpers.mjs';

withBrowser();

const row = (page, type) => page.locator(`[data-testid="decision-right"][data-type="${type}"]`);

async function openGovernance(page, id) {
  await page.goto(`${BASE_URL}/partnerships/${id}/governance`);
  await page.getByTestId('decision-rights').waitFor();
}

browserTest('a decision-rights change proposed by one sponsor and approved by the other is agreed', async ({ person }) => {
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  const grace = await person('grace', PHONE);
  await signIn(grace, 'grace@globex.example');
  const id = await acmeAndGlobex(alice, grace, 'Rights');

  await openGovernance(alice, id);
  const scope = row(alice, 'SCOPE_CHANGE');
  assert.equal(await scope.getAttribute('data-agreed'), 'false', 'the default applies at first');
  await scope.getByRole('button', { name: 'Propose change' }).click();
  const form = alice.getByTestId('decision-right-form');
  await form.getByLabel('Acme').selectOption('INFORMED');
  await form.getByLabel('Globex').selectOption('CONSULTED');
  await form.getByRole('button', { name: 'Propose' }).click();
  await form.getByTestId('decision-right-roles-error').filter({ hasText: 'at least one party accountable' }).waitFor();

  await form.getByLabel('Decided by tier').selectOption('STRATEGIC');
  await form.getByLabel('Acme').selectOption('ACCOUNTABLE');
  await form.getByRole('button', { name: 'Propose' }).click();
  const proposal = scope.getByTestId('decision-right-proposal');
  await proposal.waitFor();
  assert.match(
    await proposal.textContent(),
    /Strategic tier; Acme Corporation accountable, Globex consulted\. Approved by Acme Corporation\. Waiting for Globex\./,
  );
  assert.equal(await scope.getAttribute('data-agreed'), 'false', 'not in force before Globex approves');
  assert.equal(await scope.getByTestId('decision-right-tier').textContent(), 'Steering', 'the row keeps its tier meanwhile');
  assert.equal(await scope.getByRole('button', { name: /^Approve/ }).count(), 0, 'Alice approved with her proposal');

  await openGovernance(grace, id);
  const theirs = row(grace, 'SCOPE_CHANGE');
  await theirs.getByTestId('decision-right-proposal').waitFor();
  assert.ok((await scrollWidth(grace)) <= 360, `the matrix fits a 360 px phone (${await scrollWidth(grace)} px)`);
  await theirs.getByRole('button', { name: /^Approve/ }).click();
  await grace.locator('[data-testid="decision-right"][data-type="SCOPE_CHANGE"][data-agreed="true"]').waitFor();
  assert.equal(await theirs.getByTestId('decision-right-proposal').count(), 0, 'no proposal waits any more');
  assert.equal(await theirs.getByTestId('decision-right-tier').textContent(), 'Strategic');
  assert.equal(await theirs.getByTestId('decision-right-state').textContent(), 'Agreed');

  await alice.reload();
  await scope.getByTestId('decision-right-tier').filter({ hasText: 'Strategic' }).waitFor();
  assert.equal(await scope.getAttribute('data-agreed'), 'true');
  const parts = await scope.locator('td[data-role]').evaluateAll((cells) => cells.map((c) => c.dataset.role));
  assert.deepEqual(parts, ['ACCOUNTABLE', 'CONSULTED']);
  assert.equal(await row(alice, 'BUDGET_OVER_THRESHOLD').getAttribute('data-agreed'), 'false', 'the other rows are untouched');
});

browserTest('a viewer reads the matrix without proposing or approving', async ({ person }) => {
  const gus = await person('gus');
  await signIn(gus, 'gus@globex.example');
  const { partnerships } = await asPage(gus, '{ partnerships(first: 100) { edges { node { id name } } } }');
  const demo = partnerships.edges.map((e) => e.node).find((p) => p.name === 'Acme × Globex');
  assert.ok(demo, 'Gus sees the demo partnership');
  await openGovernance(gus, demo.id);
  assert.ok((await gus.getByTestId('decision-right').count()) >= 6, 'a row per type of decision');
  assert.equal(await gus.getByTestId('decision-rights').getByRole('button').count(), 0, 'nothing to propose or approve');
});
